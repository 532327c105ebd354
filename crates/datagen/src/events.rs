//! Events: the key timeline and the three UCDP files, merged into one de-duplicated list.
//!
//! De-duplication rule (also in `data/README.md`):
//!
//! 1. A stratified-sample event whose GED `id` is also a `ged_id` of the GED 19.1 subset is one
//!    event: it keeps the 19.1 record (place, sides, side deaths) and takes the sample's type of
//!    violence, best estimate and civilian deaths, which the 19.1 subset lacks.
//! 2. A sample event dated 2020 is the same event as a row of the GED 23.1 2020 file when both
//!    have the same type of violence and coordinates (within 0.0001°) and the sample's date falls
//!    within that row's `date_start..=date_end`. Among several such rows the one with the same
//!    best estimate wins, then the one starting on the sample's date, then the first in the file.
//!    Each 2020 row is matched at most once. The 2020 row is kept and takes the sample's GED id.
//! 3. Everything else is kept as it is. The three pairs of identical 2020 rows are kept (they may
//!    be separate GED events; the file has no ids).

use std::collections::HashMap;

use serde::Deserialize;

use crate::geo::{self, Located};
use crate::load::{At, Loader};
use crate::model::{
    Collection, Date, DatePrecision, Event, EventDetail, EventKind, Province, Vocabulary,
};
use crate::parse::Cells;
use crate::table::{label, Row};

pub(crate) const TIMELINE: &str = "events_timeline.csv";
pub(crate) const GED191: &str = "events_ucdp_ged191_subset.csv";
pub(crate) const GED231: &str = "events_ucdp_ged231_2020.csv";
pub(crate) const SAMPLE: &str = "events_ucdp_sample.csv";

#[derive(Deserialize)]
struct RawKeyEvent {
    id: String,
    date: String,
    date_precision: String,
    description: String,
    category: String,
    source_id: String,
    where_read: String,
    note: String,
}

#[derive(Deserialize)]
struct RawGed191 {
    ged_id: String,
    year: String,
    date_start: String,
    date_end: String,
    side_a: String,
    side_b: String,
    adm_2: String,
    deaths_a: String,
    deaths_b: String,
    latitude: String,
    longitude: String,
    source_article: String,
    source_id: String,
    note: String,
}

#[derive(Deserialize)]
struct RawGed231 {
    year: String,
    date_start: String,
    date_end: String,
    type_of_violence_code: String,
    type_of_violence_label: String,
    side_a: String,
    side_b: String,
    where_coordinates: String,
    latitude: String,
    longitude: String,
    country: String,
    region: String,
    deaths_a: String,
    deaths_b: String,
    deaths_civilians: String,
    deaths_unknown: String,
    best: String,
    low: String,
    high: String,
    number_of_sources: String,
    source_article: String,
    source_office: String,
    source_date: String,
    source_id: String,
    note: String,
}

#[derive(Deserialize)]
struct RawSample {
    id: String,
    year: String,
    date: String,
    type_of_violence: String,
    conflict_id: String,
    latitude: String,
    longitude: String,
    best: String,
    civilian_deaths: String,
    combatant_deaths: String,
    country: String,
    source_id: String,
    note: String,
}

/// An event with where it was read and what it adds beyond `Event`.
#[derive(Debug, Clone)]
pub(crate) struct Candidate {
    pub at: At,
    pub event: Event,
    pub detail: EventDetail,
}

impl Candidate {
    fn new(at: At, event: Event) -> Self {
        let detail = EventDetail {
            id: event.id.clone(),
            category: String::new(),
            deaths_a: None,
            deaths_b: None,
            where_read: String::new(),
            note: String::new(),
        };
        Self { at, event, detail }
    }

    fn add_note(&mut self, note: &str) {
        if note.is_empty() {
            return;
        }
        if !self.detail.note.is_empty() {
            self.detail.note.push(' ');
        }
        self.detail.note.push_str(note);
    }
}

/// UCDP's type of violence from its code (1, 2, 3).
fn kind_from_code(code: &str) -> Option<EventKind> {
    match code {
        "1" => Some(EventKind::StateBased),
        "2" => Some(EventKind::NonState),
        "3" => Some(EventKind::OneSided),
        _ => None,
    }
}

/// The GED 19.1 subset has no type of violence: UCDP's definitions give it from the sides.
/// One-sided violence has `Civilians` as side B; state-based conflict has a government on a side;
/// anything else is non-state.
pub(crate) fn kind_from_sides(side_a: &str, side_b: &str) -> EventKind {
    if side_b == "Civilians" {
        EventKind::OneSided
    } else if side_a.starts_with("Government of") || side_b.starts_with("Government of") {
        EventKind::StateBased
    } else {
        EventKind::NonState
    }
}

/// The headline of the first article in a UCDP `source_article` cell
/// (`"Office,YYYY-MM-DD,Headline";"…"`), up to its first line break.
pub(crate) fn headline(source_article: &str) -> String {
    let text = source_article.trim_start_matches('"');
    let bytes = text.as_bytes();
    let start = (0..bytes.len()).find(|&i| {
        bytes[i] == b','
            && bytes.get(i + 11) == Some(&b',')
            && text
                .get(i + 1..i + 11)
                .is_some_and(|date| crate::parse::parse_date(date).is_some())
    });
    let rest = match start {
        Some(i) => &text[i + 12..],
        None => text,
    };
    let rest = rest.split("\";\"").next().unwrap_or(rest);
    let rest = rest.trim_end_matches('"');
    rest.lines().next().unwrap_or("").trim().to_string()
}

fn day_string(date: Date) -> String {
    format!("{:04}-{:02}-{:02}", date.year, date.month, date.day)
}

impl Loader<'_> {
    fn timeline(&mut self, out: &mut Vec<Candidate>) {
        let rows: Option<Vec<Row<RawKeyEvent>>> = crate::table::read(
            self.dir,
            TIMELINE,
            &[
                "id",
                "date",
                "date_precision",
                "description",
                "category",
                "source_id",
                "where_read",
                "note",
            ],
            &mut self.errors,
        );
        let file = label(TIMELINE);
        for Row { line, raw } in rows.unwrap_or_default() {
            let mut c = Cells::new(&file, line, &mut self.errors);
            let id = c.id("id", &raw.id);
            let date = c.date("date", &raw.date);
            let precision = c.word::<DatePrecision>("date_precision", &raw.date_precision);
            let description = c.required("description", &raw.description);
            let category = c.required("category", &raw.category);
            let source = c.source("source_id", &raw.source_id, self.sources.as_ref());
            let where_read = c.required("where_read", &raw.where_read);
            if let (Some((_, shape)), Some(precision)) = (date, precision) {
                if shape != precision {
                    c.error(
                        "date_precision",
                        format!(
                            "{:?} does not match date {:?} (written to the {})",
                            raw.date_precision,
                            raw.date,
                            word(shape)
                        ),
                    );
                    continue;
                }
            }
            let (
                Some(id),
                Some((date, precision)),
                Some(description),
                Some(category),
                Some(source),
                Some(where_read),
            ) = (id, date, description, category, source, where_read)
            else {
                continue;
            };
            let event = Event {
                id,
                date,
                precision,
                date_end: date,
                kind: EventKind::KeyEvent,
                collection: Collection::Timeline,
                place: String::new(),
                province: String::new(),
                province_derived: false,
                latitude: None,
                longitude: None,
                side_a: String::new(),
                side_b: String::new(),
                deaths_best: None,
                deaths_low: None,
                deaths_high: None,
                deaths_civilians: None,
                description,
                source,
            };
            let mut candidate = Candidate::new(
                At {
                    file: file.clone(),
                    line,
                },
                event,
            );
            candidate.detail.category = category;
            candidate.detail.where_read = where_read;
            candidate.add_note(&raw.note);
            out.push(candidate);
        }
    }

    /// Checks `date_start..=date_end` and that `year` is the start's year.
    fn date_range(c: &mut Cells<'_>, year: &str, start: &str, end: &str) -> Option<(Date, Date)> {
        let year = c.year("year", year);
        let start = c.day("date_start", start);
        let end = c.day("date_end", end);
        let (year, start, end) = (year?, start?, end?);
        if start.year != year {
            c.error(
                "year",
                format!("{year} is not the year of date_start {}", day_string(start)),
            );
            return None;
        }
        if end < start {
            c.error(
                "date_end",
                format!(
                    "{} is before date_start {}",
                    day_string(end),
                    day_string(start)
                ),
            );
            return None;
        }
        Some((start, end))
    }

    fn ged191(&mut self, out: &mut Vec<Candidate>) {
        let rows: Option<Vec<Row<RawGed191>>> = crate::table::read(
            self.dir,
            GED191,
            &[
                "ged_id",
                "year",
                "date_start",
                "date_end",
                "side_a",
                "side_b",
                "adm_2",
                "deaths_a",
                "deaths_b",
                "latitude",
                "longitude",
                "source_article",
                "source_id",
                "note",
            ],
            &mut self.errors,
        );
        let file = label(GED191);
        for Row { line, raw } in rows.unwrap_or_default() {
            let mut c = Cells::new(&file, line, &mut self.errors);
            let id = c.count("ged_id", &raw.ged_id).map(|_| raw.ged_id.clone());
            let dates = Self::date_range(&mut c, &raw.year, &raw.date_start, &raw.date_end);
            let side_a = c.required("side_a", &raw.side_a);
            let side_b = c.required("side_b", &raw.side_b);
            let deaths_a = c.count("deaths_a", &raw.deaths_a);
            let deaths_b = c.count("deaths_b", &raw.deaths_b);
            let latitude = c.coordinate("latitude", &raw.latitude, 90.0);
            let longitude = c.coordinate("longitude", &raw.longitude, 180.0);
            let source = c.source("source_id", &raw.source_id, self.sources.as_ref());
            let (
                Some(id),
                Some((date, date_end)),
                Some(side_a),
                Some(side_b),
                Some(deaths_a),
                Some(deaths_b),
                Some(latitude),
                Some(longitude),
                Some(source),
            ) = (
                id, dates, side_a, side_b, deaths_a, deaths_b, latitude, longitude, source,
            )
            else {
                continue;
            };
            let event = Event {
                id,
                date,
                precision: DatePrecision::Day,
                date_end,
                kind: kind_from_sides(&side_a, &side_b),
                collection: Collection::UcdpGed191Subset2001To2018,
                place: raw.adm_2,
                province: String::new(),
                province_derived: false,
                latitude: Some(latitude),
                longitude: Some(longitude),
                side_a,
                side_b,
                deaths_best: None,
                deaths_low: None,
                deaths_high: None,
                deaths_civilians: None,
                description: headline(&raw.source_article),
                source,
            };
            let mut candidate = Candidate::new(
                At {
                    file: file.clone(),
                    line,
                },
                event,
            );
            candidate.detail.deaths_a = Some(deaths_a);
            candidate.detail.deaths_b = Some(deaths_b);
            candidate.add_note(&raw.note);
            out.push(candidate);
        }
    }

    fn ged231(&mut self, out: &mut Vec<Candidate>) {
        let rows: Option<Vec<Row<RawGed231>>> = crate::table::read(
            self.dir,
            GED231,
            &[
                "year",
                "date_start",
                "date_end",
                "type_of_violence_code",
                "type_of_violence_label",
                "side_a",
                "side_b",
                "where_coordinates",
                "latitude",
                "longitude",
                "country",
                "region",
                "deaths_a",
                "deaths_b",
                "deaths_civilians",
                "deaths_unknown",
                "best",
                "low",
                "high",
                "number_of_sources",
                "source_article",
                "source_office",
                "source_date",
                "source_id",
                "note",
            ],
            &mut self.errors,
        );
        let file = label(GED231);
        for (index, Row { line, raw }) in rows.unwrap_or_default().into_iter().enumerate() {
            let mut c = Cells::new(&file, line, &mut self.errors);
            let dates = Self::date_range(&mut c, &raw.year, &raw.date_start, &raw.date_end);
            let kind = kind_from_code(&raw.type_of_violence_code);
            let expected_label = match kind {
                Some(EventKind::StateBased) => "State",
                Some(EventKind::NonState) => "Non-State",
                Some(EventKind::OneSided) => "One-Sided",
                _ => "",
            };
            if kind.is_none() {
                c.error(
                    "type_of_violence_code",
                    format!(
                        "{:?} is not a UCDP type of violence (1, 2 or 3)",
                        raw.type_of_violence_code
                    ),
                );
            } else if raw.type_of_violence_label != expected_label {
                c.error(
                    "type_of_violence_label",
                    format!(
                        "{:?} does not match code {} ({expected_label})",
                        raw.type_of_violence_label, raw.type_of_violence_code
                    ),
                );
            }
            let side_a = c.required("side_a", &raw.side_a);
            let side_b = c.required("side_b", &raw.side_b);
            let latitude = c.coordinate("latitude", &raw.latitude, 90.0);
            let longitude = c.coordinate("longitude", &raw.longitude, 180.0);
            let deaths_a = c.count("deaths_a", &raw.deaths_a);
            let deaths_b = c.count("deaths_b", &raw.deaths_b);
            let civilians = c.count("deaths_civilians", &raw.deaths_civilians);
            let unknown = c.count("deaths_unknown", &raw.deaths_unknown);
            let best = c.count("best", &raw.best);
            let low = c.count("low", &raw.low);
            let high = c.count("high", &raw.high);
            c.count("number_of_sources", &raw.number_of_sources);
            c.required("country", &raw.country);
            c.required("region", &raw.region);
            c.required("source_office", &raw.source_office);
            for day in raw.source_date.split(';') {
                c.day("source_date", day.trim());
            }
            let source = c.source("source_id", &raw.source_id, self.sources.as_ref());
            if let (Some(a), Some(b), Some(civ), Some(unk), Some(best)) =
                (deaths_a, deaths_b, civilians, unknown, best)
            {
                let sum = u64::from(a) + u64::from(b) + u64::from(civ) + u64::from(unk);
                if sum != u64::from(best) && !raw.note.contains(&sum.to_string()) {
                    c.error(
                        "best",
                        format!(
                            "deaths_a + deaths_b + deaths_civilians + deaths_unknown add up to {sum}, not {best}; fix the row or record the difference in note (mention {sum})"
                        ),
                    );
                    continue;
                }
            }
            let (
                Some((date, date_end)),
                Some(kind),
                Some(side_a),
                Some(side_b),
                Some(latitude),
                Some(longitude),
                Some(best),
                Some(low),
                Some(high),
                Some(civilians),
                Some(source),
            ) = (
                dates, kind, side_a, side_b, latitude, longitude, best, low, high, civilians,
                source,
            )
            else {
                continue;
            };
            let event = Event {
                id: format!("ged231-2020-{:04}", index + 1),
                date,
                precision: DatePrecision::Day,
                date_end,
                kind,
                collection: Collection::UcdpGed231Year2020,
                place: raw.where_coordinates,
                province: String::new(),
                province_derived: false,
                latitude: Some(latitude),
                longitude: Some(longitude),
                side_a,
                side_b,
                deaths_best: Some(best),
                deaths_low: Some(low),
                deaths_high: Some(high),
                deaths_civilians: Some(civilians),
                description: headline(&raw.source_article),
                source,
            };
            let mut candidate = Candidate::new(
                At {
                    file: file.clone(),
                    line,
                },
                event,
            );
            candidate.add_note(&raw.note);
            out.push(candidate);
        }
    }

    fn sample(&mut self, out: &mut Vec<Candidate>) {
        let rows: Option<Vec<Row<RawSample>>> = crate::table::read(
            self.dir,
            SAMPLE,
            &[
                "id",
                "year",
                "date",
                "type_of_violence",
                "conflict_id",
                "latitude",
                "longitude",
                "best",
                "civilian_deaths",
                "combatant_deaths",
                "country",
                "source_id",
                "note",
            ],
            &mut self.errors,
        );
        let file = label(SAMPLE);
        for Row { line, raw } in rows.unwrap_or_default() {
            let mut c = Cells::new(&file, line, &mut self.errors);
            let id = c.count("id", &raw.id).map(|_| raw.id.clone());
            let year = c.year("year", &raw.year);
            let date = c.day("date", &raw.date);
            if let (Some(year), Some(date)) = (year, date) {
                if date.year != year {
                    c.error(
                        "year",
                        format!("{year} is not the year of date {}", raw.date),
                    );
                    continue;
                }
            }
            let kind = kind_from_code(&raw.type_of_violence);
            if kind.is_none() {
                c.error(
                    "type_of_violence",
                    format!(
                        "{:?} is not a UCDP type of violence (1, 2 or 3)",
                        raw.type_of_violence
                    ),
                );
            }
            c.count("conflict_id", &raw.conflict_id);
            let latitude = c.coordinate("latitude", &raw.latitude, 90.0);
            let longitude = c.coordinate("longitude", &raw.longitude, 180.0);
            let best = c.count("best", &raw.best);
            let civilians = c.count("civilian_deaths", &raw.civilian_deaths);
            c.count("combatant_deaths", &raw.combatant_deaths);
            c.required("country", &raw.country);
            let source = c.source("source_id", &raw.source_id, self.sources.as_ref());
            let (
                Some(id),
                Some(date),
                Some(kind),
                Some(latitude),
                Some(longitude),
                Some(best),
                Some(civilians),
                Some(source),
            ) = (id, date, kind, latitude, longitude, best, civilians, source)
            else {
                continue;
            };
            let event = Event {
                id,
                date,
                precision: DatePrecision::Day,
                date_end: date,
                kind,
                collection: Collection::UcdpSample1989To2022,
                place: String::new(),
                province: String::new(),
                province_derived: false,
                latitude: Some(latitude),
                longitude: Some(longitude),
                side_a: String::new(),
                side_b: String::new(),
                deaths_best: Some(best),
                deaths_low: None,
                deaths_high: None,
                deaths_civilians: Some(civilians),
                description: String::new(),
                source,
            };
            let mut candidate = Candidate::new(
                At {
                    file: file.clone(),
                    line,
                },
                event,
            );
            candidate.add_note(&raw.note);
            out.push(candidate);
        }
    }

    /// Reads the four event files, merges duplicates, derives provinces and checks ids.
    pub(crate) fn events(
        &mut self,
        provinces: &[Province],
    ) -> (Vec<Event>, Vec<EventDetail>, usize) {
        let mut timeline = Vec::new();
        let mut ged191 = Vec::new();
        let mut ged231 = Vec::new();
        let mut sample = Vec::new();
        self.timeline(&mut timeline);
        self.ged191(&mut ged191);
        self.ged231(&mut ged231);
        self.sample(&mut sample);

        let merged = merge(ged191, ged231, sample);
        let mut all: Vec<Candidate> = timeline.into_iter().chain(merged).collect();

        let mut first: HashMap<String, At> = HashMap::new();
        let mut unique = Vec::with_capacity(all.len());
        for candidate in all.drain(..) {
            if let Some(at) = first.get(&candidate.event.id) {
                let column = match candidate.event.collection {
                    Collection::Timeline => "id",
                    Collection::UcdpGed191Subset2001To2018 => "ged_id",
                    Collection::UcdpSample1989To2022 => "id",
                    Collection::UcdpGed231Year2020 => "(row)",
                };
                self.errors.at(
                    &candidate.at.file,
                    candidate.at.line,
                    column,
                    format!(
                        "duplicate event id {:?} (first on {}:{})",
                        candidate.event.id, at.file, at.line
                    ),
                );
                continue;
            }
            first.insert(candidate.event.id.clone(), candidate.at.clone());
            unique.push(candidate);
        }

        let mut outside = 0;
        for candidate in &mut unique {
            let event = &mut candidate.event;
            let (Some(lat), Some(lon)) = (event.latitude, event.longitude) else {
                continue;
            };
            if let Some(located) = geo::locate(provinces, lon, lat) {
                event.province = provinces[located.index()].name.clone();
                event.province_derived = true;
                if let Located::Nearest(_) = located {
                    outside += 1;
                }
            }
        }

        unique.sort_by(|a, b| {
            (
                a.event.date,
                a.event.date_end,
                a.event.collection,
                &a.event.id,
            )
                .cmp(&(
                    b.event.date,
                    b.event.date_end,
                    b.event.collection,
                    &b.event.id,
                ))
        });
        let details = unique
            .iter()
            .filter(|c| {
                !c.detail.category.is_empty()
                    || c.detail.deaths_a.is_some()
                    || c.detail.deaths_b.is_some()
                    || !c.detail.where_read.is_empty()
                    || !c.detail.note.is_empty()
            })
            .map(|c| c.detail.clone())
            .collect();
        let events = unique.into_iter().map(|c| c.event).collect();
        (events, details, outside)
    }
}

fn word(precision: DatePrecision) -> &'static str {
    DatePrecision::WORDS
        .iter()
        .find(|(_, p)| *p == precision)
        .map_or("?", |(word, _)| word)
}

const SAME_PLACE: f64 = 1e-4;

/// Applies the de-duplication rule of this module's documentation.
pub(crate) fn merge(
    mut ged191: Vec<Candidate>,
    mut ged231: Vec<Candidate>,
    sample: Vec<Candidate>,
) -> Vec<Candidate> {
    let by_id: HashMap<String, usize> = ged191
        .iter()
        .enumerate()
        .map(|(i, c)| (c.event.id.clone(), i))
        .collect();
    let mut matched = vec![false; ged231.len()];
    let mut kept_samples = Vec::new();
    for sample in sample {
        let s = &sample.event;
        if let Some(&i) = by_id.get(&s.id) {
            let base = &mut ged191[i];
            let mut note = String::from(
                "Also in the UCDP GED stratified sample (same GED id): type of violence, best \
                 estimate and civilian deaths come from the sample; place, sides and side deaths \
                 from GED 19.1.",
            );
            if base.event.date != s.date
                || base.event.latitude != s.latitude
                || base.event.longitude != s.longitude
            {
                note.push_str(" The sample gives a different date or coordinates.");
            }
            base.event.kind = s.kind;
            base.event.deaths_best = s.deaths_best;
            base.event.deaths_civilians = s.deaths_civilians;
            base.add_note(&note);
            base.add_note(&sample.detail.note);
            continue;
        }
        if s.date.year == 2020 {
            let near = |a: Option<f64>, b: Option<f64>| match (a, b) {
                (Some(a), Some(b)) => (a - b).abs() <= SAME_PLACE,
                _ => false,
            };
            let best_match = ged231
                .iter()
                .enumerate()
                .filter(|(i, c)| {
                    !matched[*i]
                        && c.event.kind == s.kind
                        && near(c.event.latitude, s.latitude)
                        && near(c.event.longitude, s.longitude)
                        && c.event.date <= s.date
                        && s.date <= c.event.date_end
                })
                .min_by_key(|(i, c)| {
                    (
                        c.event.deaths_best != s.deaths_best,
                        c.event.date != s.date,
                        *i,
                    )
                })
                .map(|(i, _)| i);
            if let Some(i) = best_match {
                matched[i] = true;
                let base = &mut ged231[i];
                let mut note = format!(
                    "Also in the UCDP GED stratified sample as GED id {}; this GED 23.1 record is \
                     kept and takes that id.",
                    s.id
                );
                if base.event.deaths_best != s.deaths_best {
                    if let Some(best) = s.deaths_best {
                        note.push_str(&format!(" The sample gives best {best}."));
                    }
                }
                base.event.id = s.id.clone();
                base.detail.id = s.id.clone();
                base.add_note(&note);
                base.add_note(&sample.detail.note);
                continue;
            }
        }
        kept_samples.push(sample);
    }
    ged191
        .into_iter()
        .chain(ged231)
        .chain(kept_samples)
        .map(|mut c| {
            c.detail.id = c.event.id.clone();
            c
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headlines() {
        assert_eq!(
            headline(
                "\"Bakhtar News Agency,2020-01-02,Taliban Insurgents Killed in Kandahar Strike\""
            ),
            "Taliban Insurgents Killed in Kandahar Strike"
        );
        assert_eq!(
            headline("\"Pajhwok News,2020-01-01,11 killed, 16 wounded in Faryab clashes\";\"Xinhua,2020-01-02,Other\""),
            "11 killed, 16 wounded in Faryab clashes"
        );
        assert_eq!(
            headline("\"NYTimes.com Feed,2020-06-04,Afghan War Casualty Report: June 2020\n\nAU \t\nFahim Abed\""),
            "Afghan War Casualty Report: June 2020"
        );
        assert_eq!(headline("no structure"), "no structure");
    }

    #[test]
    fn kinds_from_sides() {
        assert_eq!(
            kind_from_sides("Government of Afghanistan", "Taleban"),
            EventKind::StateBased
        );
        assert_eq!(kind_from_sides("IS", "Taleban"), EventKind::NonState);
        assert_eq!(kind_from_sides("Taleban", "Civilians"), EventKind::OneSided);
    }
}
