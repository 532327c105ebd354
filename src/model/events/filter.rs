//! What the reader asked for: the filter and sort of the event list, as plain data.

use super::date_bound::DateBound;
use crate::dataset::EventKind;

/// How the list is ordered. Events without a death count or place always come last.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum SortOrder {
    /// Newest first (the default).
    #[default]
    DateDesc,
    DateAsc,
    /// Most deaths first.
    DeathsDesc,
    DeathsAsc,
    /// Place A to Z (the province where no place is named).
    PlaceAsc,
    PlaceDesc,
}

impl SortOrder {
    /// Every order, in the order the sort menu lists them.
    pub const ALL: [SortOrder; 6] = [
        SortOrder::DateDesc,
        SortOrder::DateAsc,
        SortOrder::DeathsDesc,
        SortOrder::DeathsAsc,
        SortOrder::PlaceAsc,
        SortOrder::PlaceDesc,
    ];

    /// The value of `ev.sort`, e.g. `deaths-desc`.
    pub fn slug(self) -> &'static str {
        match self {
            SortOrder::DateDesc => "date-desc",
            SortOrder::DateAsc => "date-asc",
            SortOrder::DeathsDesc => "deaths-desc",
            SortOrder::DeathsAsc => "deaths-asc",
            SortOrder::PlaceAsc => "place-asc",
            SortOrder::PlaceDesc => "place-desc",
        }
    }

    /// What the sort menu says.
    pub fn label(self) -> &'static str {
        match self {
            SortOrder::DateDesc => "Newest first",
            SortOrder::DateAsc => "Oldest first",
            SortOrder::DeathsDesc => "Most deaths first",
            SortOrder::DeathsAsc => "Fewest deaths first",
            SortOrder::PlaceAsc => "Place, A to Z",
            SortOrder::PlaceDesc => "Place, Z to A",
        }
    }

    /// The order named by `slug`, if any.
    pub fn from_slug(slug: &str) -> Option<SortOrder> {
        SortOrder::ALL
            .into_iter()
            .find(|order| order.slug() == slug)
    }
}

/// The event list's filter and sort. Empty fields do not filter.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct EventFilter {
    /// Events starting on or after this bound's first day.
    pub from: Option<DateBound>,
    /// Events starting on or before this bound's last day.
    pub to: Option<DateBound>,
    /// Kinds to show; empty shows every kind. Kept sorted and without repeats.
    pub kinds: Vec<EventKind>,
    /// Provinces (geoBoundaries names) to show; empty shows all. Sorted, without repeats.
    pub provinces: Vec<String>,
    /// Events with at least this many deaths (see `IndexedEvent::deaths`); `None` or 0 for all.
    pub min_deaths: Option<u32>,
    /// Free text; every word must occur in the description, place or sides.
    pub text: String,
    pub sort: SortOrder,
}

impl EventFilter {
    /// The same filter in canonical form: lists sorted and unique, a minimum of 0 and
    /// blank text dropped.
    pub fn normalized(mut self) -> EventFilter {
        if self.text.trim().is_empty() {
            self.text.clear();
        }
        self.kinds.sort();
        self.kinds.dedup();
        self.provinces.sort();
        self.provinces.dedup();
        self.min_deaths = self.min_deaths.filter(|min| *min > 0);
        self
    }

    /// Only the events of one calendar year: what a chart's "events of that year" link asks
    /// for (see also `url::year_href`).
    pub fn for_year(year: i32) -> EventFilter {
        EventFilter {
            from: Some(DateBound::year(year)),
            to: Some(DateBound::year(year)),
            ..EventFilter::default()
        }
    }

    /// Adds the province to the filter, or removes it when it is already there.
    pub fn toggle_province(&mut self, name: &str) {
        if self.provinces.iter().any(|p| p == name) {
            self.provinces.retain(|p| p != name);
        } else {
            self.provinces.push(name.to_string());
        }
    }

    /// True when nothing is filtered (the sort may differ from the default).
    pub fn is_unfiltered(&self) -> bool {
        let sort_free = EventFilter {
            sort: SortOrder::default(),
            ..self.clone()
        };
        sort_free.normalized() == EventFilter::default()
    }
}
