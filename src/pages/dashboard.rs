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
    view! {
        <SiteHeader/>
        <main id="main" tabindex="-1">
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
