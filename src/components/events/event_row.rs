//! One event as a row of fixed height (the list is virtualised, so every row must be as tall
//! as the list assumes).

use leptos::prelude::*;

use crate::model::events::labels::{
    collection_label, collection_scope, date_span_text, sides_text,
};
use crate::model::events::row_text::{deaths_text, kind_text};
use crate::model::events::{dataset_index, IndexedEvent};

/// An event: date, place and province, type and sides, deaths, description and source.
#[component]
pub fn EventRow(
    row: &'static IndexedEvent<'static>,
    /// 0-based position in the selection (for `aria-rowindex`).
    position: usize,
    height_px: Memo<f64>,
) -> impl IntoView {
    let event = row.event;
    let province = dataset_index().province_name(row);
    let deaths = deaths_text(row);
    let sides = sides_text(event);
    // Cards show the number without its column header, so they name the unit.
    let unit = match row.deaths {
        Some(1) => " death",
        Some(_) => " deaths",
        None => "",
    };
    let place = if event.place.is_empty() {
        None
    } else {
        Some(event.place)
    };
    let derived = event.province_derived.then(|| {
        view! { " " <abbr class="ev-derived" title="derived from coordinates">"≈"</abbr> }
    });
    view! {
        <tr class="ev-row" aria-rowindex=position + 2 style:height=move || format!("{}px", height_px.get())>
            <td class="ev-c ev-c--date num">
                <span class="ev-line">{date_span_text(event)}</span>
            </td>
            <td class="ev-c ev-c--place">
                <span class="ev-line ev-place">{place.unwrap_or("—")}</span>
                <span class="ev-line ev-muted">
                    {province.map_or_else(|| "No province".to_string(), |p| format!("{p} province"))}
                    {derived}
                </span>
            </td>
            <td class="ev-c ev-c--type">
                <span class="ev-line">{kind_text(row)}</span>
                {(!sides.is_empty()).then(|| view! { <span class="ev-line ev-muted" title=sides.clone()>{sides.clone()}</span> })}
            </td>
            <td class="ev-c ev-c--deaths num" title=deaths.explanation>
                <span class="ev-line ev-deaths">{deaths.main}<span class="ev-card-only">{unit}</span></span>
                {deaths.detail.map(|detail| view! { <span class="ev-line ev-muted">{detail}</span> })}
            </td>
            <td class="ev-c ev-c--desc">
                <span class="ev-desc" title=event.description>{event.description}</span>
            </td>
            <td class="ev-c ev-c--source">
                <a class="ev-line" href=format!("#source-{}", event.source)>{collection_label(event.collection)}</a>
                <span class="ev-line ev-muted">{collection_scope(event.collection)}</span>
            </td>
        </tr>
    }
}
