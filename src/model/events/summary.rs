//! Counts of a selection: per year (the histogram), per province (the map's table) and per
//! collection (the coverage line). Every event of the selection is counted exactly once.

use super::index::{EventIndex, RowId};
use super::labels::COLLECTIONS;
use crate::dataset::Collection;

/// Events and deaths in one year or province.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Tally {
    pub events: usize,
    /// Sum of the events' death counts (see `IndexedEvent::deaths`); events without one add 0.
    pub deaths: u64,
}

impl Tally {
    fn add(&mut self, deaths: Option<u32>) {
        self.events += 1;
        self.deaths += u64::from(deaths.unwrap_or(0));
    }
}

/// One bar of the histogram.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct YearCount {
    pub year: i32,
    pub tally: Tally,
}

/// Events per start year, from the selection's first to its last year with empty years in
/// between (a gap in the record shows as an empty bar, not a missing one).
pub fn year_histogram(index: &EventIndex, selection: &[RowId]) -> Vec<YearCount> {
    let rows = || {
        selection
            .iter()
            .filter_map(|id| index.hot.get(*id as usize))
    };
    let Some((first, last)) = rows().fold(None, |span: Option<(i32, i32)>, row| {
        let year = row.date.year;
        Some(span.map_or((year, year), |(lo, hi)| (lo.min(year), hi.max(year))))
    }) else {
        return Vec::new();
    };
    // One slot per year (a plain array: a keystroke over 100,000 events must stay cheap).
    let mut tallies = vec![Tally::default(); (i64::from(last) - i64::from(first) + 1) as usize];
    for row in rows() {
        let slot = usize::try_from(row.date.year - first).ok();
        if let Some(tally) = slot.and_then(|slot| tallies.get_mut(slot)) {
            tally.add(row.deaths);
        }
    }
    (first..=last)
        .zip(tallies)
        .map(|(year, tally)| YearCount { year, tally })
        .collect()
}

/// One row of the per-province table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProvinceCount<'a> {
    pub name: &'a str,
    pub tally: Tally,
}

/// Events and deaths per province.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ProvinceSummary<'a> {
    /// Every province of the index, in its order, including those with no event.
    pub provinces: Vec<ProvinceCount<'a>>,
    /// Events of the selection without a known province (the key events).
    pub without_province: Tally,
}

/// Counts the selection by province.
pub fn province_summary<'a>(index: &EventIndex<'a>, selection: &[RowId]) -> ProvinceSummary<'a> {
    let mut provinces: Vec<ProvinceCount> = index
        .provinces()
        .iter()
        .map(|name| ProvinceCount {
            name,
            tally: Tally::default(),
        })
        .collect();
    let mut without_province = Tally::default();
    for row in selection
        .iter()
        .filter_map(|id| index.hot.get(*id as usize))
    {
        let slot = row
            .province_id
            .and_then(|id| provinces.get_mut(usize::from(id)));
        match slot {
            Some(count) => count.tally.add(row.deaths),
            None => without_province.add(row.deaths),
        }
    }
    ProvinceSummary {
        provinces,
        without_province,
    }
}

/// Events of the selection per collection, in [`COLLECTIONS`] order, leaving out empty ones.
pub fn collection_counts(index: &EventIndex, selection: &[RowId]) -> Vec<(Collection, usize)> {
    let mut counts = [0usize; COLLECTIONS.len()];
    for row in selection
        .iter()
        .filter_map(|id| index.hot.get(*id as usize))
    {
        if let Some(slot) = COLLECTIONS
            .iter()
            .position(|c| *c == row.collection)
            .and_then(|i| counts.get_mut(i))
        {
            *slot += 1;
        }
    }
    COLLECTIONS
        .into_iter()
        .zip(counts)
        .filter(|(_, count)| *count > 0)
        .collect()
}
