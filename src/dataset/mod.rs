//! The typed, immutable dataset compiled into the app.
//!
//! `build.rs` validates `data/*.csv` and writes `OUT_DIR/dataset.rs`, which defines the statics
//! `SOURCES`, `SERIES`, `FIGURES`, `EVENTS`, `CLAIMS` and `DATA_VERSION`, and the further tables
//! `EVENT_DETAILS`, `COALITION_DEATHS_BY_COUNTRY`, `REFUGEES_BY_HOST` and `PROVINCES`. This
//! module only adds look-ups; it never computes a figure.

mod types;

pub use types::*;

include!(concat!(env!("OUT_DIR"), "/dataset.rs"));

/// The source with this id, if any.
pub fn source(id: &str) -> Option<&'static Source> {
    SOURCES.iter().find(|source| source.id == id)
}

/// The series with this id, if any.
pub fn series(id: &str) -> Option<&'static Series> {
    SERIES.iter().find(|series| series.id == id)
}

/// The single figure with this id, if any.
pub fn figure(id: &str) -> Option<&'static Figure> {
    FIGURES.iter().find(|figure| figure.id == id)
}

/// The event with this id, if any.
pub fn event(id: &str) -> Option<&'static Event> {
    EVENTS.iter().find(|event| event.id == id)
}

/// What the event with this id has beyond `Event` (category, side deaths, notes), if anything.
pub fn event_detail(id: &str) -> Option<&'static EventDetail> {
    EVENT_DETAILS.iter().find(|detail| detail.id == id)
}

/// The checked claim with this number ("1", "4a", …), if any.
pub fn claim(number: &str) -> Option<&'static Claim> {
    CLAIMS.iter().find(|claim| claim.number == number)
}

/// The province with this ISO 3166-2 code (e.g. "AF-KAN") or geoBoundaries name, if any.
pub fn province(iso_or_name: &str) -> Option<&'static Province> {
    PROVINCES
        .iter()
        .find(|province| province.iso == iso_or_name || province.name == iso_or_name)
}

/// UNHCR's host-country rows for one year.
pub fn refugees_by_host_in(year: i32) -> impl Iterator<Item = &'static HostCountryYear> {
    REFUGEES_BY_HOST.iter().filter(move |row| row.year == year)
}
