//! The event list's model: filter and sort state, indexes built once, the query string,
//! counts for the histogram and map, and the CSV export. Pure functions, tested natively.
//!
//! Another component links to the list filtered to one year with [`year_href`]
//! (`?ev.from=2018&ev.to=2018#events`); the URL keys are described in [`url`].

pub mod csv;
pub mod date_bound;
pub mod filter;
pub mod fold;
pub mod index;
pub mod labels;
mod matcher;
pub mod presets;
pub mod query_string;
mod ranking;
pub mod recent;
pub mod row_text;
mod search_text;
pub mod summary;
pub mod synthetic;
pub mod url;
pub mod viewport;

use std::sync::OnceLock;

pub use date_bound::DateBound;
pub use filter::{EventFilter, SortOrder};
pub use index::{EventIndex, IndexedEvent, RowId};
pub use matcher::Kept;
pub use recent::RecentSelections;
pub use url::{parse_event_query, with_event_query, year_href, ParsedQuery};

use crate::dataset::{Event, EVENTS, EVENT_DETAILS, PROVINCES};

/// The index of the bundled dataset, built on first use and kept for the page's lifetime.
pub fn dataset_index() -> &'static EventIndex<'static> {
    static INDEX: OnceLock<EventIndex<'static>> = OnceLock::new();
    INDEX.get_or_init(|| {
        let provinces: Vec<&'static str> = PROVINCES.iter().map(|p| p.name).collect();
        EventIndex::new(listed_events(), EVENT_DETAILS, &provinces)
    })
}

/// The events the list shows: the bundled dataset. Only a benchmark build made with the
/// environment variable `AWC_SYNTHETIC_EVENTS=N` at compile time lists N synthetic events
/// instead (see [`synthetic`]); without it this is `EVENTS` and the optimiser drops the generator.
fn listed_events() -> &'static [Event] {
    match option_env!("AWC_SYNTHETIC_EVENTS").and_then(|count| count.parse().ok()) {
        Some(count) => synthetic::synthetic_events(count).leak(),
        None => EVENTS,
    }
}

#[cfg(test)]
mod tests;
