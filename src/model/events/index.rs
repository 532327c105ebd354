//! Indexes over the events, built once: the fields filters test packed into one compact array
//! read front to back (cache-friendly), the search text stored once per distinct value (see
//! `search_text`), and one precomputed ordering per sort key, so a keystroke never sorts.

use std::collections::HashMap;

use super::fold::fold_text;
use super::ranking::Ranking;
use super::search_text::SearchText;
use crate::dataset::{Collection, Date, Event, EventDetail, EventKind};

/// Position of an event in the slice the index was built from.
pub type RowId = u32;

/// One event with what display needs beyond `Event`, computed once.
#[derive(Debug, Clone)]
pub struct IndexedEvent<'a> {
    pub event: &'a Event,
    /// What the event has beyond `Event` (category, side deaths), if anything.
    pub detail: Option<&'a EventDetail>,
    /// Deaths used to filter and sort: the best estimate, else side A + side B where the
    /// source gives only those (the GED 19.1 subset); `None` when no count is published.
    pub deaths: Option<u32>,
    /// True when `deaths` is the sum of the sides' deaths rather than a best estimate.
    pub deaths_from_sides: bool,
    /// Index into [`EventIndex::provinces`]; `None` without a known province.
    pub province_id: Option<u16>,
}

/// The fields every filter tests, copied out of `Event` so a pass over all events stays in a
/// few cache lines per dozen events.
#[derive(Debug, Clone, Copy)]
pub(super) struct HotRow {
    pub date: Date,
    pub deaths: Option<u32>,
    pub province_id: Option<u16>,
    pub kind: EventKind,
    pub collection: Collection,
}

/// The events with their indexes: one row per event, and one ordering per sort key.
#[derive(Debug, Clone)]
pub struct EventIndex<'a> {
    pub(super) rows: Vec<IndexedEvent<'a>>,
    pub(super) hot: Vec<HotRow>,
    /// Longitude and latitude of each event, where known, for the map.
    coordinates: Vec<Option<(f32, f32)>>,
    /// Description, place and sides of every event, folded, for the text search.
    pub(super) search: SearchText,
    pub(super) provinces: Vec<&'a str>,
    /// Ascending by (start date, input position); every event has a date.
    pub(super) by_date: Vec<RowId>,
    /// Start dates in `by_date` order, for binary search on date bounds.
    pub(super) sorted_dates: Vec<Date>,
    pub(super) by_deaths: Ranking,
    pub(super) by_place: Ranking,
}

impl<'a> EventIndex<'a> {
    /// Indexes `events` (at most `u32::MAX`). `details` may list any events; `provinces` are
    /// the names `Event::province` uses, in the order summaries list them.
    pub fn new(
        events: &'a [Event],
        details: &'a [EventDetail],
        provinces: &[&'a str],
    ) -> EventIndex<'a> {
        let details: HashMap<&str, &EventDetail> =
            details.iter().map(|detail| (detail.id, detail)).collect();
        let province_ids: HashMap<&str, u16> = provinces
            .iter()
            .enumerate()
            .filter_map(|(i, name)| Some((*name, u16::try_from(i).ok()?)))
            .collect();
        let events = events.get(..RowId::MAX as usize).unwrap_or(events);
        let rows: Vec<IndexedEvent> = events
            .iter()
            .map(|event| index_event(event, details.get(event.id).copied(), &province_ids))
            .collect();
        let hot = rows
            .iter()
            .map(|row| HotRow {
                date: row.event.date,
                deaths: row.deaths,
                province_id: row.province_id,
                kind: row.event.kind,
                collection: row.event.collection,
            })
            .collect();
        // f32 keeps a metre's precision here and halves the array the map reads.
        let coordinates = rows
            .iter()
            .map(|row| Some((row.event.longitude? as f32, row.event.latitude? as f32)))
            .collect();
        let search = SearchText::new(rows.iter().map(|row| {
            let e = row.event;
            [e.description, e.place, e.side_a, e.side_b]
        }));

        let ids = || (0..rows.len()).filter_map(|i| RowId::try_from(i).ok());
        let date_of = |id: RowId| rows.get(id as usize).map(|row| row.event.date);
        let mut by_date: Vec<RowId> = ids().collect();
        by_date.sort_by_key(|id| (date_of(*id), *id));
        let sorted_dates = by_date.iter().filter_map(|id| date_of(*id)).collect();

        let deaths_of = |id: RowId| rows.get(id as usize).and_then(|row| row.deaths);
        let mut by_deaths = Ranking::new(ids(), |id| deaths_of(id).is_some());
        by_deaths
            .ranked
            .sort_by_key(|id| (deaths_of(*id), date_of(*id), *id));

        let place_keys: Vec<String> = rows.iter().map(place_key).collect();
        let key_of = |id: RowId| place_keys.get(id as usize).map_or("", String::as_str);
        let mut by_place = Ranking::new(ids(), |id| !key_of(id).is_empty());
        by_place
            .ranked
            .sort_by(|a, b| (key_of(*a), date_of(*a), a).cmp(&(key_of(*b), date_of(*b), b)));
        // Events with neither place nor province (key events) come last, newest first.
        by_place
            .unranked
            .sort_by_key(|id| std::cmp::Reverse(date_of(*id)));

        EventIndex {
            rows,
            hot,
            coordinates,
            search,
            provinces: provinces.to_vec(),
            by_date,
            sorted_dates,
            by_deaths,
            by_place,
        }
    }

    /// Number of indexed events.
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// True when no event was indexed.
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// The event at `id`, if any.
    pub fn row(&self, id: RowId) -> Option<&IndexedEvent<'a>> {
        self.rows.get(id as usize)
    }

    /// Longitude and latitude of the event at `id`, if it has coordinates.
    pub fn lonlat(&self, id: RowId) -> Option<(f64, f64)> {
        let (lon, lat) = (*self.coordinates.get(id as usize)?)?;
        Some((f64::from(lon), f64::from(lat)))
    }

    /// Deaths of the event at `id` as filters use them (see [`IndexedEvent::deaths`]).
    pub fn deaths(&self, id: RowId) -> Option<u32> {
        self.hot.get(id as usize)?.deaths
    }

    /// Province names, in the order given to [`EventIndex::new`].
    pub fn provinces(&self) -> &[&'a str] {
        &self.provinces
    }

    /// The province name of an event, if it has a known one.
    pub fn province_name(&self, row: &IndexedEvent) -> Option<&'a str> {
        row.province_id
            .and_then(|id| self.provinces.get(usize::from(id)).copied())
    }
}

fn index_event<'a>(
    event: &'a Event,
    detail: Option<&'a EventDetail>,
    province_ids: &HashMap<&str, u16>,
) -> IndexedEvent<'a> {
    let side_sum = detail.and_then(|d| match (d.deaths_a, d.deaths_b) {
        (None, None) => None,
        (a, b) => Some(a.unwrap_or(0).saturating_add(b.unwrap_or(0))),
    });
    IndexedEvent {
        event,
        detail,
        deaths: event.deaths_best.or(side_sum),
        deaths_from_sides: event.deaths_best.is_none() && side_sum.is_some(),
        province_id: province_ids.get(event.province).copied(),
    }
}

/// What "sort by place" compares: the place, or the province where no place is named.
fn place_key(row: &IndexedEvent) -> String {
    let place = row.event.place.trim();
    fold_text(if place.is_empty() {
        row.event.province.trim()
    } else {
        place
    })
}
