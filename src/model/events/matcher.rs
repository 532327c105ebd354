//! Filtering: a filter compiled for one pass (bounds as dates, kinds as a bit mask, provinces
//! as a lookup table, text as folded words), run front to back over the packed rows into a bit
//! set, then read out in the order the reader asked for.

use super::filter::{EventFilter, SortOrder};
use super::fold::query_terms;
use super::index::{EventIndex, HotRow, RowId};
use crate::dataset::{Date, EventKind};

/// The checks of one [`EventFilter`], ready to run on every event.
struct Matcher {
    from: Option<Date>,
    to: Option<Date>,
    /// Bit `kind_bit(kind)` set for each kind shown; `None` shows all.
    kinds: Option<u8>,
    /// Indexed by province id; `None` shows every event, with or without a province.
    provinces: Option<Vec<bool>>,
    min_deaths: Option<u32>,
    terms: Vec<String>,
}

fn kind_bit(kind: EventKind) -> u8 {
    match kind {
        EventKind::StateBased => 1,
        EventKind::NonState => 2,
        EventKind::OneSided => 4,
        EventKind::KeyEvent => 8,
    }
}

impl Matcher {
    fn new(filter: &EventFilter, province_names: &[&str]) -> Matcher {
        let kinds = (!filter.kinds.is_empty()).then(|| {
            filter
                .kinds
                .iter()
                .fold(0, |mask, kind| mask | kind_bit(*kind))
        });
        let provinces = (!filter.provinces.is_empty()).then(|| {
            province_names
                .iter()
                .map(|name| filter.provinces.iter().any(|wanted| wanted == name))
                .collect()
        });
        Matcher {
            from: filter.from.map(|bound| bound.first_day()),
            to: filter.to.map(|bound| bound.last_day()),
            kinds,
            provinces,
            min_deaths: filter.min_deaths.filter(|min| *min > 0),
            terms: query_terms(&filter.text),
        }
    }

    /// The cheap checks: dates, kind, deaths, province.
    fn keeps_fields(&self, row: &HotRow) -> bool {
        self.from.map_or(true, |from| from <= row.date)
            && self.to.map_or(true, |to| row.date <= to)
            && self
                .kinds
                .map_or(true, |mask| mask & kind_bit(row.kind) != 0)
            && self
                .min_deaths
                .map_or(true, |min| row.deaths.is_some_and(|deaths| deaths >= min))
            && self.provinces.as_ref().map_or(true, |shown| {
                row.province_id
                    .and_then(|id| shown.get(usize::from(id)))
                    .is_some_and(|shown| *shown)
            })
    }

    fn keeps_text(&self, text: &str) -> bool {
        self.terms.iter().all(|term| text.contains(term.as_str()))
    }
}

impl EventIndex<'_> {
    /// The ids of the events `filter` keeps, in its sort order. A pure function of the index
    /// and the filter: never panics, and every id is a valid row, once.
    pub fn select(&self, filter: &EventFilter) -> Vec<RowId> {
        let matcher = Matcher::new(filter, &self.provinces);
        let mut kept = vec![0u64; self.hot.len().div_ceil(64)];
        let mut text_start = 0;
        for (id, (row, &text_end)) in self.hot.iter().zip(&self.text_ends).enumerate() {
            let text = self.text.get(text_start..text_end).unwrap_or_default();
            text_start = text_end;
            if matcher.keeps_fields(row) && matcher.keeps_text(text) {
                if let Some(word) = kept.get_mut(id / 64) {
                    *word |= 1 << (id % 64);
                }
            }
        }
        let is_kept = |id: &RowId| {
            let id = *id as usize;
            kept.get(id / 64)
                .is_some_and(|word| word & (1 << (id % 64)) != 0)
        };
        match filter.sort {
            SortOrder::DateAsc | SortOrder::DateDesc => {
                // Date bounds cut a contiguous window of the date order.
                let start = matcher.from.map_or(0, |from| {
                    self.sorted_dates.partition_point(|date| *date < from)
                });
                let end = matcher.to.map_or(self.by_date.len(), |to| {
                    self.sorted_dates.partition_point(|date| *date <= to)
                });
                let window = self.by_date.get(start..end.max(start)).unwrap_or_default();
                if filter.sort == SortOrder::DateDesc {
                    window.iter().rev().copied().filter(is_kept).collect()
                } else {
                    window.iter().copied().filter(is_kept).collect()
                }
            }
            SortOrder::DeathsDesc => self.by_deaths.iter(true).filter(is_kept).collect(),
            SortOrder::DeathsAsc => self.by_deaths.iter(false).filter(is_kept).collect(),
            SortOrder::PlaceAsc => self.by_place.iter(false).filter(is_kept).collect(),
            SortOrder::PlaceDesc => self.by_place.iter(true).filter(is_kept).collect(),
        }
    }
}
