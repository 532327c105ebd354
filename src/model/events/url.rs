//! The event list's state in the query string, so a copied link reproduces the view.
//!
//! Keys (all optional; an absent key does not filter):
//! - `ev.from`, `ev.to`: a year (`2018`), month (`2018-03`) or day (`2018-03-05`); `from`
//!   starts at the first day it covers, `to` ends at the last, so `ev.from=2018&ev.to=2018`
//!   is the whole of 2018. Events are placed by their start date.
//! - `ev.type`: comma list of `state-based`, `non-state`, `one-sided`, `key-event`.
//! - `ev.province`: comma list of province names (geoBoundaries spelling, any case/accents).
//! - `ev.min`: minimum deaths, a whole number.
//! - `ev.q`: free text; every word must occur in the description, place or sides.
//! - `ev.sort`: `date-desc` (default), `date-asc`, `deaths-desc`, `deaths-asc`, `place-asc`,
//!   `place-desc`.
//!
//! A malformed value is ignored with a notice and everything else still applies.

use super::date_bound::DateBound;
use super::filter::{EventFilter, SortOrder};
use super::fold::fold_text;
use super::labels::{kind_from_slug, kind_slug};
use super::query_string::{encode_pair, join_segments, split_query};
use crate::model::url_notices::{capped, shorten};

pub const KEY_FROM: &str = "ev.from";
pub const KEY_TO: &str = "ev.to";
pub const KEY_TYPE: &str = "ev.type";
pub const KEY_PROVINCE: &str = "ev.province";
pub const KEY_MIN: &str = "ev.min";
pub const KEY_TEXT: &str = "ev.q";
pub const KEY_SORT: &str = "ev.sort";
/// Every key of the event list starts with this; other keys belong to other components.
pub const KEY_PREFIX: &str = "ev.";
/// The id of the events section, which links add so the page opens at the list.
pub const EVENTS_ANCHOR: &str = "events";
/// Longest free text kept from a link.
pub const MAX_TEXT_CHARS: usize = 200;

/// The filter a query string asks for, and one sentence per part that was ignored.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ParsedQuery {
    pub filter: EventFilter,
    pub notices: Vec<String>,
}

/// Reads the `ev.*` parameters of `search` (with or without `?`). `provinces` are the names a
/// link may use. Never fails: what cannot be read is listed in `notices`.
pub fn parse_event_query(search: &str, provinces: &[&str]) -> ParsedQuery {
    let mut filter = EventFilter::default();
    let mut notices = Vec::new();
    for pair in split_query(search) {
        let (key, value) = (pair.key.as_str(), pair.value.trim());
        if !key.starts_with(KEY_PREFIX) || value.is_empty() {
            continue;
        }
        let shown = shorten(&format!("{key}={value}"));
        match key {
            KEY_FROM | KEY_TO => match DateBound::parse(value) {
                Some(bound) if key == KEY_FROM => filter.from = Some(bound),
                Some(bound) => filter.to = Some(bound),
                None => notices.push(format!(
                    "“{shown}” is not a year or date (YYYY, YYYY-MM or YYYY-MM-DD); ignored."
                )),
            },
            KEY_TYPE => {
                for slug in list_items(value) {
                    match kind_from_slug(&slug.to_ascii_lowercase()) {
                        Some(kind) => filter.kinds.push(kind),
                        None => notices.push(format!(
                            "“{}” is not a type of event (state-based, non-state, one-sided, key-event); ignored.",
                            shorten(&format!("{key}={slug}"))
                        )),
                    }
                }
            }
            KEY_PROVINCE => {
                for name in list_items(value) {
                    let folded = fold_text(name);
                    match provinces.iter().find(|p| fold_text(p) == folded) {
                        Some(province) => filter.provinces.push(province.to_string()),
                        None => notices.push(format!(
                            "“{}” is not a province of Afghanistan; ignored.",
                            shorten(&format!("{key}={name}"))
                        )),
                    }
                }
            }
            KEY_MIN => match value.parse::<u32>() {
                Ok(min) => filter.min_deaths = Some(min),
                Err(_) => notices.push(format!("“{shown}” is not a whole number; ignored.")),
            },
            KEY_TEXT => {
                // The raw value, not trimmed: a link written while typing keeps its spaces.
                filter.text = pair.value.chars().take(MAX_TEXT_CHARS).collect();
                if pair.value.chars().count() > MAX_TEXT_CHARS {
                    notices.push(format!(
                        "“{KEY_TEXT}” is longer than {MAX_TEXT_CHARS} characters; the rest was ignored."
                    ));
                }
            }
            KEY_SORT => match SortOrder::from_slug(&value.to_ascii_lowercase()) {
                Some(sort) => filter.sort = sort,
                None => notices.push(format!("“{shown}” is not a sort order; ignored.")),
            },
            _ => notices.push(format!(
                "“{shown}” is not a parameter of the event list; ignored."
            )),
        }
    }
    ParsedQuery {
        filter: filter.normalized(),
        notices: capped(notices),
    }
}

/// The `ev.*` pairs of `filter`, in a fixed order; defaults and empty fields are left out.
pub fn event_query_pairs(filter: &EventFilter) -> Vec<(&'static str, String)> {
    let filter = filter.clone().normalized();
    let mut pairs = Vec::new();
    let mut add = |key, value: String| pairs.push((key, value));
    if let Some(from) = filter.from {
        add(KEY_FROM, from.to_text());
    }
    if let Some(to) = filter.to {
        add(KEY_TO, to.to_text());
    }
    if !filter.kinds.is_empty() {
        let slugs: Vec<&str> = filter.kinds.iter().map(|kind| kind_slug(*kind)).collect();
        add(KEY_TYPE, slugs.join(","));
    }
    if !filter.provinces.is_empty() {
        add(KEY_PROVINCE, filter.provinces.join(","));
    }
    if let Some(min) = filter.min_deaths {
        add(KEY_MIN, min.to_string());
    }
    if !filter.text.trim().is_empty() {
        add(KEY_TEXT, filter.text.clone());
    }
    if filter.sort != SortOrder::default() {
        add(KEY_SORT, filter.sort.slug().to_string());
    }
    pairs
}

/// `search` (without `?`) with its `ev.*` parameters replaced by `filter`'s; every other
/// parameter is kept exactly as written, in its place.
pub fn with_event_query(search: &str, filter: &EventFilter) -> String {
    let others = split_query(search)
        .into_iter()
        .filter(|pair| !pair.key.starts_with(KEY_PREFIX))
        .map(|pair| pair.raw);
    let ours = event_query_pairs(filter)
        .into_iter()
        .map(|(key, value)| encode_pair(key, &value));
    join_segments(others.chain(ours))
}

/// A link that opens the dashboard at the event list filtered to one year, for charts and
/// other components: `?ev.from=2018&ev.to=2018#events`. It replaces the whole query string;
/// to keep other parameters, use
/// `format!("?{}#events", with_event_query(search, &EventFilter::for_year(year)))`.
pub fn year_href(year: i32) -> String {
    format!("?{KEY_FROM}={year}&{KEY_TO}={year}#{EVENTS_ANCHOR}")
}

/// Comma-list items, trimmed, without empty ones.
fn list_items(value: &str) -> impl Iterator<Item = &str> {
    value
        .split(',')
        .map(str::trim)
        .filter(|item| !item.is_empty())
}
