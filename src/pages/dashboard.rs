//! The dashboard: headline figures, then spending, casualties, displacement, events, the
//! article check and the sources, in reading order.

use leptos::prelude::*;

use crate::components::sections::{self, SectionText};
use crate::components::{
    ChartCard, ClaimsList, EventsExplorer, FigureList, HeadlineCards, KeyEvents, SiteFooter,
    SiteHeader, SourceCards,
};
use crate::dataset::{Topic, DATA_VERSION};
use crate::model::chart_catalog::charts_of;

/// A titled section of the dashboard with an anchor the navigation links to.
#[component]
fn Section(text: SectionText, children: Children) -> impl IntoView {
    let heading_id = format!("{}-heading", text.id);
    let labelled_by = heading_id.clone();
    view! {
        <section class="section" id=text.id aria-labelledby=labelled_by>
            <h2 class="section__title" id=heading_id>{text.title}</h2>
            <p class="section__lede">{text.lede}</p>
            {children()}
        </section>
    }
}

/// Every chart of one topic, in catalogue order.
#[component]
fn TopicCharts(topic: Topic) -> impl IntoView {
    view! {
        <div class="chart-grid">
            {charts_of(topic).map(|def| view! { <ChartCard def=def/> }).collect_view()}
        </div>
    }
}

/// All single figures of a topic, folded away below its charts.
#[component]
fn FigureDetails(topic: Topic) -> impl IntoView {
    view! {
        <details class="figure-details">
            <summary>"Every single figure in this section, with its source"</summary>
            <FigureList topic=topic/>
        </details>
    }
}

/// The whole dashboard on one page; sections are reached by anchors so any static host works.
#[component]
pub fn Dashboard() -> impl IntoView {
    // Once the page has been laid out in full (two frames: the charts draw at their measured
    // width in the first), sections off screen may skip rendering (see `.main--settled` in
    // main.css). Not before: the browser keeps the height a section last had, and a section
    // never laid out would stand at a guessed height and move the page when first shown.
    let settled = RwSignal::new(false);
    Effect::new(move |_| {
        request_animation_frame(move || request_animation_frame(move || _ = settled.try_set(true)));
    });
    view! {
        <SiteHeader/>
        <main id="main" tabindex="-1" class:main--settled=move || settled.get()>
            <HeadlineCards/>
            <Section text=sections::SPENDING>
                <TopicCharts topic=Topic::Spending/>
                <FigureDetails topic=Topic::Spending/>
            </Section>
            <Section text=sections::CASUALTIES>
                <TopicCharts topic=Topic::Casualties/>
                <FigureDetails topic=Topic::Casualties/>
            </Section>
            <Section text=sections::DISPLACEMENT>
                <TopicCharts topic=Topic::Displacement/>
                <FigureDetails topic=Topic::Displacement/>
            </Section>
            <Section text=sections::EVENTS>
                <EventsExplorer/>
                <details class="ev-key-events">
                    <summary>"The key events, 1979–2021, as a timeline"</summary>
                    <KeyEvents/>
                </details>
            </Section>
            <Section text=sections::CLAIMS>
                <ClaimsList/>
            </Section>
            <Section text=sections::SOURCES>
                <SourceCards/>
            </Section>
        </main>
        <SiteFooter data_version=DATA_VERSION/>
    }
}
