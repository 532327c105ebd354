//! A precomputed ordering of the events by one sort key.

use super::index::RowId;

/// Events in one order; those without the sort key (`unranked`) always come last.
#[derive(Debug, Clone, Default)]
pub(super) struct Ranking {
    /// Ascending by the sort key.
    pub ranked: Vec<RowId>,
    pub unranked: Vec<RowId>,
}

impl Ranking {
    pub fn new(ids: impl Iterator<Item = RowId>, has_key: impl Fn(RowId) -> bool) -> Ranking {
        let (ranked, unranked) = ids.partition(|id| has_key(*id));
        Ranking { ranked, unranked }
    }

    /// The ids, ranked ones ascending (or descending), then the unranked.
    pub fn iter(&self, descending: bool) -> Box<dyn Iterator<Item = RowId> + '_> {
        let unranked = self.unranked.iter().copied();
        if descending {
            Box::new(self.ranked.iter().rev().copied().chain(unranked))
        } else {
            Box::new(self.ranked.iter().copied().chain(unranked))
        }
    }
}
