//! The anatomy every chart shares: title, subtitle with unit and period, controls, the chart or
//! its table, a generated summary, the note on disagreements, sources, downloads and a link.

mod chart_actions;
mod chart_controls;
mod chart_figure;
mod data_table;
mod embed_panel;

use leptos::prelude::*;

use crate::components::{SourceLine, UrlNotice};
use crate::dataset::Topic;
use crate::model::chart_catalog::{ChartDef, ChartShape};
use crate::model::chart_data::chart_sources;
use crate::model::chart_render::{draw_chart, ChartDrawing};
use crate::model::chart_summary::{chart_subtitle, chart_summary};
use crate::model::chart_table::{chart_csv, chart_table};
use crate::model::chart_url::{
    chart_view_params_keyed, parse_chart_view_keyed, ChartKeys, ChartView,
};
use crate::model::embed::EmbedOptions;
use crate::model::events::{with_event_query, EventFilter};
use crate::web::static_copy;
use crate::web::theme::use_theme;

use chart_actions::ChartActions;
use chart_controls::ChartControls;
use chart_figure::ChartFigure;
use data_table::DataTable;
use embed_panel::EmbedPanel;

/// The key events a time chart marks, as a list: visible as a numbered key when the chart is
/// too narrow for the marker labels, otherwise for screen readers only.
#[component]
fn KeyEventList(def: &'static ChartDef, drawing: Memo<ChartDrawing>) -> impl IntoView {
    (def.shape != ChartShape::Categories).then(|| {
        let numbered = move || {
            drawing.with(|drawing| {
                drawing.rendered.markers.iter().any(|marker| {
                    marker
                        .shown_text
                        .as_deref()
                        .map_or(true, |text| text.chars().all(|c| c.is_ascii_digit()))
                })
            })
        };
        view! {
            <ol
                class=move || if numbered() { "chart-card__key" } else { "visually-hidden" }
                aria-label="Key events marked on the chart"
            >
                {move || {
                    drawing.with(|drawing| {
                        drawing
                            .rendered
                            .markers
                            .iter()
                            .map(|marker| view! { <li>{marker.full_label.clone()}</li> })
                            .collect_view()
                    })
                }}
            </ol>
        }
    })
}

/// One chart of the catalogue as a card whose view (period, series, table) lives in the URL.
///
/// On the dashboard the card has downloads, a share link and the embed snippets; on an embed
/// page (`embed` set) it is just the chart, its text and its sources, and with
/// `static_view` not even controls or tooltips.
#[component]
pub fn ChartCard(
    def: &'static ChartDef,
    /// How the card is embedded in another site, or `None` on the dashboard.
    #[prop(optional)]
    embed: Option<EmbedOptions>,
) -> impl IntoView {
    let keys = match embed {
        Some(_) => ChartKeys::Embed,
        None => ChartKeys::Dashboard,
    };
    let interactive = !embed.is_some_and(|options| options.static_view);
    let query = leptos_router::hooks::use_query_map();
    let parsed = Memo::new(move |_| {
        query.with(|query| parse_chart_view_keyed(def, keys, |key| query.get(key)))
    });
    let view_state = Signal::derive(move || parsed.with(|parsed| parsed.view.clone()));
    let notices = Signal::derive(move || parsed.with(|parsed| parsed.notices.clone()));
    let write_query = crate::components::use_query_writer();
    let set_view = Callback::new(move |next: ChartView| {
        write_query(chart_view_params_keyed(def, keys, &next))
    });

    // Casualty charts link each year to the events of that year in the list below (which an
    // embed page does not have).
    let links_years = def.topic == Topic::Casualties && def.shape != ChartShape::Categories;
    let open_year_events = (links_years && embed.is_none()).then(|| {
        let location = leptos_router::hooks::use_location();
        let navigate = leptos_router::hooks::use_navigate();
        Callback::new(move |year: i32| {
            let query = with_event_query(
                &location.search.get_untracked(),
                &EventFilter::for_year(year),
            );
            navigate(
                &format!("{}?{query}#events", location.pathname.get_untracked()),
                Default::default(),
            );
        })
    });
    let theme = use_theme();
    // Drawn first at the width its pre-rendered twin had on this screen, if there was one, so
    // that it is not drawn twice; the figure then follows its container's width.
    let width_px = RwSignal::new(static_copy::chart_width(def.id).unwrap_or(640));
    let drawing =
        Memo::new(move |_| draw_chart(def, &view_state.get(), width_px.get(), theme.get()));
    let csv = Memo::new(move |_| chart_csv(def, view_state.get().span));
    let summary = move || chart_summary(def, view_state.get().span);
    let problem = RwSignal::new(None::<String>);

    let subtitle = move || chart_subtitle(def, view_state.get().span);
    let title_id = format!("chart-{}-title", def.id);
    let labelled_by = title_id.clone();
    view! {
        <figure class="card chart-card" id=format!("chart-{}", def.id) aria-labelledby=labelled_by>
            <header class="chart-card__header">
                <h3 class="chart-card__title" id=title_id>{def.title}</h3>
                <p class="chart-card__subtitle">{subtitle}</p>
            </header>
            <UrlNotice notices=notices/>
            {interactive.then(|| view! { <ChartControls def=def view=view_state set_view=set_view/> })}
            {move || {
                if view_state.get().table {
                    view! { <DataTable caption=def.title.to_string() table=chart_table(def, view_state.get().span)/> }.into_any()
                } else {
                    view! {
                        <ChartFigure
                            drawing=drawing
                            width_px=width_px
                            label=def.title.to_string()
                            on_pick_year=open_year_events
                            interactive=interactive
                        />
                    }
                        .into_any()
                }
            }}
            <figcaption>
                <p class="chart-card__summary">{summary}</p>
                {embed.is_none().then(|| view! { <p class="chart-card__note">{def.note}</p> })}
                <KeyEventList def=def drawing=drawing/>
                {(!interactive)
                    .then(|| {
                        view! {
                            <details class="chart-card__table-details">
                                <summary>"The data as a table"</summary>
                                <DataTable caption=def.title.to_string() table=chart_table(def, view_state.get_untracked().span)/>
                            </details>
                        }
                    })}
                {move || view! { <SourceLine sources=chart_sources(def, view_state.get().span)/> }}
            </figcaption>
            {embed
                .is_none()
                .then(|| {
                    view! {
                        <ChartActions def=def drawing=drawing csv=csv theme=theme set_problem=problem.write_only()/>
                        <EmbedPanel def=def view=view_state/>
                    }
                })}
            {move || problem.get().map(|text| view! { <p class="chart-card__problem" role="alert">{text}</p> })}
        </figure>
    }
}
