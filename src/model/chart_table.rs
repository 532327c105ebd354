//! The same data a chart draws, as an HTML-ready table and as a CSV download.

use crate::dataset::{source, Source, Status, Unit, DATA_VERSION};
use crate::model::chart_catalog::{ChartDef, ChartShape};
use crate::model::chart_data::{chart_dataset_series, chart_figures, points_in, YearSpan};
use crate::model::csv_cell::csv_cell;
use crate::model::figure_text::{figure_value_text, status_suffix, unit_label, value_with_unit};

/// A table of text cells; the first column labels the row.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TableView {
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

/// A table cell also says when a reported value covers only part of a year ("H1 2021").
fn table_status_suffix(status: Status, label: &str) -> &'static str {
    if status == Status::Reported && label.starts_with('H') {
        " (part of the year)"
    } else {
        status_suffix(status)
    }
}

/// Rows by period (one column per series) for time charts; one row per figure for categories.
pub fn chart_table(def: &ChartDef, span: YearSpan) -> TableView {
    if def.shape == ChartShape::Categories {
        let rows = chart_figures(def)
            .into_iter()
            .map(|figure| {
                let publisher = source(figure.source).map_or(figure.source, |s| s.publisher);
                vec![
                    figure.label.to_string(),
                    figure_value_text(&figure),
                    figure.as_of.to_string(),
                    publisher.to_string(),
                ]
            })
            .collect();
        let headers = ["Figure", "Value", "As of", "Source"]
            .map(String::from)
            .to_vec();
        return TableView { headers, rows };
    }
    let shown = chart_dataset_series(def);
    let mut periods: Vec<(i32, &'static str)> = shown
        .iter()
        .flat_map(|series| points_in(series, span).map(|p| (p.period.year, p.period.label)))
        .collect();
    periods.sort();
    periods.dedup();
    let rows = periods
        .into_iter()
        .map(|(year, label)| {
            let mut row = vec![label.to_string()];
            row.extend(shown.iter().map(|series| {
                points_in(series, span)
                    .find(|p| p.period.year == year && p.period.label == label)
                    .map_or_else(String::new, |p| {
                        let value = value_with_unit(p.value, series.unit);
                        format!("{value}{}", table_status_suffix(p.status, p.period.label))
                    })
            }));
            row
        })
        .collect();
    let mut headers = vec!["Period".to_string()];
    headers.extend(shown.iter().map(|series| series.label.to_string()));
    TableView { headers, rows }
}

/// One value of a CSV download, before its source's columns are added.
struct CsvValue<'a> {
    period: &'a str,
    key: &'a str,
    label: &'a str,
    value: f64,
    value_high: Option<f64>,
    unit: Unit,
    status: Status,
    source_id: &'a str,
    note: &'a str,
}

const CSV_HEADER: &str = "period,series_or_figure,label,value,value_high,unit,status,publisher,document,source_date,where_read,licence,note\n";

fn push_csv_row(out: &mut String, row: CsvValue) {
    let found = source(row.source_id);
    let source_field = |pick: fn(&Source) -> &'static str| found.map_or("", pick);
    let fields = [
        row.period,
        row.key,
        row.label,
        &row.value.to_string(),
        &row.value_high
            .map(|high| high.to_string())
            .unwrap_or_default(),
        unit_label(row.unit),
        &format!("{:?}", row.status).to_lowercase(),
        source_field(|s| s.publisher),
        source_field(|s| s.document),
        source_field(|s| s.date),
        source_field(|s| s.where_read),
        source_field(|s| s.licence),
        row.note,
    ];
    let line: Vec<String> = fields.iter().map(|field| csv_cell(field)).collect();
    out.push_str(&line.join(","));
    out.push('\n');
}

/// The chart's data as CSV: comment lines naming the chart, sources and licences, then one row
/// per value with its source, so a downloaded file stays traceable on its own.
pub fn chart_csv(def: &ChartDef, span: YearSpan) -> String {
    let mut out = format!(
        "# {}\n# Unit: {}\n# Data version: {DATA_VERSION}\n# Each row names its source; licences are on each source's card in the dashboard.\n",
        def.title, def.unit_text
    );
    out.push_str(CSV_HEADER);
    if def.shape == ChartShape::Categories {
        for figure in chart_figures(def) {
            push_csv_row(
                &mut out,
                CsvValue {
                    period: figure.as_of,
                    key: figure.id,
                    label: figure.label,
                    value: figure.value,
                    value_high: figure.value_high,
                    unit: figure.unit,
                    status: figure.status,
                    source_id: figure.source,
                    note: figure.note,
                },
            );
        }
        return out;
    }
    for series in chart_dataset_series(def) {
        for point in points_in(series, span) {
            push_csv_row(
                &mut out,
                CsvValue {
                    period: point.period.label,
                    key: series.id,
                    label: series.label,
                    value: point.value,
                    value_high: None,
                    unit: series.unit,
                    status: point.status,
                    source_id: point.source,
                    note: point.note,
                },
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::chart_catalog::chart;

    const ALL: YearSpan = YearSpan::new(1979, 2021);

    #[test]
    fn table_has_a_row_per_period_and_a_column_per_series() {
        let def = chart("refugees").expect("chart exists");
        let table = chart_table(def, ALL);
        assert_eq!(table.headers.len(), 4);
        assert_eq!(table.rows.len(), 2021 - 1979 + 1);
        let row_2001 = table
            .rows
            .iter()
            .find(|row| row[0] == "2001")
            .expect("2001 row");
        assert_eq!(row_2001[1], "3,809,763");
        assert_eq!(row_2001[2], "2,197,821");
    }

    #[test]
    fn table_marks_estimates_and_part_years() {
        let def = chart("unama-civilians").expect("chart exists");
        let table = chart_table(def, ALL);
        let last = table.rows.last().expect("rows");
        assert_eq!(last[0], "H1 2021");
        assert!(last[1].ends_with("(part of the year)"), "{last:?}");
    }

    #[test]
    fn csv_rows_carry_their_source() {
        let def = chart("us-war-funding").expect("chart exists");
        let csv = chart_csv(def, YearSpan::new(2010, 2010));
        let data_rows: Vec<&str> = csv.lines().filter(|line| !line.starts_with('#')).collect();
        assert_eq!(data_rows.len(), 2, "header and FY2010: {csv}");
        assert!(data_rows[1].starts_with("FY2010,us-war-funding-crs,"));
        assert!(data_rows[1].contains(",104.9,"));
        assert!(data_rows[1].contains("Congressional Research Service"));
    }

    #[test]
    fn category_tables_list_every_figure() {
        let def = chart("deaths-by-category").expect("chart exists");
        let table = chart_table(def, ALL);
        assert_eq!(table.rows.len(), def.figures.len());
        assert!(table.rows.iter().any(|row| row[1] == "66,000–69,000"));
    }
}
