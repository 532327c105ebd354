//! Record types of the bundled dataset.
//!
//! The build script (`build.rs`, through `crates/datagen`) reads `data/*.csv`, validates every row
//! and writes Rust literals of these types into `OUT_DIR`. Everything here is `'static` and
//! immutable: the browser parses nothing at start-up.

/// One publication a value was copied from. Every value in the dataset names one by `id`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Source {
    /// Stable key, e.g. `unhcr-population-2025`; used in URLs (`#source-<id>`).
    pub id: &'static str,
    /// Who published the figure, e.g. "UNHCR".
    pub publisher: &'static str,
    /// The document, table or page title.
    pub document: &'static str,
    /// As-of or publication date as published (ISO `YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
    pub date: &'static str,
    /// Where the value was read (page address without `https://`, or `owner/repo:path`).
    pub where_read: &'static str,
    /// Licence or terms, where known; empty when the source states none.
    pub licence: &'static str,
    /// Caveats a reader should know before quoting the source.
    pub caveats: &'static str,
}

/// What the dashboard's pages group series under.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Topic {
    Spending,
    Casualties,
    Displacement,
    Context,
}

/// Units a value can carry. Validation rejects any other unit string.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Unit {
    /// US dollars, billions, current (nominal) dollars.
    UsdBillion,
    /// US dollars, millions, current.
    UsdMillion,
    /// US dollars, constant 2019 prices (SIPRI).
    UsdConstant2019,
    /// Pounds sterling, millions, current.
    GbpMillion,
    /// Pounds sterling, billions, current.
    GbpBillion,
    /// People (refugees, displaced, casualties).
    Persons,
    /// Deaths.
    Deaths,
    /// Hectares.
    Hectares,
    /// Tonnes.
    Tonnes,
    /// Percent.
    Percent,
    /// A unitless index (e.g. HDI).
    Index,
}

/// How a published value should be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Status {
    /// Published as an outturn, count or enacted amount.
    Reported,
    /// Published as an estimate by its publisher.
    Estimate,
    /// A budget request, not an enacted amount.
    Request,
    /// A projection or forecast.
    Projection,
    /// Provisional: the publisher may still revise it.
    Provisional,
}

/// The time a value refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    /// First calendar year covered (for US fiscal years, the year the FY is named after).
    pub year: i32,
    /// Label as the source writes it: "2010", "FY2010", "2009-10", "H1 2021", "2001-2014".
    pub label: &'static str,
    /// True when the period is part of a year only (e.g. H1 2021) or spans several years.
    pub partial: bool,
}

/// One value of a series.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    pub period: Period,
    pub value: f64,
    pub status: Status,
    /// `Source::id` of the publication the value was copied from.
    pub source: &'static str,
    /// Caveat for this value; empty when there is none.
    pub note: &'static str,
}

/// A named run of values in one unit, e.g. "UNAMA civilians killed per year".
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Series {
    /// Stable key, e.g. `unama-civilians-killed`; used in URLs and chart specs.
    pub id: &'static str,
    pub topic: Topic,
    /// Short legend label, e.g. "Civilians killed".
    pub label: &'static str,
    /// What exactly is counted, in a sentence.
    pub description: &'static str,
    pub unit: Unit,
    /// The data file the series came from, e.g. `data/casualties_unama_civilians.csv`.
    pub file: &'static str,
    /// Points in period order; years without a published value are absent (a gap, not a zero).
    pub points: &'static [Point],
}

/// A single sourced figure shown on its own (headline cards, totals, snapshots).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Figure {
    /// Stable key, e.g. `us-total-budgetary-cost-2021-09`.
    pub id: &'static str,
    pub topic: Topic,
    /// What the figure counts, e.g. "US budgetary cost of the war, including interest".
    pub label: &'static str,
    pub value: f64,
    /// Upper end when the source gives a range (e.g. 66,000-69,000); `None` for a single value.
    pub value_high: Option<f64>,
    pub unit: Unit,
    /// Period or as-of date as published, e.g. "FY2001-FY2022" or "2021-04".
    pub as_of: &'static str,
    pub status: Status,
    pub source: &'static str,
    pub note: &'static str,
}

/// How exactly a date is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DatePrecision {
    Day,
    Month,
    Year,
}

/// A calendar date; `month` and `day` are 1 when the precision does not reach them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

/// UCDP's type of violence, or a timeline category for key events.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EventKind {
    /// UCDP code 1: state-based conflict.
    StateBased,
    /// UCDP code 2: non-state conflict.
    NonState,
    /// UCDP code 3: one-sided violence against civilians.
    OneSided,
    /// A dated event of the key timeline (political, military, diplomatic).
    KeyEvent,
}

/// Which collection an event was copied from; coverage differs and is stated to readers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Collection {
    /// The 40 key events of the timeline.
    Timeline,
    /// UCDP GED 23.1, every event of 2020 (the only complete year).
    UcdpGed231Year2020,
    /// UCDP GED stratified sample, 1989-2022 (a sample, not a complete list).
    UcdpSample1989To2022,
    /// UCDP GED 19.1 subset, 2001-2018 (events with more than 10 government-side deaths).
    UcdpGed191Subset2001To2018,
}

/// One dated event.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Event {
    /// Stable key within the dataset (UCDP id where given, else derived from the collection).
    pub id: &'static str,
    pub date: Date,
    pub precision: DatePrecision,
    /// Last day for events spanning several days; equal to `date` otherwise.
    pub date_end: Date,
    pub kind: EventKind,
    pub collection: Collection,
    /// Place as the source names it; empty when not given.
    pub place: &'static str,
    /// Province (geoBoundaries spelling) where known; empty when unknown.
    pub province: &'static str,
    /// True when the province was derived from latitude/longitude rather than given by the source.
    pub province_derived: bool,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub side_a: &'static str,
    pub side_b: &'static str,
    pub deaths_best: Option<u32>,
    pub deaths_low: Option<u32>,
    pub deaths_high: Option<u32>,
    pub deaths_civilians: Option<u32>,
    /// One-line description (key events) or the source article's headline; empty when none.
    pub description: &'static str,
    /// `Source::id` of the collection.
    pub source: &'static str,
}

/// How an article figure stands against the sources.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Verdict {
    Confirmed,
    Differs,
    Caveat,
}

/// One checked figure of the article that started the project.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Claim {
    /// Number as in the checking table: "1", "4a", "4b", …
    pub number: &'static str,
    /// The claim as quoted from the article.
    pub quote: &'static str,
    pub verdict: Verdict,
    /// Short verdict label as a reader sees it, e.g. "Differs (wrong category)".
    pub verdict_label: &'static str,
    /// What the sources say, in plain sentences.
    pub sources_say: &'static str,
    /// `Source::id`s backing the verdict.
    pub sources: &'static [&'static str],
    /// `Figure::id`s the dashboard shows for this claim (may be empty).
    pub figures: &'static [&'static str],
}

// ---- Appended by the dataset build (datagen): tables beyond the original contract. ----

/// Foreign military deaths of one country in Afghanistan, 2001-2021
/// (`COALITION_DEATHS_BY_COUNTRY`, from `data/casualties_coalition_by_country.csv`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CountryCount {
    /// Country name as the source writes it, e.g. "United Kingdom".
    pub country: &'static str,
    /// Military deaths, 2001-2021.
    pub deaths: u32,
    /// The country's population in millions as given beside the count in the source, if any.
    pub population_millions: Option<f64>,
    /// `Source::id` of the publication the count was copied from.
    pub source: &'static str,
    /// Caveat for this row; empty when there is none.
    pub note: &'static str,
}

/// People from Afghanistan in one country of asylum at the end of one year, per UNHCR
/// (`REFUGEES_BY_HOST`, from `data/displacement_unhcr_by_host.csv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HostCountryYear {
    pub year: i32,
    /// Country of asylum as UNHCR names it, e.g. "Iran (Islamic Rep. of)".
    pub country: &'static str,
    /// ISO 3166-1 alpha-3 code of the country of asylum, e.g. "IRN" (AFG for people inside).
    pub iso: &'static str,
    pub refugees: u32,
    pub asylum_seekers: u32,
    /// Refugees who returned to Afghanistan from this country during the year.
    pub returned_refugees: u32,
    /// Internally displaced people (only on the AFG rows).
    pub idps: u32,
    /// IDPs who returned home during the year (only on the AFG rows).
    pub returned_idps: u32,
    /// `Provisional` for the latest year of the source.
    pub status: Status,
    pub source: &'static str,
    pub note: &'static str,
}

/// What an event has beyond `Event` (`EVENT_DETAILS`; only events with something to add).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EventDetail {
    /// `Event::id` of the event.
    pub id: &'static str,
    /// Timeline category of a key event ("intervention", "politics", "attack", …); empty for UCDP.
    pub category: &'static str,
    /// UCDP deaths on side A, where the source gives no best estimate (the GED 19.1 subset).
    pub deaths_a: Option<u32>,
    /// UCDP deaths on side B, as for `deaths_a`.
    pub deaths_b: Option<u32>,
    /// Where a key event was read (pages, without `https://`); empty for UCDP.
    pub where_read: &'static str,
    /// Discrepancies between sources, de-duplication notes; empty when there is none.
    pub note: &'static str,
}

/// One province of Afghanistan (geoBoundaries ADM1) for the map (`PROVINCES`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Province {
    /// English name, geoBoundaries spelling (e.g. "Helmand", "Sar-e Pol"); `Event::province`
    /// uses the same spelling.
    pub name: &'static str,
    /// ISO 3166-2:AF code, e.g. "AF-KAN".
    pub iso: &'static str,
    /// Polygon rings as `(longitude, latitude)` in WGS84: the exterior ring first
    /// (counter-clockwise, as in RFC 7946; rewind for d3-geo), then any holes. Rings are closed
    /// (the last position repeats the first).
    pub rings: &'static [&'static [(f32, f32)]],
}
