//! The dashboard: headline figures, then spending, casualties, displacement, events, the
//! article check and the sources, in reading order.

use leptos::prelude::*;

use crate::components::sections::{self, SectionText};
use crate::components::takeover::{take_over, Part};
use crate::components::{
    ChartCard, ClaimsList, Deferred, EventsExplorer, FigureList, HeadlineCards, KeyEvents,
    SiteFooter, SiteHeader, SourceCards,
};
use crate::dataset::{Topic, DATA_VERSION};
use crate::model::chart_catalog::charts_of;
use crate::web::static_copy::{self, StaticCopy};

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
            {charts_of(topic)
                .map(|def| {
                    view! {
                        <Deferred twin=format!("#chart-{}", def.id)>
                            <ChartCard def=def/>
                        </Deferred>
                    }
                })
                .collect_view()}
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

/// The parts of the dashboard in reading order.
///
/// The static copy's header, headline figures and footer are the same HTML as these parts
/// build (a browser test compares them), so a takeover keeps them and only swaps the sections.
struct DashboardParts {
    header: Part,
    headline: Part,
    sections: Vec<Part>,
    footer: Part,
}

fn section_part(text: SectionText, body: impl FnOnce() -> AnyView + 'static) -> Part {
    Part::new(format!("section#{}", text.id), move || {
        let body = body();
        view! { <Section text=text>{body}</Section> }.into_any()
    })
}

fn topic_part(text: SectionText, topic: Topic) -> Part {
    section_part(text, move || {
        view! {
            <TopicCharts topic=topic/>
            <FigureDetails topic=topic/>
        }
        .into_any()
    })
}

impl DashboardParts {
    fn new() -> Self {
        Self {
            header: Part::new("header.site-header", || view! { <SiteHeader/> }.into_any()),
            headline: Part::new("section[aria-labelledby=\"headline-heading\"]", || {
                view! { <HeadlineCards/> }.into_any()
            }),
            sections: vec![
                topic_part(sections::SPENDING, Topic::Spending),
                topic_part(sections::CASUALTIES, Topic::Casualties),
                topic_part(sections::DISPLACEMENT, Topic::Displacement),
                section_part(sections::EVENTS, || {
                    view! {
                        <EventsExplorer/>
                        <details class="ev-key-events">
                            <summary>"The key events, 1979–2021, as a timeline"</summary>
                            <KeyEvents/>
                        </details>
                    }
                    .into_any()
                }),
                section_part(sections::CLAIMS, || view! { <ClaimsList/> }.into_any()),
                section_part(sections::SOURCES, || view! { <SourceCards/> }.into_any()),
            ],
            footer: Part::new("footer.site-footer", || {
                view! { <SiteFooter data_version=DATA_VERSION/> }.into_any()
            }),
        }
    }

    /// Whether the static copy has a twin for every part (it may be from another version).
    fn all_found_in(&self, copy: &StaticCopy) -> bool {
        [&self.header, &self.headline, &self.footer]
            .into_iter()
            .chain(&self.sections)
            .all(|part| copy.part(&part.selector).is_some())
    }

    /// The whole page built at once.
    fn into_view(self) -> impl IntoView {
        view! {
            {(self.header.view)()}
            <main id="main" tabindex="-1">
                {(self.headline.view)()}
                {self.sections.into_iter().map(|part| (part.view)()).collect_view()}
            </main>
            {(self.footer.view)()}
        }
    }
}

/// The whole dashboard on one page; sections are reached by anchors so any static host works.
///
/// When the page holds its pre-rendered copy, the live parts replace their static twins one by
/// one (see `components::takeover`); otherwise the page is built at once.
#[component]
pub fn Dashboard() -> impl IntoView {
    let parts = DashboardParts::new();
    let copy = StaticCopy::find().filter(|copy| parts.all_found_in(copy));
    match (copy, Owner::current()) {
        (Some(copy), Some(owner)) => {
            take_over(owner, copy, parts.sections);
            ().into_any()
        }
        _ => {
            static_copy::discard();
            parts.into_view().into_any()
        }
    }
}
