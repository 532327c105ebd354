//! The selections of the last few filters, so that typing stays light at 100,000 events: a
//! letter typed narrows the last selection instead of searching every event again, and a
//! letter erased finds the selection it had before.

use std::collections::VecDeque;

use super::filter::{EventFilter, SortOrder};
use super::index::{EventIndex, RowId};
use super::matcher::Kept;

/// How many selections are kept: a word typed and erased again, letter by letter. Each costs a
/// bit per event (12.5 KB at 100,000 events).
const REMEMBERED: usize = 32;

/// Recent filters (sort left out: it orders, it does not choose) and what each kept.
#[derive(Debug, Clone, Default)]
pub struct RecentSelections {
    recent: VecDeque<(EventFilter, Kept)>,
}

impl RecentSelections {
    /// The ids `filter` keeps, in its order: the same as `index.select(filter)`, from what an
    /// earlier filter kept where it can. Use one `RecentSelections` with one index only.
    pub fn select(&mut self, index: &EventIndex, filter: &EventFilter) -> Vec<RowId> {
        let key = EventFilter {
            sort: SortOrder::default(),
            ..filter.clone()
        };
        let remembered = self
            .recent
            .iter()
            .position(|(known, _)| *known == key)
            .and_then(|at| self.recent.remove(at));
        let entry = remembered.unwrap_or_else(|| {
            let kept = index.keep(filter, self.recent.iter().map(|(_, kept)| kept));
            (key, kept)
        });
        let ids = index.in_order(&entry.1, filter.sort);
        self.recent.push_front(entry);
        self.recent.truncate(REMEMBERED);
        ids
    }
}
