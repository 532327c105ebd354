//! The dashboard: headline figures, then spending, casualties, displacement, events, the
//! article check and the sources, in reading order.

use leptos::prelude::*;

use crate::components::{
    ChartCard, ClaimsList, EventsExplorer, FigureList, HeadlineCards, KeyEvents, SiteFooter,
    SiteHeader, SourceCards,
};
use crate::dataset::{Topic, DATA_VERSION};
use crate::model::chart_catalog::charts_of;

/// A titled section of the dashboard with an anchor the navigation links to.
#[component]
fn Section(
    id: &'static str,
    title: &'static str,
    lede: &'static str,
    children: Children,
) -> impl IntoView {
    let heading_id = format!("{id}-heading");
    let labelled_by = heading_id.clone();
    view! {
        <section class="section" id=id aria-labelledby=labelled_by>
            <h2 class="section__title" id=heading_id>{title}</h2>
            <p class="section__lede">{lede}</p>
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
            <Section
                id="spending"
                title="Spending"
                lede="What the United States and the United Kingdom spent, as their governments and independent researchers report it. Requests, estimates and enacted amounts are kept apart."
            >
                <TopicCharts topic=Topic::Spending/>
                <FigureDetails topic=Topic::Spending/>
            </Section>
            <Section
                id="casualties"
                title="Casualties"
                lede="People killed and wounded: civilians recorded by the UN mission, deaths by category from the Costs of War project, and coalition military deaths."
            >
                <TopicCharts topic=Topic::Casualties/>
                <FigureDetails topic=Topic::Casualties/>
            </Section>
            <Section
                id="displacement"
                title="Displacement"
                lede="Afghans driven from their homes: refugees abroad, asylum seekers and people displaced inside the country, from UNHCR and IDMC."
            >
                <TopicCharts topic=Topic::Displacement/>
                <FigureDetails topic=Topic::Displacement/>
            </Section>
            <Section
                id="events"
                title="Events"
                lede="What happened when and where: UCDP's recorded events of violence, which you can filter by date, type, province, deaths and words, on a map of the provinces, and the key events from the Soviet intervention to the last US flight out of Kabul."
            >
                <EventsExplorer/>
                <details class="ev-key-events">
                    <summary>"The key events, 1979–2021, as a timeline"</summary>
                    <KeyEvents/>
                </details>
            </Section>
            <Section
                id="claims"
                title="The article's figures, checked"
                lede="This dashboard began with a July 2021 article about the war. Here is each of its figures against the sources: most hold, some are mislabelled or differ."
            >
                <ClaimsList/>
            </Section>
            <Section
                id="sources"
                title="Sources"
                lede="Every figure on this page comes from one of these publications. Each card says where the value was read and what it is used for."
            >
                <SourceCards/>
            </Section>
        </main>
        <SiteFooter data_version=DATA_VERSION/>
    }
}
