//! One chart, or the event list, alone for an iframe in another site: `/embed/<id>.html`,
//! with the render options `theme`, `plain` and `static` and the chart's own view keys
//! (`from`, `to`, `view`, `hide`) in the query string.

use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::components::{ChartCard, EventsExplorer, UrlNotice};
use crate::dataset::DATA_VERSION;
use crate::model::embed::{parse_embed_options, EmbedOptions, EmbedTarget};
use crate::web::embed_height::report_height_to_parent;
use crate::web::first_engagement::on_first_engagement;
use crate::web::static_copy::{self, StaticCopy};
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
///
/// Opened with no options, the page's static copy already shows what the live page would: it
/// stays until the reader engages (a hover for a tooltip, a tap, a key), so an article with
/// several embeds does not build them all as it loads. The live page then replaces the copy in
/// one task.
#[component]
pub fn EmbedPage() -> impl IntoView {
    let params = use_params_map();
    let target = params.with_untracked(|params| {
        params
            .get("file")
            .and_then(|file| EmbedTarget::from_file_name(&file))
    });
    if let Some(target) = target {
        report_height_to_parent(target);
    }
    let has_options = !window().location().search().unwrap_or_default().is_empty();
    let live = RwSignal::new(true);
    if let Some(copy) = StaticCopy::find().filter(|_| target.is_some() && !has_options) {
        copy.started();
        live.set(false);
        on_first_engagement(move || live.set(true));
    }
    move || {
        live.get().then(|| {
            static_copy::discard();
            view! { <LiveEmbed target=target/> }
        })
    }
}

/// The embed page built live.
#[component]
fn LiveEmbed(target: Option<EmbedTarget>) -> impl IntoView {
    let query = use_query_map();
    let parsed = Memo::new(move |_| query.with(|query| parse_embed_options(|key| query.get(key))));
    let options = parsed.get_untracked().options;
    let notices = Signal::derive(move || parsed.with(|parsed| parsed.notices.clone()));
    Effect::new(move |_| {
        set_theme_override(parsed.with(|parsed| parsed.options.theme.attribute()))
    });

    let class = if options.plain {
        "embed embed--plain"
    } else {
        "embed"
    };
    view! {
        <div class=class>
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
