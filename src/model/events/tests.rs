//! The event model against the real dataset: the questions a reader asks must be answerable.

use super::summary::{collection_counts, province_summary, year_histogram};
use super::*;
use crate::dataset::{EventKind, EVENTS, PROVINCES};

fn provinces() -> Vec<&'static str> {
    PROVINCES.iter().map(|p| p.name).collect()
}

fn parsed(search: &str) -> ParsedQuery {
    parse_event_query(search, &provinces())
}

#[test]
fn the_index_holds_every_event_newest_first_by_default() {
    let index = dataset_index();
    assert_eq!(index.len(), EVENTS.len());
    let all = index.select(&EventFilter::default());
    assert_eq!(all.len(), EVENTS.len());
    let dates: Vec<_> = all
        .iter()
        .filter_map(|id| index.row(*id))
        .map(|r| r.event.date)
        .collect();
    assert!(
        dates.windows(2).all(|pair| pair[0] >= pair[1]),
        "not newest first"
    );
}

#[test]
fn kunduz_2020_with_ten_or_more_deaths_is_reachable() {
    let index = dataset_index();
    let query = parsed("ev.from=2020&ev.to=2020&ev.province=Kunduz&ev.min=10");
    assert!(query.notices.is_empty(), "{:?}", query.notices);
    let selection = index.select(&query.filter);
    assert!(!selection.is_empty());
    for row in selection.iter().filter_map(|id| index.row(*id)) {
        assert_eq!(row.event.date.year, 2020);
        assert_eq!(index.province_name(row), Some("Kunduz"));
        assert!(row.deaths.is_some_and(|d| d >= 10));
    }
}

#[test]
fn a_malformed_minimum_is_ignored_and_the_rest_applies() {
    let query = parsed("ev.min=abc&ev.from=2018&ev.to=2018&other=1");
    assert_eq!(
        query.notices,
        ["“ev.min=abc” is not a whole number; ignored."]
    );
    assert_eq!(query.filter.min_deaths, None);
    assert_eq!(query.filter.from, Some(DateBound::year(2018)));
    let index = dataset_index();
    let selection = index.select(&query.filter);
    assert!(selection
        .iter()
        .filter_map(|id| index.row(*id))
        .all(|row| row.event.date.year == 2018));
}

#[test]
fn names_and_types_are_read_forgivingly_and_written_canonically() {
    let query = parsed(
        "?ev.province=kundūz,%20SAR-E%20POL&ev.type=One-Sided,state-based&ev.sort=DEATHS-DESC",
    );
    assert!(query.notices.is_empty(), "{:?}", query.notices);
    assert_eq!(query.filter.provinces, ["Kunduz", "Sar-e Pol"]);
    assert_eq!(
        query.filter.kinds,
        [EventKind::StateBased, EventKind::OneSided]
    );
    assert_eq!(
        with_event_query("", &query.filter),
        "ev.type=state-based,one-sided&ev.province=Kunduz,Sar-e%20Pol&ev.sort=deaths-desc"
    );
}

#[test]
fn every_bad_part_gets_a_notice() {
    let query = parsed(
        "ev.from=20x&ev.to=2021-02-30&ev.type=battle&ev.province=Atlantis&ev.sort=up&ev.zoom=3",
    );
    assert_eq!(query.notices.len(), 6, "{:?}", query.notices);
    assert_eq!(query.filter, EventFilter::default());
}

#[test]
fn other_parameters_keep_their_place_and_spelling() {
    let filter = EventFilter {
        min_deaths: Some(5),
        ..EventFilter::default()
    };
    assert_eq!(
        with_event_query("chart=a%2Cb&ev.min=1&theme=dark", &filter),
        "chart=a%2Cb&theme=dark&ev.min=5"
    );
    assert_eq!(with_event_query("ev.q=x", &EventFilter::default()), "");
}

#[test]
fn a_year_link_selects_that_year() {
    assert_eq!(year_href(2018), "?ev.from=2018&ev.to=2018#events");
    let search = year_href(2018);
    let search = search.split('#').next().unwrap_or_default();
    let filter = parsed(search).filter;
    assert_eq!(filter.from.map(|b| b.first_day().month), Some(1));
    assert_eq!(
        filter.to.map(|b| (b.last_day().month, b.last_day().day)),
        Some((12, 31))
    );
}

#[test]
fn summaries_count_every_selected_event_once() {
    let index = dataset_index();
    let filter = parsed("ev.from=2001&ev.to=2021").filter;
    let selection = index.select(&filter);
    let years = year_histogram(index, &selection);
    assert_eq!(years.first().map(|y| y.year), Some(2001));
    assert_eq!(
        years.iter().map(|y| y.tally.events).sum::<usize>(),
        selection.len()
    );
    let provinces = province_summary(index, &selection);
    assert_eq!(provinces.provinces.len(), 34);
    let by_province: usize = provinces.provinces.iter().map(|p| p.tally.events).sum();
    assert_eq!(
        by_province + provinces.without_province.events,
        selection.len()
    );
    let by_collection: usize = collection_counts(index, &selection)
        .iter()
        .map(|c| c.1)
        .sum();
    assert_eq!(by_collection, selection.len());
}

#[test]
fn ged_191_events_count_their_sides_deaths() {
    let index = dataset_index();
    let subset = (0..index.len() as u32)
        .filter_map(|id| index.row(id))
        .filter(|row| row.deaths_from_sides)
        .count();
    assert!(subset > 250, "{subset}");
}

#[test]
fn the_csv_names_sources_licence_and_coverage() {
    let index = dataset_index();
    let selection = index.select(&parsed("ev.from=2020&ev.to=2020&ev.province=Kunduz").filter);
    let csv = csv::events_csv(
        index,
        &selection,
        crate::dataset::SOURCES,
        "https://example.org/?x",
    );
    assert!(csv.contains("CC BY 4.0"));
    assert!(csv.contains("Sundberg"));
    assert!(csv.contains("Only 2020 is complete"));
    let data_lines = csv.lines().filter(|line| !line.starts_with('#')).count();
    assert_eq!(
        data_lines,
        selection.len() + 1,
        "header + one line per event"
    );
}
