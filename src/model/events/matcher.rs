//! Filtering: a filter compiled for one pass (bounds as dates, kinds as a bit mask, provinces
//! as a lookup table, text as folded words looked for once per distinct field value), run front
//! to back over the packed rows into a bit set, then read out in the order the reader asked for.

use super::filter::{EventFilter, SortOrder};
use super::fold::query_terms;
use super::index::{EventIndex, HotRow, RowId};
use crate::dataset::{Date, EventKind};
use memchr::memmem::{self, Finder};

/// The checks of one [`EventFilter`], ready to run on every event.
#[derive(Debug, Clone)]
struct Matcher {
    from: Option<Date>,
    to: Option<Date>,
    /// Bit `kind_bit(kind)` set for each kind shown; `None` shows all.
    kinds: Option<u8>,
    /// Indexed by province id; `None` shows every event, with or without a province.
    provinces: Option<Vec<bool>>,
    min_deaths: Option<u32>,
    /// One searcher per folded query word, built once rather than once per event.
    finders: Vec<Finder<'static>>,
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
            finders: query_terms(&filter.text)
                .iter()
                .map(|term| Finder::new(term.as_bytes()).into_owned())
                .collect(),
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

    /// Whether every event this keeps, `wider` keeps too, whatever the events: each of its
    /// checks is the same or looser, and each of its words lies within one of ours.
    fn is_within(&self, wider: &Matcher) -> bool {
        let at_least = |ours: Option<Date>, theirs: Option<Date>, ok: fn(Date, Date) -> bool| {
            theirs.map_or(true, |theirs| ours.is_some_and(|ours| ok(ours, theirs)))
        };
        at_least(self.from, wider.from, |ours, theirs| ours >= theirs)
            && at_least(self.to, wider.to, |ours, theirs| ours <= theirs)
            && wider.kinds.map_or(true, |theirs| {
                self.kinds.is_some_and(|ours| ours & !theirs == 0)
            })
            && wider.provinces.as_ref().map_or(true, |theirs| {
                self.provinces.as_ref().is_some_and(|ours| {
                    ours.len() == theirs.len()
                        && ours
                            .iter()
                            .zip(theirs)
                            .all(|(ours, theirs)| !ours || *theirs)
                })
            })
            && wider.min_deaths.map_or(true, |theirs| {
                self.min_deaths.is_some_and(|ours| ours >= theirs)
            })
            && wider.finders.iter().all(|theirs| {
                self.finders
                    .iter()
                    .any(|ours| memmem::find(ours.needle(), theirs.needle()).is_some())
            })
    }
}

/// The events one filter keeps, a bit per row, and the checks that chose them: a later, narrower
/// filter (one more letter typed) need only look at these.
#[derive(Debug, Clone)]
pub struct Kept {
    matcher: Matcher,
    bits: Vec<u64>,
    count: usize,
}

impl Kept {
    fn contains(&self, id: RowId) -> bool {
        let id = id as usize;
        self.bits
            .get(id / 64)
            .is_some_and(|word| word & (1 << (id % 64)) != 0)
    }

    /// Ids of the kept events, ascending.
    fn ids(&self) -> impl Iterator<Item = usize> + '_ {
        self.bits.iter().enumerate().flat_map(|(at, &word)| {
            let mut rest = word;
            std::iter::from_fn(move || {
                (rest != 0).then(|| {
                    let bit = rest.trailing_zeros() as usize;
                    rest &= rest - 1;
                    at * 64 + bit
                })
            })
        })
    }
}

impl EventIndex<'_> {
    /// The ids of the events `filter` keeps, in its sort order. A pure function of the index
    /// and the filter: never panics, and every id is a valid row, once.
    pub fn select(&self, filter: &EventFilter) -> Vec<RowId> {
        self.in_order(&self.keep(filter, []), filter.sort)
    }

    /// The events `filter` keeps. Where one of `known` (kept by earlier filters of this index)
    /// keeps every event `filter` can, only its events are checked: the smallest such one.
    pub fn keep<'k>(
        &self,
        filter: &EventFilter,
        known: impl IntoIterator<Item = &'k Kept>,
    ) -> Kept {
        let matcher = Matcher::new(filter, &self.provinces);
        let words = self.hot.len().div_ceil(64);
        let base = known
            .into_iter()
            .filter(|kept| kept.bits.len() == words)
            .filter(|kept| matcher.is_within(&kept.matcher))
            .min_by_key(|kept| kept.count);
        let word_hits = self.search.hits(&matcher.finders);
        let mut bits = vec![0u64; words];
        let mut count = 0;
        let mut check = |id: usize| {
            let keeps = self.hot.get(id).is_some_and(|row| {
                matcher.keeps_fields(row) && self.search.row_matches(id, &word_hits)
            });
            if let (true, Some(word)) = (keeps, bits.get_mut(id / 64)) {
                *word |= 1 << (id % 64);
                count += 1;
            }
        };
        match base {
            Some(base) => base.ids().for_each(&mut check),
            None => (0..self.hot.len()).for_each(&mut check),
        }
        Kept {
            matcher,
            bits,
            count,
        }
    }

    /// The ids of `kept`, in `sort` order.
    pub fn in_order(&self, kept: &Kept, sort: SortOrder) -> Vec<RowId> {
        let is_kept = |id: &RowId| kept.contains(*id);
        match sort {
            SortOrder::DateAsc | SortOrder::DateDesc => {
                // Date bounds cut a contiguous window of the date order.
                let start = kept.matcher.from.map_or(0, |from| {
                    self.sorted_dates.partition_point(|date| *date < from)
                });
                let end = kept.matcher.to.map_or(self.by_date.len(), |to| {
                    self.sorted_dates.partition_point(|date| *date <= to)
                });
                let window = self.by_date.get(start..end.max(start)).unwrap_or_default();
                if sort == SortOrder::DateDesc {
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
