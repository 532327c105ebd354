//! Loading every data file into typed records, with the checks that need only one file.
//!
//! Cross-file checks (series declared, totals against their parts, UNHCR host sums, figure and
//! claim references) live in [`crate::checks`]; events in [`crate::events`].

use std::collections::{HashMap, HashSet};
use std::path::Path;

use serde::Deserialize;

use crate::error::Errors;
use crate::model::{
    Claim, CountryCount, Figure, HostCountryYear, Period, Point, Series, Source, Status, Topic,
    Unit, Verdict,
};
use crate::parse::Cells;
use crate::table::{self, label, Row};

pub(crate) const SOURCES: &str = "sources.csv";
pub(crate) const SERIES: &str = "series.csv";
pub(crate) const FIGURES: &str = "figures.csv";
pub(crate) const CLAIMS: &str = "claims.csv";
pub(crate) const UNAMA: &str = "casualties_unama.csv";
pub(crate) const COALITION_BY_YEAR: &str = "casualties_coalition_by_year.csv";
pub(crate) const COALITION_BY_COUNTRY: &str = "casualties_coalition_by_country.csv";
pub(crate) const UNHCR_BY_YEAR: &str = "displacement_unhcr_by_year.csv";
pub(crate) const UNHCR_BY_HOST: &str = "displacement_unhcr_by_host.csv";
/// Files of points in long form: one row per series and period.
pub(crate) const POINT_FILES: [&str; 4] = [
    "spending_series.csv",
    "casualties_series.csv",
    "displacement_series.csv",
    "context_series.csv",
];

/// Where a record was read: file label and line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct At {
    pub file: String,
    pub line: usize,
}

/// A point on its way to its series, with the cell it came from.
#[derive(Debug, Clone)]
pub(crate) struct PendingPoint {
    pub series: String,
    pub at: At,
    pub column: String,
    pub point: Point,
}

/// A row whose stated total must agree with its parts (or say why not in its note).
#[derive(Debug, Clone)]
pub(crate) struct StatedTotal {
    pub at: At,
    pub column: String,
    pub parts: String,
    pub parts_sum: f64,
    pub total: f64,
    pub note: String,
}

/// A part of a figure's stated total, as written in the `parts` column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum PartRef {
    Figure(String),
    Series {
        id: String,
        range: Option<(String, String)>,
    },
    CoalitionByCountry,
}

/// Everything read from the CSV files, before cross-file checks.
#[derive(Debug, Default)]
pub(crate) struct Loaded {
    pub sources: Vec<Source>,
    pub series: Vec<(At, Series)>,
    pub points: Vec<PendingPoint>,
    pub totals: Vec<StatedTotal>,
    pub figures: Vec<(At, Figure, Vec<PartRef>)>,
    pub claims: Vec<(At, Claim)>,
    pub coalition_by_country: Vec<CountryCount>,
    pub unhcr_by_year: Vec<(At, UnhcrYear)>,
    pub refugees_by_host: Vec<HostCountryYear>,
    /// Every series id written in `series.csv`, valid row or not.
    pub seen_series: HashSet<String>,
    /// Every figure id written in `figures.csv`, valid row or not.
    pub seen_figures: HashSet<String>,
}

/// One row of `displacement_unhcr_by_year.csv`, kept for the check against the host rows.
#[derive(Debug, Clone)]
pub(crate) struct UnhcrYear {
    pub year: i32,
    pub counts: [(&'static str, u32); 7],
    pub note: String,
}

pub(crate) struct Loader<'a> {
    pub dir: &'a Path,
    pub errors: Errors,
    /// Ids of `data/sources.csv`; `None` when it could not be read.
    pub sources: Option<HashSet<String>>,
    pub loaded: Loaded,
}

#[derive(Deserialize)]
struct RawSource {
    id: String,
    publisher: String,
    document: String,
    date: String,
    where_read: String,
    licence: String,
    caveats: String,
}

#[derive(Deserialize)]
struct RawSeries {
    id: String,
    topic: String,
    label: String,
    description: String,
    unit: String,
    file: String,
}

#[derive(Deserialize)]
struct RawPoint {
    series_id: String,
    period: String,
    value: String,
    status: String,
    source_id: String,
    note: String,
}

#[derive(Deserialize)]
struct RawUnama {
    period: String,
    civilians_killed: String,
    civilians_injured: String,
    total_civilian_casualties: String,
    status: String,
    source_id: String,
    note: String,
}

#[derive(Deserialize)]
struct RawCoalitionYear {
    year: String,
    united_states: String,
    united_kingdom: String,
    other_nations: String,
    all_coalition: String,
    status: String,
    source_id: String,
    note: String,
}

#[derive(Deserialize)]
struct RawCountry {
    country: String,
    deaths: String,
    population_millions: String,
    source_id: String,
    note: String,
}

#[derive(Deserialize)]
struct RawUnhcrYear {
    year: String,
    refugees: String,
    asylum_seekers: String,
    idps: String,
    returned_refugees: String,
    returned_idps: String,
    refugees_in_pakistan: String,
    refugees_in_iran: String,
    status: String,
    source_id: String,
    note: String,
}

#[derive(Deserialize)]
struct RawHost {
    year: String,
    country: String,
    iso: String,
    refugees: String,
    asylum_seekers: String,
    returned_refugees: String,
    idps: String,
    returned_idps: String,
    status: String,
    source_id: String,
    note: String,
}

#[derive(Deserialize)]
struct RawFigure {
    id: String,
    topic: String,
    label: String,
    value: String,
    value_high: String,
    unit: String,
    as_of: String,
    status: String,
    source_id: String,
    parts: String,
    note: String,
}

#[derive(Deserialize)]
struct RawClaim {
    number: String,
    quote: String,
    verdict: String,
    verdict_label: String,
    sources_say: String,
    source_ids: String,
    figure_ids: String,
}

/// Series filled from the columns of the wide tables: (file, column, series id).
pub(crate) const WIDE_SERIES: &[(&str, &str, &str)] = &[
    (UNAMA, "civilians_killed", "unama-civilians-killed"),
    (UNAMA, "civilians_injured", "unama-civilians-injured"),
    (
        UNAMA,
        "total_civilian_casualties",
        "unama-civilian-casualties",
    ),
    (COALITION_BY_YEAR, "united_states", "coalition-deaths-us"),
    (COALITION_BY_YEAR, "united_kingdom", "coalition-deaths-uk"),
    (COALITION_BY_YEAR, "other_nations", "coalition-deaths-other"),
    (COALITION_BY_YEAR, "all_coalition", "coalition-deaths-total"),
    (UNHCR_BY_YEAR, "refugees", "unhcr-refugees"),
    (UNHCR_BY_YEAR, "asylum_seekers", "unhcr-asylum-seekers"),
    (UNHCR_BY_YEAR, "idps", "unhcr-idps"),
    (
        UNHCR_BY_YEAR,
        "returned_refugees",
        "unhcr-returned-refugees",
    ),
    (UNHCR_BY_YEAR, "returned_idps", "unhcr-returned-idps"),
    (
        UNHCR_BY_YEAR,
        "refugees_in_pakistan",
        "unhcr-refugees-pakistan",
    ),
    (UNHCR_BY_YEAR, "refugees_in_iran", "unhcr-refugees-iran"),
];

fn wide_series(file: &str, column: &str) -> &'static str {
    WIDE_SERIES
        .iter()
        .find(|(f, c, _)| *f == file && *c == column)
        .map_or("", |(_, _, id)| id)
}

/// Splits a `;`-separated list, trimming each item and dropping empty ones.
pub(crate) fn split_list(value: &str) -> Vec<String> {
    value
        .split(';')
        .map(str::trim)
        .filter(|item| !item.is_empty())
        .map(str::to_string)
        .collect()
}

impl<'a> Loader<'a> {
    pub(crate) fn new(dir: &'a Path) -> Self {
        Self {
            dir,
            errors: Errors::default(),
            sources: None,
            loaded: Loaded::default(),
        }
    }

    fn read<T: for<'de> Deserialize<'de>>(&mut self, name: &str, columns: &[&str]) -> Vec<Row<T>> {
        table::read(self.dir, name, columns, &mut self.errors).unwrap_or_default()
    }

    fn push_point(&mut self, file: &str, line: usize, column: &str, series: &str, point: Point) {
        self.loaded.points.push(PendingPoint {
            series: series.to_string(),
            at: At {
                file: file.to_string(),
                line,
            },
            column: column.to_string(),
            point,
        });
    }

    pub(crate) fn sources(&mut self) {
        let rows: Option<Vec<Row<RawSource>>> = table::read(
            self.dir,
            SOURCES,
            &[
                "id",
                "publisher",
                "document",
                "date",
                "where_read",
                "licence",
                "caveats",
            ],
            &mut self.errors,
        );
        let Some(rows) = rows else { return };
        let file = label(SOURCES);
        let mut seen: HashMap<String, usize> = HashMap::new();
        for Row { line, raw } in rows {
            let mut c = Cells::new(&file, line, &mut self.errors);
            let id = c.id("id", &raw.id);
            let publisher = c.required("publisher", &raw.publisher);
            let document = c.required("document", &raw.document);
            let date = c.date("date", &raw.date).map(|_| raw.date.clone());
            let where_read = c.required("where_read", &raw.where_read);
            let licence = c.text(&raw.licence);
            let caveats = c.text(&raw.caveats);
            let Some(id) = id else { continue };
            if let Some(first) = seen.get(&id) {
                c.error(
                    "id",
                    format!("duplicate source id {id:?} (first on line {first})"),
                );
                continue;
            }
            seen.insert(id.clone(), line);
            let (Some(publisher), Some(document), Some(date), Some(where_read)) =
                (publisher, document, date, where_read)
            else {
                continue;
            };
            self.loaded.sources.push(Source {
                id,
                publisher,
                document,
                date,
                where_read,
                licence,
                caveats,
            });
        }
        self.sources = Some(seen.into_keys().collect());
    }

    pub(crate) fn series(&mut self) {
        let rows: Vec<Row<RawSeries>> = self.read(
            SERIES,
            &["id", "topic", "label", "description", "unit", "file"],
        );
        let file = label(SERIES);
        let mut seen: HashMap<String, usize> = HashMap::new();
        for Row { line, raw } in rows {
            let mut c = Cells::new(&file, line, &mut self.errors);
            let id = c.id("id", &raw.id);
            let topic = c.word::<Topic>("topic", &raw.topic);
            let label_text = c.required("label", &raw.label);
            let description = c.required("description", &raw.description);
            let unit = c.word::<Unit>("unit", &raw.unit);
            let data_file = c.required("file", &raw.file);
            if let Some(name) = &data_file {
                let known = name
                    .strip_prefix("data/")
                    .is_some_and(|name| value_files().contains(&name));
                if !known {
                    c.error(
                        "file",
                        format!(
                            "{name:?} is not a data file of series values (expected one of: {})",
                            value_files()
                                .iter()
                                .map(|name| label(name))
                                .collect::<Vec<_>>()
                                .join(", ")
                        ),
                    );
                    continue;
                }
            }
            let Some(id) = id else { continue };
            if let Some(first) = seen.get(&id) {
                c.error(
                    "id",
                    format!("duplicate series id {id:?} (first on line {first})"),
                );
                continue;
            }
            seen.insert(id.clone(), line);
            let (Some(topic), Some(label_text), Some(description), Some(unit), Some(data_file)) =
                (topic, label_text, description, unit, data_file)
            else {
                continue;
            };
            self.loaded.series.push((
                At {
                    file: file.clone(),
                    line,
                },
                Series {
                    id,
                    topic,
                    label: label_text,
                    description,
                    unit,
                    file: data_file,
                    points: Vec::new(),
                },
            ));
        }
        self.loaded.seen_series = seen.into_keys().collect();
    }

    pub(crate) fn long_points(&mut self, name: &str) {
        let rows: Vec<Row<RawPoint>> = self.read(
            name,
            &[
                "series_id",
                "period",
                "value",
                "status",
                "source_id",
                "note",
            ],
        );
        let file = label(name);
        for Row { line, raw } in rows {
            let mut c = Cells::new(&file, line, &mut self.errors);
            let series = c.id("series_id", &raw.series_id);
            let period = c.period("period", &raw.period);
            let value = c.number("value", &raw.value);
            let status = c.word::<Status>("status", &raw.status);
            let source = c.source("source_id", &raw.source_id, self.sources.as_ref());
            let (Some(series), Some(period), Some(value), Some(status), Some(source)) =
                (series, period, value, status, source)
            else {
                continue;
            };
            let point = Point {
                period,
                value,
                status,
                source,
                note: raw.note,
            };
            self.push_point(&file, line, "series_id", &series, point);
        }
    }

    /// Pushes one point per non-empty value cell of a wide row.
    #[allow(clippy::too_many_arguments)]
    fn wide_points(
        &mut self,
        name: &str,
        line: usize,
        period: &Period,
        values: &[(&str, Option<f64>)],
        status: Status,
        source: &str,
        note: &str,
    ) {
        let file = label(name);
        for (column, value) in values {
            if let Some(value) = value {
                let point = Point {
                    period: period.clone(),
                    value: *value,
                    status,
                    source: source.to_string(),
                    note: note.to_string(),
                };
                self.push_point(&file, line, column, wide_series(name, column), point);
            }
        }
    }

    pub(crate) fn unama(&mut self) {
        let rows: Vec<Row<RawUnama>> = self.read(
            UNAMA,
            &[
                "period",
                "civilians_killed",
                "civilians_injured",
                "total_civilian_casualties",
                "status",
                "source_id",
                "note",
            ],
        );
        let file = label(UNAMA);
        for Row { line, raw } in rows {
            let mut c = Cells::new(&file, line, &mut self.errors);
            let period = c.period("period", &raw.period);
            let killed = c.count("civilians_killed", &raw.civilians_killed);
            let injured = c.count("civilians_injured", &raw.civilians_injured);
            let total = c.count("total_civilian_casualties", &raw.total_civilian_casualties);
            let status = c.word::<Status>("status", &raw.status);
            let source = c.source("source_id", &raw.source_id, self.sources.as_ref());
            let (
                Some(period),
                Some(killed),
                Some(injured),
                Some(total),
                Some(status),
                Some(source),
            ) = (period, killed, injured, total, status, source)
            else {
                continue;
            };
            self.loaded.totals.push(StatedTotal {
                at: At {
                    file: file.clone(),
                    line,
                },
                column: "total_civilian_casualties".into(),
                parts: "civilians_killed + civilians_injured".into(),
                parts_sum: f64::from(killed) + f64::from(injured),
                total: f64::from(total),
                note: raw.note.clone(),
            });
            self.wide_points(
                UNAMA,
                line,
                &period,
                &[
                    ("civilians_killed", Some(f64::from(killed))),
                    ("civilians_injured", Some(f64::from(injured))),
                    ("total_civilian_casualties", Some(f64::from(total))),
                ],
                status,
                &source,
                &raw.note,
            );
        }
    }

    pub(crate) fn coalition_by_year(&mut self) {
        let rows: Vec<Row<RawCoalitionYear>> = self.read(
            COALITION_BY_YEAR,
            &[
                "year",
                "united_states",
                "united_kingdom",
                "other_nations",
                "all_coalition",
                "status",
                "source_id",
                "note",
            ],
        );
        let file = label(COALITION_BY_YEAR);
        for Row { line, raw } in rows {
            let mut c = Cells::new(&file, line, &mut self.errors);
            let year = c.year("year", &raw.year);
            let us = c.count("united_states", &raw.united_states);
            let uk = c.count("united_kingdom", &raw.united_kingdom);
            let other = c.count("other_nations", &raw.other_nations);
            let all = c.count("all_coalition", &raw.all_coalition);
            let status = c.word::<Status>("status", &raw.status);
            let source = c.source("source_id", &raw.source_id, self.sources.as_ref());
            let (
                Some(year),
                Some(us),
                Some(uk),
                Some(other),
                Some(all),
                Some(status),
                Some(source),
            ) = (year, us, uk, other, all, status, source)
            else {
                continue;
            };
            self.loaded.totals.push(StatedTotal {
                at: At {
                    file: file.clone(),
                    line,
                },
                column: "all_coalition".into(),
                parts: "united_states + united_kingdom + other_nations".into(),
                parts_sum: f64::from(us) + f64::from(uk) + f64::from(other),
                total: f64::from(all),
                note: raw.note.clone(),
            });
            let period = Period {
                year,
                label: raw.year.clone(),
                partial: false,
            };
            self.wide_points(
                COALITION_BY_YEAR,
                line,
                &period,
                &[
                    ("united_states", Some(f64::from(us))),
                    ("united_kingdom", Some(f64::from(uk))),
                    ("other_nations", Some(f64::from(other))),
                    ("all_coalition", Some(f64::from(all))),
                ],
                status,
                &source,
                &raw.note,
            );
        }
    }

    pub(crate) fn coalition_by_country(&mut self) {
        let rows: Vec<Row<RawCountry>> = self.read(
            COALITION_BY_COUNTRY,
            &[
                "country",
                "deaths",
                "population_millions",
                "source_id",
                "note",
            ],
        );
        let file = label(COALITION_BY_COUNTRY);
        let mut seen: HashMap<String, usize> = HashMap::new();
        for Row { line, raw } in rows {
            let mut c = Cells::new(&file, line, &mut self.errors);
            let country = c.required("country", &raw.country);
            let deaths = c.count("deaths", &raw.deaths);
            let population = c.optional_number("population_millions", &raw.population_millions);
            let source = c.source("source_id", &raw.source_id, self.sources.as_ref());
            let Some(country) = country else { continue };
            if let Some(first) = seen.get(&country) {
                c.error(
                    "country",
                    format!("duplicate country {country:?} (first on line {first})"),
                );
                continue;
            }
            seen.insert(country.clone(), line);
            let (Some(deaths), Some(population_millions), Some(source)) =
                (deaths, population, source)
            else {
                continue;
            };
            self.loaded.coalition_by_country.push(CountryCount {
                country,
                deaths,
                population_millions,
                source,
                note: raw.note,
            });
        }
    }

    pub(crate) fn unhcr_by_year(&mut self) {
        let rows: Vec<Row<RawUnhcrYear>> = self.read(
            UNHCR_BY_YEAR,
            &[
                "year",
                "refugees",
                "asylum_seekers",
                "idps",
                "returned_refugees",
                "returned_idps",
                "refugees_in_pakistan",
                "refugees_in_iran",
                "status",
                "source_id",
                "note",
            ],
        );
        let file = label(UNHCR_BY_YEAR);
        let mut seen: HashMap<i32, usize> = HashMap::new();
        for Row { line, raw } in rows {
            let mut c = Cells::new(&file, line, &mut self.errors);
            let year = c.year("year", &raw.year);
            let cells = [
                ("refugees", &raw.refugees),
                ("asylum_seekers", &raw.asylum_seekers),
                ("idps", &raw.idps),
                ("returned_refugees", &raw.returned_refugees),
                ("returned_idps", &raw.returned_idps),
                ("refugees_in_pakistan", &raw.refugees_in_pakistan),
                ("refugees_in_iran", &raw.refugees_in_iran),
            ]
            .map(|(column, value)| (column, c.count(column, value)));
            let status = c.word::<Status>("status", &raw.status);
            let source = c.source("source_id", &raw.source_id, self.sources.as_ref());
            let Some(year) = year else { continue };
            if let Some(first) = seen.get(&year) {
                c.error(
                    "year",
                    format!("duplicate year {year} (first on line {first})"),
                );
                continue;
            }
            seen.insert(year, line);
            let (Some(status), Some(source)) = (status, source) else {
                continue;
            };
            if cells.iter().any(|(_, value)| value.is_none()) {
                continue;
            }
            let counts = cells.map(|(column, value)| (column, value.unwrap_or_default()));
            let [_, _, _, _, _, (_, pakistan), (_, iran)] = counts;
            let (_, refugees) = counts[0];
            if u64::from(pakistan) + u64::from(iran) > u64::from(refugees) {
                self.errors.at(
                    &file,
                    line,
                    "refugees",
                    format!(
                        "{refugees} is less than refugees_in_pakistan + refugees_in_iran ({})",
                        u64::from(pakistan) + u64::from(iran)
                    ),
                );
                continue;
            }
            let period = Period {
                year,
                label: raw.year.clone(),
                partial: false,
            };
            let values: Vec<(&str, Option<f64>)> = counts
                .iter()
                .map(|(column, value)| (*column, Some(f64::from(*value))))
                .collect();
            self.wide_points(
                UNHCR_BY_YEAR,
                line,
                &period,
                &values,
                status,
                &source,
                &raw.note,
            );
            self.loaded.unhcr_by_year.push((
                At {
                    file: file.clone(),
                    line,
                },
                UnhcrYear {
                    year,
                    counts,
                    note: raw.note,
                },
            ));
        }
    }

    pub(crate) fn unhcr_by_host(&mut self) {
        let rows: Vec<Row<RawHost>> = self.read(
            UNHCR_BY_HOST,
            &[
                "year",
                "country",
                "iso",
                "refugees",
                "asylum_seekers",
                "returned_refugees",
                "idps",
                "returned_idps",
                "status",
                "source_id",
                "note",
            ],
        );
        let file = label(UNHCR_BY_HOST);
        let mut seen: HashMap<(i32, String), usize> = HashMap::new();
        for Row { line, raw } in rows {
            let mut c = Cells::new(&file, line, &mut self.errors);
            let year = c.year("year", &raw.year);
            let country = c.required("country", &raw.country);
            let iso = if raw.iso.len() == 3 && raw.iso.bytes().all(|b| b.is_ascii_uppercase()) {
                Some(raw.iso.clone())
            } else {
                c.error(
                    "iso",
                    format!("{:?} is not an ISO 3166-1 alpha-3 code", raw.iso),
                );
                None
            };
            let refugees = c.count("refugees", &raw.refugees);
            let asylum_seekers = c.count("asylum_seekers", &raw.asylum_seekers);
            let returned_refugees = c.count("returned_refugees", &raw.returned_refugees);
            let idps = c.count("idps", &raw.idps);
            let returned_idps = c.count("returned_idps", &raw.returned_idps);
            let status = c.word::<Status>("status", &raw.status);
            let source = c.source("source_id", &raw.source_id, self.sources.as_ref());
            let (Some(year), Some(iso)) = (year, iso) else {
                continue;
            };
            if let Some(first) = seen.get(&(year, iso.clone())) {
                c.error(
                    "iso",
                    format!("duplicate year + iso {year} {iso:?} (first on line {first})"),
                );
                continue;
            }
            seen.insert((year, iso.clone()), line);
            let (
                Some(country),
                Some(refugees),
                Some(asylum_seekers),
                Some(returned_refugees),
                Some(idps),
                Some(returned_idps),
                Some(status),
                Some(source),
            ) = (
                country,
                refugees,
                asylum_seekers,
                returned_refugees,
                idps,
                returned_idps,
                status,
                source,
            )
            else {
                continue;
            };
            self.loaded.refugees_by_host.push(HostCountryYear {
                year,
                country,
                iso,
                refugees,
                asylum_seekers,
                returned_refugees,
                idps,
                returned_idps,
                status,
                source,
                note: raw.note,
            });
        }
    }

    pub(crate) fn figures(&mut self) {
        let rows: Vec<Row<RawFigure>> = self.read(
            FIGURES,
            &[
                "id",
                "topic",
                "label",
                "value",
                "value_high",
                "unit",
                "as_of",
                "status",
                "source_id",
                "parts",
                "note",
            ],
        );
        let file = label(FIGURES);
        let mut seen: HashMap<String, usize> = HashMap::new();
        for Row { line, raw } in rows {
            let mut c = Cells::new(&file, line, &mut self.errors);
            let id = c.id("id", &raw.id);
            let topic = c.word::<Topic>("topic", &raw.topic);
            let label_text = c.required("label", &raw.label);
            let value = c.number("value", &raw.value);
            let value_high = c.optional_number("value_high", &raw.value_high);
            let unit = c.word::<Unit>("unit", &raw.unit);
            let as_of = c.as_of("as_of", &raw.as_of);
            let status = c.word::<Status>("status", &raw.status);
            let source = c.source("source_id", &raw.source_id, self.sources.as_ref());
            let parts = parse_parts(&mut c, &raw.parts);
            let range_ok = match (value, value_high) {
                (Some(low), Some(Some(high))) if high < low => {
                    c.error(
                        "value_high",
                        format!("{} is below value {}", raw.value_high, raw.value),
                    );
                    false
                }
                _ => true,
            };
            let Some(id) = id else { continue };
            if let Some(first) = seen.get(&id) {
                c.error(
                    "id",
                    format!("duplicate figure id {id:?} (first on line {first})"),
                );
                continue;
            }
            seen.insert(id.clone(), line);
            if !range_ok {
                continue;
            }
            let (
                Some(topic),
                Some(label_text),
                Some(value),
                Some(value_high),
                Some(unit),
                Some(as_of),
                Some(status),
                Some(source),
                Some(parts),
            ) = (
                topic, label_text, value, value_high, unit, as_of, status, source, parts,
            )
            else {
                continue;
            };
            self.loaded.figures.push((
                At {
                    file: file.clone(),
                    line,
                },
                Figure {
                    id,
                    topic,
                    label: label_text,
                    value,
                    value_high,
                    unit,
                    as_of,
                    status,
                    source,
                    note: raw.note,
                },
                parts,
            ));
        }
        self.loaded.seen_figures = seen.into_keys().collect();
    }

    pub(crate) fn claims(&mut self) {
        let rows: Vec<Row<RawClaim>> = self.read(
            CLAIMS,
            &[
                "number",
                "quote",
                "verdict",
                "verdict_label",
                "sources_say",
                "source_ids",
                "figure_ids",
            ],
        );
        let file = label(CLAIMS);
        let mut seen: HashMap<String, usize> = HashMap::new();
        for Row { line, raw } in rows {
            let mut c = Cells::new(&file, line, &mut self.errors);
            let number_ok = {
                let digits = raw
                    .number
                    .trim_end_matches(|ch: char| ch.is_ascii_lowercase());
                !digits.is_empty()
                    && digits.bytes().all(|b| b.is_ascii_digit())
                    && raw.number.len() - digits.len() <= 1
            };
            if !number_ok {
                c.error(
                    "number",
                    format!("{:?} is not a claim number (e.g. 3 or 4a)", raw.number),
                );
            }
            let quote = c.required("quote", &raw.quote);
            let verdict = c.word::<Verdict>("verdict", &raw.verdict);
            let verdict_label = c.required("verdict_label", &raw.verdict_label);
            let sources_say = c.required("sources_say", &raw.sources_say);
            let source_list = split_list(&raw.source_ids);
            if source_list.is_empty() {
                c.error(
                    "source_ids",
                    "is empty; a verdict needs at least one source",
                );
            }
            let mut sources_ok = !source_list.is_empty();
            for source in &source_list {
                sources_ok &= c
                    .source("source_ids", source, self.sources.as_ref())
                    .is_some();
            }
            let figures = split_list(&raw.figure_ids);
            if let Some(first) = seen.get(&raw.number) {
                c.error(
                    "number",
                    format!(
                        "duplicate claim number {:?} (first on line {first})",
                        raw.number
                    ),
                );
                continue;
            }
            seen.insert(raw.number.clone(), line);
            let (true, true, Some(quote), Some(verdict), Some(verdict_label), Some(sources_say)) = (
                number_ok,
                sources_ok,
                quote,
                verdict,
                verdict_label,
                sources_say,
            ) else {
                continue;
            };
            self.loaded.claims.push((
                At {
                    file: file.clone(),
                    line,
                },
                Claim {
                    number: raw.number,
                    quote,
                    verdict,
                    verdict_label,
                    sources_say,
                    sources: source_list,
                    figures,
                },
            ));
        }
    }
}

/// The data files whose rows become series points.
pub(crate) fn value_files() -> Vec<&'static str> {
    let mut files = POINT_FILES.to_vec();
    files.extend([UNAMA, COALITION_BY_YEAR, UNHCR_BY_YEAR]);
    files
}

/// Parses the `parts` column of a figure: `;`-separated figure ids, `series:<id>` (all points),
/// `series:<id>@<first period>..<last period>` or `table:coalition_deaths_by_country`.
fn parse_parts(c: &mut Cells<'_>, value: &str) -> Option<Vec<PartRef>> {
    let mut parts = Vec::new();
    let mut ok = true;
    for item in split_list(value) {
        if let Some(rest) = item.strip_prefix("series:") {
            let (id, range) = match rest.split_once('@') {
                Some((id, range)) => match range.split_once("..") {
                    Some((first, last)) if !first.is_empty() && !last.is_empty() => {
                        (id, Some((first.to_string(), last.to_string())))
                    }
                    _ => {
                        c.error(
                            "parts",
                            format!("{item:?} needs a range written <first>..<last>"),
                        );
                        ok = false;
                        continue;
                    }
                },
                None => (rest, None),
            };
            if crate::parse::is_id(id) {
                parts.push(PartRef::Series {
                    id: id.to_string(),
                    range,
                });
            } else {
                c.error("parts", format!("{item:?} does not name a series id"));
                ok = false;
            }
        } else if let Some(table) = item.strip_prefix("table:") {
            if table == "coalition_deaths_by_country" {
                parts.push(PartRef::CoalitionByCountry);
            } else {
                c.error(
                    "parts",
                    format!("{item:?} is not a known table (expected table:coalition_deaths_by_country)"),
                );
                ok = false;
            }
        } else if crate::parse::is_id(&item) {
            parts.push(PartRef::Figure(item));
        } else {
            c.error(
                "parts",
                format!("{item:?} is not a figure id, series:<id> or table:<name>"),
            );
            ok = false;
        }
    }
    ok.then_some(parts)
}
