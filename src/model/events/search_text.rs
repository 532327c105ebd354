//! The events' searchable text, each distinct field value stored and searched once. Sides,
//! places and categories repeat across events (a few dozen armed groups, a few thousand
//! places), so a query word is looked for in every distinct value, and each event then matches
//! by a few lookups: a keystroke costs one search per distinct value, not one per event.

use std::collections::HashMap;

use memchr::memmem::Finder;

use super::fold::fold_into;

/// Fields searched per event: description, place, side A, side B.
pub(super) const SEARCHED_FIELDS: usize = 4;

/// Position of a distinct folded value in [`SearchText`].
type ValueId = u32;

/// Distinct folded field values, and which of them each event has.
#[derive(Debug, Clone, Default)]
pub(super) struct SearchText {
    /// Folded values (see `fold_text`), in order of first use, each at most once.
    values: Vec<Box<str>>,
    /// Per event, its fields' positions in `values`.
    rows: Vec<[ValueId; SEARCHED_FIELDS]>,
}

/// For each query word, which distinct values contain it (indexed by `ValueId`).
#[derive(Debug, Clone, Default)]
pub(super) struct WordHits {
    per_word: Vec<Vec<bool>>,
}

impl SearchText {
    /// The search text of events given as their fields, in row order.
    pub fn new<'a>(rows: impl IntoIterator<Item = [&'a str; SEARCHED_FIELDS]>) -> SearchText {
        let mut text = SearchText::default();
        let mut ids: HashMap<&'a str, ValueId> = HashMap::new();
        let mut folded = String::new();
        for fields in rows {
            let row = fields.map(|field| {
                *ids.entry(field).or_insert_with(|| {
                    folded.clear();
                    fold_into(&mut folded, field);
                    text.values.push(folded.as_str().into());
                    // At most one value per field of at most u32::MAX rows: fits for any index.
                    ValueId::try_from(text.values.len() - 1).unwrap_or(ValueId::MAX)
                })
            });
            text.rows.push(row);
        }
        text
    }

    /// Number of distinct values.
    #[cfg(test)]
    pub fn distinct_values(&self) -> usize {
        self.values.len()
    }

    /// Which values contain each word, `words` being compiled folded query words.
    pub fn hits(&self, words: &[Finder<'_>]) -> WordHits {
        WordHits {
            per_word: words
                .iter()
                .map(|word| {
                    self.values
                        .iter()
                        .map(|value| word.find(value.as_bytes()).is_some())
                        .collect()
                })
                .collect(),
        }
    }

    /// Whether the event at `row` contains every word of `hits`, each within one field.
    pub fn row_matches(&self, row: usize, hits: &WordHits) -> bool {
        if hits.per_word.is_empty() {
            return true;
        }
        let Some(fields) = self.rows.get(row) else {
            return false;
        };
        hits.per_word.iter().all(|word_in| {
            fields
                .iter()
                .any(|value| word_in.get(*value as usize).is_some_and(|hit| *hit))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::events::fold::query_terms;

    fn finders(query: &str) -> Vec<Finder<'static>> {
        query_terms(query)
            .iter()
            .map(|term| Finder::new(term.as_bytes()).into_owned())
            .collect()
    }

    fn matching(text: &SearchText, rows: usize, query: &str) -> Vec<usize> {
        let hits = text.hits(&finders(query));
        (0..rows)
            .filter(|row| text.row_matches(*row, &hits))
            .collect()
    }

    const ROWS: [[&str; SEARCHED_FIELDS]; 3] = [
        [
            "Airstrike near Kundūz",
            "Kunduz",
            "Government of Afghanistan",
            "Taleban",
        ],
        ["", "Kabul", "Government of Afghanistan", "Taleban"],
        ["Ambush", "Kunduz", "IS", "Civilians"],
    ];

    #[test]
    fn repeated_values_are_stored_once() {
        let text = SearchText::new(ROWS);
        // 12 fields, of which 3 repeat an earlier one.
        assert_eq!(text.distinct_values(), 9);
    }

    #[test]
    fn every_word_must_be_in_the_event_folded() {
        let text = SearchText::new(ROWS);
        assert_eq!(matching(&text, 3, ""), [0, 1, 2]);
        assert_eq!(matching(&text, 3, "KUNDUZ"), [0, 2]);
        assert_eq!(matching(&text, 3, "kunduz taleban"), [0]);
        assert_eq!(matching(&text, 3, "taleb gov"), [0, 1]);
        assert_eq!(matching(&text, 3, "ambush airstrike"), Vec::<usize>::new());
    }

    #[test]
    fn a_word_does_not_span_two_fields() {
        let text = SearchText::new(ROWS);
        // "…Afghanistan" then "Taleban": no field holds "afghanistantaleban".
        assert_eq!(
            matching(&text, 3, "afghanistantaleban"),
            Vec::<usize>::new()
        );
        assert_eq!(matching(&text, 3, "nistan"), [0, 1]);
    }

    #[test]
    fn a_row_outside_the_text_matches_nothing() {
        let text = SearchText::new(ROWS);
        assert!(!text.row_matches(3, &text.hits(&finders("kabul"))));
        assert!(!text.row_matches(3, &text.hits(&finders("zzz"))));
    }
}
