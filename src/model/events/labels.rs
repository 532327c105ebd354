//! Words for kinds, collections, coverage, dates and death counts, as a reader sees them.

use crate::dataset::{Collection, Event, EventKind};
use crate::model::dates::date_text;

/// Every kind, in the order the filters list them.
pub const KINDS: [EventKind; 4] = [
    EventKind::StateBased,
    EventKind::NonState,
    EventKind::OneSided,
    EventKind::KeyEvent,
];

/// Every collection, oldest coverage first.
pub const COLLECTIONS: [Collection; 4] = [
    Collection::UcdpGed231Year2020,
    Collection::UcdpGed191Subset2001To2018,
    Collection::UcdpSample1989To2022,
    Collection::Timeline,
];

/// The value of a kind in `ev.type`, e.g. `one-sided`.
pub fn kind_slug(kind: EventKind) -> &'static str {
    match kind {
        EventKind::StateBased => "state-based",
        EventKind::NonState => "non-state",
        EventKind::OneSided => "one-sided",
        EventKind::KeyEvent => "key-event",
    }
}

/// The kind named by `slug`, if any.
pub fn kind_from_slug(slug: &str) -> Option<EventKind> {
    KINDS.into_iter().find(|kind| kind_slug(*kind) == slug)
}

/// A kind as the filters and the list name it.
pub fn kind_label(kind: EventKind) -> &'static str {
    match kind {
        EventKind::StateBased => "State-based",
        EventKind::NonState => "Non-state",
        EventKind::OneSided => "One-sided (against civilians)",
        EventKind::KeyEvent => "Key event",
    }
}

/// A kind in a few letters, for list rows.
pub fn kind_short_label(kind: EventKind) -> &'static str {
    match kind {
        EventKind::OneSided => "One-sided",
        other => kind_label(other),
    }
}

/// A short name of the collection an event was copied from.
pub fn collection_label(collection: Collection) -> &'static str {
    match collection {
        Collection::Timeline => "Key events timeline",
        Collection::UcdpGed231Year2020 => "UCDP GED 23.1",
        Collection::UcdpSample1989To2022 => "UCDP GED sample",
        Collection::UcdpGed191Subset2001To2018 => "UCDP GED 19.1 subset",
    }
}

/// A stable name of the collection for exports, e.g. `ucdp-ged231-2020`.
pub fn collection_slug(collection: Collection) -> &'static str {
    match collection {
        Collection::Timeline => "timeline",
        Collection::UcdpGed231Year2020 => "ucdp-ged231-2020",
        Collection::UcdpSample1989To2022 => "ucdp-sample-1989-2022",
        Collection::UcdpGed191Subset2001To2018 => "ucdp-ged191-subset-2001-2018",
    }
}

/// What the collection covers, in a few words (shown under each row's source).
pub fn collection_scope(collection: Collection) -> &'static str {
    match collection {
        Collection::Timeline => "selected events",
        Collection::UcdpGed231Year2020 => "all of 2020",
        Collection::UcdpSample1989To2022 => "a sample, 1989–2022",
        Collection::UcdpGed191Subset2001To2018 => ">10 government-side deaths",
    }
}

/// What a reader must know before counting events of this collection.
pub fn coverage_note(collection: Collection) -> &'static str {
    match collection {
        Collection::UcdpGed231Year2020 => {
            "Only 2020 is complete: every UCDP GED 23.1 event in Afghanistan that year."
        }
        Collection::UcdpSample1989To2022 => {
            "1989–2022 is a sample: UCDP's stratified sample of its events, not a complete list."
        }
        Collection::UcdpGed191Subset2001To2018 => {
            "2001–2018 holds only events with more than 10 government-side deaths (a UCDP GED 19.1 subset)."
        }
        Collection::Timeline => {
            "Key events are the project's timeline from news agency timelines; they have no death counts or places."
        }
    }
}

/// The event's date at the precision known; a span adds its last day ("21–23 Mar 2020").
pub fn date_span_text(event: &Event) -> String {
    let start = date_text(&event.date, event.precision);
    if event.date_end <= event.date {
        return start;
    }
    let end = date_text(&event.date_end, event.precision);
    let same_month =
        event.date.year == event.date_end.year && event.date.month == event.date_end.month;
    match start.split_once(' ') {
        Some((day, _)) if same_month && day.bytes().all(|b| b.is_ascii_digit()) => {
            format!("{day}–{end}")
        }
        _ if start == end => start,
        _ => format!("{start} – {end}"),
    }
}

/// "Side A – side B", or empty when the source names neither.
pub fn sides_text(event: &Event) -> String {
    match (event.side_a.is_empty(), event.side_b.is_empty()) {
        (true, true) => String::new(),
        (false, true) => event.side_a.to_string(),
        (true, false) => event.side_b.to_string(),
        (false, false) => format!("{} – {}", event.side_a, event.side_b),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::{Date, DatePrecision};

    fn event_on(start: (i32, u8, u8), end: (i32, u8, u8), precision: DatePrecision) -> Event {
        let date = |(year, month, day)| Date { year, month, day };
        let mut event = crate::dataset::EVENTS[0];
        event.date = date(start);
        event.date_end = date(end);
        event.precision = precision;
        event
    }

    #[test]
    fn kinds_round_trip_through_slugs() {
        for kind in KINDS {
            assert_eq!(kind_from_slug(kind_slug(kind)), Some(kind));
        }
        assert_eq!(kind_from_slug("battle"), None);
    }

    #[test]
    fn spans_shorten_within_a_month() {
        let day = DatePrecision::Day;
        assert_eq!(
            date_span_text(&event_on((2020, 3, 21), (2020, 3, 23), day)),
            "21–23 Mar 2020"
        );
        assert_eq!(
            date_span_text(&event_on((2020, 3, 21), (2020, 3, 21), day)),
            "21 Mar 2020"
        );
        assert_eq!(
            date_span_text(&event_on((2020, 3, 30), (2020, 4, 2), day)),
            "30 Mar 2020 – 2 Apr 2020"
        );
        let year = DatePrecision::Year;
        assert_eq!(
            date_span_text(&event_on((1980, 1, 1), (1980, 1, 1), year)),
            "1980"
        );
    }
}
