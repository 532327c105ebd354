//! The validated dataset as owned Rust values, mirroring `src/dataset/types.rs`.
//!
//! Each enum knows the word used for it in the CSV files and the path of the matching variant in
//! the app's types, so the generated code names exactly the variants declared there.

/// A closed set of words in a CSV column, mapped to a variant of the app's enum.
pub trait Vocabulary: Sized + Copy + 'static {
    /// What the column holds, for error messages ("unit", "status").
    const WHAT: &'static str;
    /// Every accepted word and the value it stands for.
    const WORDS: &'static [(&'static str, Self)];
    /// Path of the matching variant in the generated code, e.g. `Unit::UsdBillion`.
    fn rust(self) -> &'static str;
}

macro_rules! vocabulary {
    ($name:ident, $what:literal, $($variant:ident = $word:literal),+ $(,)?) => {
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name {
            $($variant),+
        }

        impl Vocabulary for $name {
            const WHAT: &'static str = $what;
            const WORDS: &'static [(&'static str, Self)] = &[$(($word, Self::$variant)),+];

            fn rust(self) -> &'static str {
                match self {
                    $(Self::$variant => concat!(stringify!($name), "::", stringify!($variant))),+
                }
            }
        }
    };
}

vocabulary!(
    Topic,
    "topic",
    Spending = "spending",
    Casualties = "casualties",
    Displacement = "displacement",
    Context = "context",
);

vocabulary!(
    Unit,
    "unit",
    UsdBillion = "usd_billion",
    UsdMillion = "usd_million",
    UsdConstant2019 = "usd_constant_2019",
    GbpMillion = "gbp_million",
    GbpBillion = "gbp_billion",
    Persons = "persons",
    Deaths = "deaths",
    Hectares = "hectares",
    Tonnes = "tonnes",
    Percent = "percent",
    Index = "index",
);

vocabulary!(
    Status,
    "status",
    Reported = "reported",
    Estimate = "estimate",
    Request = "request",
    Projection = "projection",
    Provisional = "provisional",
);

vocabulary!(
    DatePrecision,
    "date precision",
    Day = "day",
    Month = "month",
    Year = "year",
);

vocabulary!(
    Verdict,
    "verdict",
    Confirmed = "confirmed",
    Differs = "differs",
    Caveat = "caveat",
);

vocabulary!(
    EventKind,
    "kind of event",
    StateBased = "state_based",
    NonState = "non_state",
    OneSided = "one_sided",
    KeyEvent = "key_event",
);

vocabulary!(
    Collection,
    "collection",
    Timeline = "timeline",
    UcdpGed231Year2020 = "ucdp_ged231_2020",
    UcdpSample1989To2022 = "ucdp_sample_1989_2022",
    UcdpGed191Subset2001To2018 = "ucdp_ged191_subset_2001_2018",
);

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    pub id: String,
    pub publisher: String,
    pub document: String,
    pub date: String,
    pub where_read: String,
    pub licence: String,
    pub caveats: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Period {
    pub year: i32,
    pub label: String,
    pub partial: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Point {
    pub period: Period,
    pub value: f64,
    pub status: Status,
    pub source: String,
    pub note: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    pub id: String,
    pub topic: Topic,
    pub label: String,
    pub description: String,
    pub unit: Unit,
    pub file: String,
    pub points: Vec<Point>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    pub id: String,
    pub topic: Topic,
    pub label: String,
    pub value: f64,
    pub value_high: Option<f64>,
    pub unit: Unit,
    pub as_of: String,
    pub status: Status,
    pub source: String,
    pub note: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    pub id: String,
    pub date: Date,
    pub precision: DatePrecision,
    pub date_end: Date,
    pub kind: EventKind,
    pub collection: Collection,
    pub place: String,
    pub province: String,
    pub province_derived: bool,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub side_a: String,
    pub side_b: String,
    pub deaths_best: Option<u32>,
    pub deaths_low: Option<u32>,
    pub deaths_high: Option<u32>,
    pub deaths_civilians: Option<u32>,
    pub description: String,
    pub source: String,
}

/// What an event has beyond `Event`: key-event category and reading notes, UCDP side deaths
/// where no best estimate exists, and de-duplication notes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventDetail {
    pub id: String,
    pub category: String,
    pub deaths_a: Option<u32>,
    pub deaths_b: Option<u32>,
    pub where_read: String,
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Claim {
    pub number: String,
    pub quote: String,
    pub verdict: Verdict,
    pub verdict_label: String,
    pub sources_say: String,
    pub sources: Vec<String>,
    pub figures: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CountryCount {
    pub country: String,
    pub deaths: u32,
    pub population_millions: Option<f64>,
    pub source: String,
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HostCountryYear {
    pub year: i32,
    pub country: String,
    pub iso: String,
    pub refugees: u32,
    pub asylum_seekers: u32,
    pub returned_refugees: u32,
    pub idps: u32,
    pub returned_idps: u32,
    pub status: Status,
    pub source: String,
    pub note: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Province {
    pub name: String,
    pub iso: String,
    /// Exterior ring first, then any holes; `(longitude, latitude)` pairs as in the GeoJSON.
    pub rings: Vec<Vec<(f64, f64)>>,
}

/// The whole validated dataset.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Dataset {
    pub data_version: String,
    pub sources: Vec<Source>,
    pub series: Vec<Series>,
    pub figures: Vec<Figure>,
    pub claims: Vec<Claim>,
    pub events: Vec<Event>,
    pub event_details: Vec<EventDetail>,
    pub coalition_deaths_by_country: Vec<CountryCount>,
    pub refugees_by_host: Vec<HostCountryYear>,
    pub provinces: Vec<Province>,
}

impl Dataset {
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|source| source.id == id)
    }

    pub fn series(&self, id: &str) -> Option<&Series> {
        self.series.iter().find(|series| series.id == id)
    }

    pub fn figure(&self, id: &str) -> Option<&Figure> {
        self.figures.iter().find(|figure| figure.id == id)
    }

    pub fn event(&self, id: &str) -> Option<&Event> {
        self.events.iter().find(|event| event.id == id)
    }

    /// The value of `series` for the period labelled `label`.
    pub fn value(&self, series: &str, label: &str) -> Option<f64> {
        self.series(series)?
            .points
            .iter()
            .find(|point| point.period.label == label)
            .map(|point| point.value)
    }
}
