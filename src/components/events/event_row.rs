//! One event as a row of fixed height (the list is virtualised, so every row must be as tall
//! as the list assumes).

use leptos::prelude::*;

use crate::model::events::row_text::RowTexts;

/// The event at one position of the list: date, place and province, type and sides, deaths,
/// description and source. The row stays in the page while its position is in view and
/// changes only its words when another event takes that position (a new filter or sort), so
/// typing in the filter replaces text rather than building rows anew.
#[component]
pub fn EventRow(
    /// The words of the event at `position` (empty for a moment while the row leaves).
    texts: Memo<RowTexts>,
    /// 0-based position in the selection (for `aria-rowindex`).
    position: usize,
    height_px: Memo<f64>,
) -> impl IntoView {
    let text = move |pick: fn(&RowTexts) -> String| move || texts.with(pick);
    let derived = move || {
        texts.with(|t| t.province_derived).then(|| {
            view! { " " <abbr class="ev-derived" title="derived from coordinates">"≈"</abbr> }
        })
    };
    let sides = move || {
        texts.with(|t| {
            (!t.sides.is_empty()).then(|| {
                let (title, sides) = (t.sides.clone(), t.sides.clone());
                view! { <span class="ev-line ev-muted" title=title>{sides}</span> }
            })
        })
    };
    let detail = move || {
        texts.with(|t| {
            t.deaths
                .detail
                .clone()
                .map(|detail| view! { <span class="ev-line ev-muted">{detail}</span> })
        })
    };
    view! {
        <tr class="ev-row" aria-rowindex=position + 2 style:height=move || format!("{}px", height_px.get())>
            <td class="ev-c ev-c--date num">
                <span class="ev-line">{text(|t| t.date.clone())}</span>
            </td>
            <td class="ev-c ev-c--place">
                <span class="ev-line ev-place">{move || texts.with(|t| t.place)}</span>
                <span class="ev-line ev-muted">
                    {text(|t| t.province.clone())}
                    {derived}
                </span>
            </td>
            <td class="ev-c ev-c--type">
                <span class="ev-line">{text(|t| t.kind.clone())}</span>
                {sides}
            </td>
            <td class="ev-c ev-c--deaths num" title=move || texts.with(|t| t.deaths.explanation.clone())>
                <span class="ev-line ev-deaths">
                    {text(|t| t.deaths.main.clone())}
                    // Cards show the number without its column header, so they name the unit.
                    <span class="ev-card-only">{move || texts.with(|t| t.deaths_unit)}</span>
                </span>
                {detail}
            </td>
            <td class="ev-c ev-c--desc">
                <span class="ev-desc" title=move || texts.with(|t| t.description)>{move || texts.with(|t| t.description)}</span>
            </td>
            <td class="ev-c ev-c--source">
                <a class="ev-line" href=text(|t| t.source_href.clone())>{move || texts.with(|t| t.collection)}</a>
                <span class="ev-line ev-muted">{move || texts.with(|t| t.collection_scope)}</span>
            </td>
        </tr>
    }
}
