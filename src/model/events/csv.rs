//! The selection as CSV, with a header that names its sources, licences and coverage.

use std::collections::BTreeSet;

use super::index::{EventIndex, IndexedEvent, RowId};
use super::labels::{collection_slug, coverage_note, kind_slug, COLLECTIONS};
use crate::dataset::{Date, DatePrecision, Source};
use crate::model::csv_cell::csv_cell;

/// Column names, in order.
pub const CSV_COLUMNS: [&str; 22] = [
    "id",
    "date",
    "date_end",
    "date_precision",
    "type",
    "collection",
    "place",
    "province",
    "province_derived",
    "latitude",
    "longitude",
    "side_a",
    "side_b",
    "deaths_best",
    "deaths_low",
    "deaths_high",
    "deaths_civilians",
    "deaths_side_a",
    "deaths_side_b",
    "deaths_used",
    "description",
    "source_id",
];

const UCDP_CITATION: &str = "UCDP data: CC BY 4.0. Cite Sundberg, Ralph and Erik Melander (2013), \
    'Introducing the UCDP Georeferenced Event Dataset', Journal of Peace Research 50(4).";

/// The events of `selection` in its order, after `#` comment lines naming each source present
/// (publisher, document, date, licence), the coverage of each collection present and the link
/// that reproduces the view. `sources` is where source ids are looked up.
pub fn events_csv(
    index: &EventIndex,
    selection: &[RowId],
    sources: &[Source],
    view_url: &str,
) -> String {
    let rows: Vec<&IndexedEvent> = selection.iter().filter_map(|id| index.row(*id)).collect();
    let mut out = String::new();
    let mut comment = |line: &str| {
        out.push_str("# ");
        out.push_str(&line.replace(['\n', '\r'], " "));
        out.push('\n');
    };
    comment(
        "Events in Afghanistan from the dashboard 'The cost of the war in Afghanistan, 2001-2021'.",
    );
    comment(&format!("{} events. This view: {view_url}", rows.len()));
    let source_ids: BTreeSet<&str> = rows.iter().map(|row| row.event.source).collect();
    comment("Sources:");
    for id in &source_ids {
        match sources.iter().find(|source| source.id == *id) {
            Some(s) => comment(&format!(
                "- {}: {}, {} ({}). Licence: {}.",
                s.id, s.publisher, s.document, s.date, s.licence
            )),
            None => comment(&format!("- {id}")),
        }
    }
    comment(UCDP_CITATION);
    for collection in COLLECTIONS {
        if rows.iter().any(|row| row.event.collection == collection) {
            comment(&format!("Coverage: {}", coverage_note(collection)));
        }
    }
    comment("deaths_used: deaths_best, else deaths_side_a + deaths_side_b (GED 19.1 subset). Empty cell: not published.");
    out.push_str(&CSV_COLUMNS.join(","));
    out.push('\n');
    for row in rows {
        let cells = row_cells(index, row);
        let line: Vec<String> = cells.iter().map(|cell| csv_cell(cell)).collect();
        out.push_str(&line.join(","));
        out.push('\n');
    }
    out
}

fn row_cells(index: &EventIndex, row: &IndexedEvent) -> Vec<String> {
    let event = row.event;
    let number = |value: Option<u32>| value.map(|v| v.to_string()).unwrap_or_default();
    let coordinate = |value: Option<f64>| value.map(|v| v.to_string()).unwrap_or_default();
    let detail = row.detail;
    vec![
        event.id.to_string(),
        iso_date(event.date, event.precision),
        iso_date(event.date_end, event.precision),
        precision_word(event.precision).to_string(),
        kind_slug(event.kind).to_string(),
        collection_slug(event.collection).to_string(),
        event.place.to_string(),
        index
            .province_name(row)
            .unwrap_or(event.province)
            .to_string(),
        event.province_derived.to_string(),
        coordinate(event.latitude),
        coordinate(event.longitude),
        event.side_a.to_string(),
        event.side_b.to_string(),
        number(event.deaths_best),
        number(event.deaths_low),
        number(event.deaths_high),
        number(event.deaths_civilians),
        number(detail.and_then(|d| d.deaths_a)),
        number(detail.and_then(|d| d.deaths_b)),
        number(row.deaths),
        event.description.to_string(),
        event.source.to_string(),
    ]
}

fn iso_date(date: Date, precision: DatePrecision) -> String {
    match precision {
        DatePrecision::Day => format!("{:04}-{:02}-{:02}", date.year, date.month, date.day),
        DatePrecision::Month => format!("{:04}-{:02}", date.year, date.month),
        DatePrecision::Year => format!("{:04}", date.year),
    }
}

fn precision_word(precision: DatePrecision) -> &'static str {
    match precision {
        DatePrecision::Day => "day",
        DatePrecision::Month => "month",
        DatePrecision::Year => "year",
    }
}
