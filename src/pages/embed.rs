//! One chart, or the event list, alone for an iframe in another site: `/embed/<id>.html`,
//! with the render options `theme`, `plain` and `static` and the chart's own view keys
//! (`from`, `to`, `view`, `hide`) in the query string.

use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::components::{ChartCard, EventsExplorer, UrlNotice};
use crate::dataset::DATA_VERSION;
use crate::model::embed::{parse_embed_options, EmbedOptions, EmbedTarget};
use crate::web::embed_height::report_height_to_parent;
use crate::web::static_copy;
use crate::web::theme::set_theme_override;

/// The line under every embed: where it comes from, the data version, and the way back to the
/// full dashboard (in a new tab, so the host article stays open).
#[component]
fn EmbedFooter(target: EmbedTarget) -> impl IntoView {
    let dashboard = format!("/#{}", target.dashboard_anchor());
    view! {
        <footer class="embed__footer">
            <a href=dashboard target="_blank" rel="noopener">
                "The cost of the war in Afghanistan, 2001–2021"
            </a>
            " · data version "
            <span class="data-version">{DATA_VERSION}</span>
        </footer>
    }
}

/// What an unknown embed address shows instead of a chart.
#[component]
fn UnknownTarget() -> impl IntoView {
    view! {
        <div class="card embed__missing" role="alert">
            <p>"This embed address names no chart. These are the charts that can be embedded:"</p>
            <ul>
                {EmbedTarget::all()
                    .map(|target| view! { <li><a href=target.path()>{target.title()}</a></li> })
                    .collect_view()}
            </ul>
        </div>
    }
}

/// The embed page: the target alone, its notices and its footer, reporting its height to the
/// host page.
#[component]
pub fn EmbedPage() -> impl IntoView {
    // One card is quick to build: the page is built at once, in the task that removes the copy.
    static_copy::discard();
    let params = use_params_map();
    let query = use_query_map();
    let target = params.with_untracked(|params| {
        params
            .get("file")
            .and_then(|file| EmbedTarget::from_file_name(&file))
    });
    let parsed = Memo::new(move |_| query.with(|query| parse_embed_options(|key| query.get(key))));
    let options = parsed.get_untracked().options;
    let notices = Signal::derive(move || parsed.with(|parsed| parsed.notices.clone()));
    Effect::new(move |_| {
        set_theme_override(parsed.with(|parsed| parsed.options.theme.attribute()))
    });

    let root = NodeRef::<leptos::html::Div>::new();
    if let Some(target) = target {
        report_height_to_parent(root, target);
    }
    let class = if options.plain {
        "embed embed--plain"
    } else {
        "embed"
    };
    view! {
        <div class=class node_ref=root>
            <UrlNotice notices=notices/>
            {match target {
                Some(EmbedTarget::Chart(def)) => view! { <ChartCard def=def embed=options/> }.into_any(),
                Some(EmbedTarget::Events) => view! { <EventsExplorer/> }.into_any(),
                None => view! { <UnknownTarget/> }.into_any(),
            }}
            {match (target, options) {
                (Some(target), EmbedOptions { plain: false, .. }) => Some(view! { <EmbedFooter target=target/> }),
                _ => None,
            }}
        </div>
    }
}
