//! Writing the dataset as Rust source: plain literals of the app's types, nothing parsed at run
//! time. Strings used more than once become `const`s, so repeated side names, places, sources and
//! notes appear once in the source (and, after constant merging, once in the binary).

use std::collections::HashMap;
use std::fmt::Write as _;

use crate::model::{
    Claim, CountryCount, Dataset, Date, Event, EventDetail, Figure, HostCountryYear, Period,
    Province, Series, Source, Vocabulary,
};

/// Lints that literal data can trip over by chance (a value that looks like π, a coordinate with
/// more digits than `f32` keeps): they are about hand-written code, not data.
const ALLOW: &str =
    "#[allow(clippy::approx_constant, clippy::excessive_precision, clippy::unreadable_literal)]";

/// String interning in two passes: first count every string, then write repeated ones by name.
#[derive(Default)]
struct Pool {
    counting: bool,
    counts: HashMap<String, usize>,
    names: HashMap<String, String>,
}

impl Pool {
    fn lit(&mut self, text: &str) -> String {
        if self.counting {
            *self.counts.entry(text.to_string()).or_default() += 1;
            return String::new();
        }
        match self.names.get(text) {
            Some(name) => name.clone(),
            None => format!("{text:?}"),
        }
    }

    /// Names every string used at least twice (and long enough to be worth a name).
    fn name_repeated(&mut self) -> String {
        let mut repeated: Vec<(&String, &usize)> = self
            .counts
            .iter()
            .filter(|(text, count)| **count >= 2 && text.len() >= 3)
            .collect();
        repeated.sort();
        let mut out = String::new();
        for (index, (text, _)) in repeated.into_iter().enumerate() {
            let name = format!("S{index}");
            let _ = writeln!(out, "const {name}: &str = {text:?};");
            self.names.insert(text.clone(), name);
        }
        self.counting = false;
        out
    }
}

fn f64_lit(value: f64) -> String {
    format!("{value:?}")
}

fn f32_lit(value: f64) -> String {
    // Shortest text that reads back as the same f32.
    #[allow(clippy::cast_possible_truncation)]
    let value = value as f32;
    format!("{value:?}")
}

fn opt<T>(value: Option<T>, show: impl Fn(T) -> String) -> String {
    match value {
        Some(value) => format!("Some({})", show(value)),
        None => "None".to_string(),
    }
}

fn date(date: Date) -> String {
    format!("g_d({},{},{})", date.year, date.month, date.day)
}

fn period(pool: &mut Pool, period: &Period) -> String {
    format!(
        "{},{},{}",
        period.year,
        pool.lit(&period.label),
        period.partial
    )
}

fn sources(pool: &mut Pool, out: &mut String, sources: &[Source]) {
    out.push_str("/// Every publication a value was copied from, in `data/sources.csv` order.\n");
    out.push_str("pub static SOURCES: &[Source] = &[\n");
    for s in sources {
        let _ = writeln!(
            out,
            "Source{{id:{},publisher:{},document:{},date:{},where_read:{},licence:{},caveats:{}}},",
            pool.lit(&s.id),
            pool.lit(&s.publisher),
            pool.lit(&s.document),
            pool.lit(&s.date),
            pool.lit(&s.where_read),
            pool.lit(&s.licence),
            pool.lit(&s.caveats)
        );
    }
    out.push_str("];\n");
}

fn series(pool: &mut Pool, out: &mut String, series: &[Series]) {
    out.push_str("/// Every series, in `data/series.csv` order; points in period order.\n");
    out.push_str(ALLOW);
    out.push_str("\npub static SERIES: &[Series] = &[\n");
    for s in series {
        let _ = write!(
            out,
            "Series{{id:{},topic:{},label:{},description:{},unit:{},file:{},points:&[",
            pool.lit(&s.id),
            s.topic.rust(),
            pool.lit(&s.label),
            pool.lit(&s.description),
            s.unit.rust(),
            pool.lit(&s.file)
        );
        for p in &s.points {
            let _ = write!(
                out,
                "g_p({},{},{},{},{}),",
                period(pool, &p.period),
                f64_lit(p.value),
                p.status.rust(),
                pool.lit(&p.source),
                pool.lit(&p.note)
            );
        }
        out.push_str("]},\n");
    }
    out.push_str("];\n");
}

fn figures(pool: &mut Pool, out: &mut String, figures: &[Figure]) {
    out.push_str("/// Every single figure, in `data/figures.csv` order.\n");
    out.push_str(ALLOW);
    out.push_str("\npub static FIGURES: &[Figure] = &[\n");
    for f in figures {
        let _ = writeln!(
            out,
            "Figure{{id:{},topic:{},label:{},value:{},value_high:{},unit:{},as_of:{},status:{},source:{},note:{}}},",
            pool.lit(&f.id),
            f.topic.rust(),
            pool.lit(&f.label),
            f64_lit(f.value),
            opt(f.value_high, f64_lit),
            f.unit.rust(),
            pool.lit(&f.as_of),
            f.status.rust(),
            pool.lit(&f.source),
            pool.lit(&f.note)
        );
    }
    out.push_str("];\n");
}

fn list(pool: &mut Pool, items: &[String]) -> String {
    let items: Vec<String> = items.iter().map(|item| pool.lit(item)).collect();
    format!("&[{}]", items.join(","))
}

fn claims(pool: &mut Pool, out: &mut String, claims: &[Claim]) {
    out.push_str("/// The checked claims of the article, in `data/claims.csv` order.\n");
    out.push_str("pub static CLAIMS: &[Claim] = &[\n");
    for c in claims {
        let _ = writeln!(
            out,
            "Claim{{number:{},quote:{},verdict:{},verdict_label:{},sources_say:{},sources:{},figures:{}}},",
            pool.lit(&c.number),
            pool.lit(&c.quote),
            c.verdict.rust(),
            pool.lit(&c.verdict_label),
            pool.lit(&c.sources_say),
            list(pool, &c.sources),
            list(pool, &c.figures)
        );
    }
    out.push_str("];\n");
}

fn events(pool: &mut Pool, out: &mut String, events: &[Event]) {
    out.push_str(
        "/// Every event (key timeline and UCDP, de-duplicated), by date, end date, collection, id.\n",
    );
    out.push_str(ALLOW);
    out.push_str("\npub static EVENTS: &[Event] = &[\n");
    for e in events {
        let _ = writeln!(
            out,
            "g_e({},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{}),",
            pool.lit(&e.id),
            date(e.date),
            e.precision.rust(),
            date(e.date_end),
            e.kind.rust(),
            e.collection.rust(),
            pool.lit(&e.place),
            pool.lit(&e.province),
            e.province_derived,
            opt(e.latitude, f64_lit),
            opt(e.longitude, f64_lit),
            pool.lit(&e.side_a),
            pool.lit(&e.side_b),
            opt(e.deaths_best, |v| v.to_string()),
            opt(e.deaths_low, |v| v.to_string()),
            opt(e.deaths_high, |v| v.to_string()),
            opt(e.deaths_civilians, |v| v.to_string()),
            pool.lit(&e.description),
            pool.lit(&e.source)
        );
    }
    out.push_str("];\n");
}

fn event_details(pool: &mut Pool, out: &mut String, details: &[EventDetail]) {
    out.push_str("/// What some events add beyond `Event`, in `EVENTS` order.\n");
    out.push_str("pub static EVENT_DETAILS: &[EventDetail] = &[\n");
    for d in details {
        let _ = writeln!(
            out,
            "EventDetail{{id:{},category:{},deaths_a:{},deaths_b:{},where_read:{},note:{}}},",
            pool.lit(&d.id),
            pool.lit(&d.category),
            opt(d.deaths_a, |v| v.to_string()),
            opt(d.deaths_b, |v| v.to_string()),
            pool.lit(&d.where_read),
            pool.lit(&d.note)
        );
    }
    out.push_str("];\n");
}

fn countries(pool: &mut Pool, out: &mut String, rows: &[CountryCount]) {
    out.push_str("/// Coalition military deaths per country, 2001-2021, in file order.\n");
    out.push_str(ALLOW);
    out.push_str("\npub static COALITION_DEATHS_BY_COUNTRY: &[CountryCount] = &[\n");
    for r in rows {
        let _ = writeln!(
            out,
            "CountryCount{{country:{},deaths:{},population_millions:{},source:{},note:{}}},",
            pool.lit(&r.country),
            r.deaths,
            opt(r.population_millions, f64_lit),
            pool.lit(&r.source),
            pool.lit(&r.note)
        );
    }
    out.push_str("];\n");
}

fn hosts(pool: &mut Pool, out: &mut String, rows: &[HostCountryYear]) {
    out.push_str(
        "/// UNHCR: people from Afghanistan per year and country of asylum, in file order.\n",
    );
    out.push_str("pub static REFUGEES_BY_HOST: &[HostCountryYear] = &[\n");
    for r in rows {
        let _ = writeln!(
            out,
            "g_h({},{},{},{},{},{},{},{},{},{},{}),",
            r.year,
            pool.lit(&r.country),
            pool.lit(&r.iso),
            r.refugees,
            r.asylum_seekers,
            r.returned_refugees,
            r.idps,
            r.returned_idps,
            r.status.rust(),
            pool.lit(&r.source),
            pool.lit(&r.note)
        );
    }
    out.push_str("];\n");
}

fn provinces(pool: &mut Pool, out: &mut String, provinces: &[Province]) {
    out.push_str("/// Province boundaries (geoBoundaries ADM1), `(longitude, latitude)` rings.\n");
    out.push_str(ALLOW);
    out.push_str("\npub static PROVINCES: &[Province] = &[\n");
    for p in provinces {
        let _ = write!(
            out,
            "Province{{name:{},iso:{},rings:&[",
            pool.lit(&p.name),
            pool.lit(&p.iso)
        );
        for ring in &p.rings {
            out.push_str("&[");
            for (lon, lat) in ring {
                let _ = write!(out, "({},{}),", f32_lit(*lon), f32_lit(*lat));
            }
            out.push_str("],");
        }
        out.push_str("]},\n");
    }
    out.push_str("];\n");
}

/// Short constructors keep the generated source small; they are private to `dataset`.
const HELPERS: &str = r"const fn g_d(year: i32, month: u8, day: u8) -> Date {
    Date { year, month, day }
}

const fn g_p(year: i32, label: &'static str, partial: bool, value: f64, status: Status, source: &'static str, note: &'static str) -> Point {
    Point { period: Period { year, label, partial }, value, status, source, note }
}

#[allow(clippy::too_many_arguments)]
const fn g_e(
    id: &'static str, date: Date, precision: DatePrecision, date_end: Date, kind: EventKind,
    collection: Collection, place: &'static str, province: &'static str, province_derived: bool,
    latitude: Option<f64>, longitude: Option<f64>, side_a: &'static str, side_b: &'static str,
    deaths_best: Option<u32>, deaths_low: Option<u32>, deaths_high: Option<u32>,
    deaths_civilians: Option<u32>, description: &'static str, source: &'static str,
) -> Event {
    Event {
        id, date, precision, date_end, kind, collection, place, province, province_derived,
        latitude, longitude, side_a, side_b, deaths_best, deaths_low, deaths_high,
        deaths_civilians, description, source,
    }
}

#[allow(clippy::too_many_arguments)]
const fn g_h(
    year: i32, country: &'static str, iso: &'static str, refugees: u32, asylum_seekers: u32,
    returned_refugees: u32, idps: u32, returned_idps: u32, status: Status,
    source: &'static str, note: &'static str,
) -> HostCountryYear {
    HostCountryYear {
        year, country, iso, refugees, asylum_seekers, returned_refugees, idps, returned_idps,
        status, source, note,
    }
}
";

fn body(pool: &mut Pool, data: &Dataset) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "/// Newest date in `data/CHANGELOG.md` and a hash of the data files' contents.\npub static DATA_VERSION: &str = {:?};",
        data.data_version
    );
    sources(pool, &mut out, &data.sources);
    series(pool, &mut out, &data.series);
    figures(pool, &mut out, &data.figures);
    claims(pool, &mut out, &data.claims);
    events(pool, &mut out, &data.events);
    event_details(pool, &mut out, &data.event_details);
    countries(pool, &mut out, &data.coalition_deaths_by_country);
    hosts(pool, &mut out, &data.refugees_by_host);
    provinces(pool, &mut out, &data.provinces);
    out
}

/// The complete generated file.
pub(crate) fn rust_source(data: &Dataset) -> String {
    let mut pool = Pool {
        counting: true,
        ..Pool::default()
    };
    body(&mut pool, data);
    let consts = pool.name_repeated();
    let body = body(&mut pool, data);
    format!(
        "// @generated by crates/datagen from data/ — do not edit; edit data/*.csv instead.\n\n{HELPERS}\n{consts}\n{body}"
    )
}
