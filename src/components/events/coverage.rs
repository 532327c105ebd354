//! What the event records cover, stated where the reader filters them.

use leptos::prelude::*;

use crate::model::events::labels::{collection_label, coverage_note, COLLECTIONS};
use crate::model::events::summary::collection_counts;
use crate::model::events::{dataset_index, RowId};
use crate::model::format::format_int;

/// The coverage of each collection, and how many events of the selection come from each, so
/// no reader takes a sample for a complete count.
#[component]
pub fn CoverageNote(selection: Memo<Vec<RowId>>) -> impl IntoView {
    let index = dataset_index();
    let in_selection = move || {
        let counts = selection.with(|rows| collection_counts(index, rows));
        if counts.is_empty() {
            return "No events in this selection.".to_string();
        }
        let parts: Vec<String> = counts
            .into_iter()
            .map(|(collection, count)| {
                format!(
                    "{} {}",
                    format_int(count as i64),
                    collection_label(collection)
                )
            })
            .collect();
        format!("In this selection: {}.", parts.join(" · "))
    };
    view! {
        <aside class="ev-coverage" aria-labelledby="ev-coverage-title">
            <p class="ev-coverage__title" id="ev-coverage-title">"Not a complete record: coverage differs by year"</p>
            <ul>
                {COLLECTIONS.into_iter().map(|c| view! { <li>{coverage_note(c)}</li> }).collect_view()}
            </ul>
            <p class="ev-coverage__counts">{in_selection}</p>
        </aside>
    }
}
