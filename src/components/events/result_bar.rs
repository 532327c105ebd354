//! The count of the current selection (announced politely), "clear all", the link to this
//! view and the CSV download.

use leptos::prelude::*;

use super::state::{EventState, History};
use crate::dataset::SOURCES;
use crate::model::events::csv::events_csv;
use crate::model::events::url::EVENTS_ANCHOR;
use crate::model::events::{dataset_index, EventFilter, RowId};
use crate::model::format::format_int;
use crate::web::download::{copy_to_clipboard, download_text};

/// The address of the current view, opening at the event list.
fn view_url() -> String {
    let location = window().location();
    let href = location.href().unwrap_or_default();
    let without_hash = href.split('#').next().unwrap_or_default();
    format!("{without_hash}#{EVENTS_ANCHOR}")
}

/// "1,234 of 4,605 events", and what the reader can do with them.
#[component]
pub fn ResultBar(state: EventState, selection: Memo<Vec<RowId>>) -> impl IntoView {
    let index = dataset_index();
    let total = format_int(index.len() as i64);
    let count_text = move || {
        let shown = selection.with(Vec::len);
        let noun = if index.len() == 1 { "event" } else { "events" };
        format!("{} of {total} {noun}", format_int(shown as i64))
    };
    // What the last action said ("Link copied"), cleared when the selection changes.
    let message = RwSignal::new(String::new());
    Effect::new(move |_| {
        selection.track();
        if message.with_untracked(|text| !text.is_empty()) {
            message.set(String::new());
        }
    });
    let clear = move |_| {
        let sort = state.filter.with_untracked(|f| f.sort);
        state.replace_with(
            EventFilter {
                sort,
                ..EventFilter::default()
            },
            History::Push,
        );
    };
    let copy_link = move |_| {
        state.flush();
        copy_to_clipboard(&view_url());
        message.set("Link to this view copied.".to_string());
    };
    let download = move |_| {
        state.flush();
        let csv = selection.with_untracked(|rows| events_csv(index, rows, SOURCES, &view_url()));
        let outcome = download_text("afghanistan-events.csv", "text/csv;charset=utf-8", &csv);
        message.set(match outcome {
            Ok(()) => String::new(),
            Err(error) => format!("The download could not start ({}).", error.0),
        });
    };
    view! {
        <div class="ev-results">
            <p class="ev-count" id="ev-count" role="status" aria-live="polite">{count_text}</p>
            <div class="ev-actions">
                <button type="button" class="ev-button" on:click=clear>"Clear all filters"</button>
                <button type="button" class="ev-button" on:click=copy_link>"Copy link"</button>
                <button type="button" class="ev-button" on:click=download>"Download CSV"</button>
            </div>
            <p class="ev-message" aria-live="polite">{move || message.get()}</p>
        </div>
    }
}
