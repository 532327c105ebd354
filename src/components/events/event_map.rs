//! The map of the selection: provinces, events as dots sized by deaths; a click on a province
//! filters the list to it (or back).

use leptos::ev::MouseEvent;
use leptos::html::{Canvas, Div};
use leptos::prelude::*;

use super::state::{EventState, History};
use crate::charts::{
    draw_map_layers, map_dot_layer, region_at, MapDot, MapLayers, MapOptions, MapRegion,
};
use crate::dataset::PROVINCES;
use crate::model::events::summary::ProvinceSummary;
use crate::model::events::{dataset_index, RowId};
use crate::model::format::format_int;
use crate::web::dot_canvas::paint_dot_layer;
use crate::web::element_size::use_element_size;
use crate::web::theme::use_theme;

/// Every province, tinted when the list is filtered to it.
fn regions(chosen: &[String]) -> Vec<MapRegion<'static>> {
    PROVINCES
        .iter()
        .map(|province| MapRegion {
            name: province.name,
            rings: province.rings,
            highlighted: chosen.iter().any(|name| name == province.name),
        })
        .collect()
}

/// A dot for every selected event with coordinates.
fn dots(rows: &[RowId]) -> Vec<MapDot> {
    let index = dataset_index();
    rows.iter()
        .filter_map(|id| {
            let (lon, lat) = index.lonlat(*id)?;
            let deaths = f64::from(index.deaths(*id).unwrap_or(0));
            Some(MapDot { lon, lat, deaths })
        })
        .collect()
}

/// The province map. Pointer only: the per-province table offers the same choice by keyboard.
#[component]
pub fn EventMap(
    state: EventState,
    selection: Memo<Vec<RowId>>,
    provinces: Memo<ProvinceSummary<'static>>,
) -> impl IntoView {
    let theme = use_theme();
    let node = NodeRef::<Div>::new();
    let size = use_element_size(node, (640.0, 0.0));
    let hovered = RwSignal::new(None::<usize>);
    let options = move || {
        MapOptions {
        width_px: size.get().0.round().clamp(240.0, 2000.0) as u32,
        theme: theme.get(),
        aria_label: "Map of Afghanistan's provinces; the events of the selection are dots sized by deaths, chosen provinces are tinted".to_string(),
    }
    };
    // Two stacked layers: the provinces change only with the chosen provinces, width or theme;
    // the dots change with every filter, and redrawing only them keeps typing light.
    // Only the provinces of the filter: typing changes the filter but not these.
    let chosen = state.part(|f| f.provinces.clone());
    let map = Memo::new(move |_| {
        chosen.with(|chosen| draw_map_layers(&regions(chosen), &[], &options(), MapLayers::Regions))
    });
    // The dots are painted on a canvas over the provinces' SVG: at 100,000 events they are
    // thousands of circles, which as markup would be parsed again on every keystroke.
    let dot_layer = Memo::new(move |_| {
        selection.with(|rows| map_dot_layer(&regions(&[]), &dots(rows), &options()))
    });
    let canvas = NodeRef::<Canvas>::new();
    Effect::new(move |_| {
        let Some(canvas) = canvas.get() else {
            return;
        };
        // Without a 2D context (no current browser lacks one) the provinces show without
        // dots; the table of provinces below holds the same counts.
        dot_layer.with(|layer| paint_dot_layer(&canvas, layer)).ok();
    });
    let province_under = move |ev: &MouseEvent| -> Option<usize> {
        let element = node.get_untracked()?;
        let rect = element.get_bounding_client_rect();
        if rect.width() <= 0.0 {
            return None;
        }
        // The SVG may be drawn at another width than shown (while a resize settles).
        let scale = map.with_untracked(|m| f64::from(m.width_px)) / rect.width();
        let px = (
            (f64::from(ev.client_x()) - rect.left()) * scale,
            (f64::from(ev.client_y()) - rect.top()) * scale,
        );
        chosen.with_untracked(|chosen| map.with_untracked(|m| region_at(&regions(chosen), m, px)))
    };
    let on_click = move |ev: MouseEvent| {
        let Some(name) = province_under(&ev)
            .and_then(|i| PROVINCES.get(i))
            .map(|p| p.name)
        else {
            return;
        };
        state.update(History::Push, |f| f.toggle_province(name));
    };
    let caption = move || {
        let hovered_count = hovered.get().and_then(|i| {
            provinces.with(|summary| summary.provinces.get(i).map(|p| (p.name, p.tally)))
        });
        match hovered_count {
            Some((name, tally)) => format!(
                "{name}: {} events, {} deaths. Click to filter the list to it (or back).",
                format_int(tally.events as i64),
                format_int(tally.deaths as i64)
            ),
            None => "Click a province to filter the list to it; click again to undo.".to_string(),
        }
    };
    let unmapped = move || {
        let index = dataset_index();
        let without = selection.with(|rows| {
            rows.iter()
                .filter(|id| index.lonlat(**id).is_none())
                .count()
        });
        (without > 0).then(|| {
            format!(
                "{} events of this selection have no coordinates and are not on the map.",
                format_int(without as i64)
            )
        })
    };
    view! {
        <figure class="ev-map">
            <div
                class="ev-map__svg"
                node_ref=node
                on:click=on_click
                on:mousemove=move |ev| hovered.set(province_under(&ev))
                on:mouseleave=move |_| hovered.set(None)
            >
                <div class="ev-map__layer" inner_html=move || map.with(|m| m.svg.clone())></div>
                <canvas class="ev-map__layer ev-map__layer--dots" aria-hidden="true" node_ref=canvas></canvas>
            </div>
            <figcaption class="ev-map__caption">
                <span>{caption}</span>
                " "
                <span class="ev-muted">{unmapped}</span>
            </figcaption>
        </figure>
    }
}
