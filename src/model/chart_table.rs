//! The same data a chart draws, as an HTML-ready table and as a CSV download.

use crate::dataset::{source, DATA_VERSION};
use crate::model::chart_catalog::{ChartDef, ChartShape};
use crate::model::chart_data::{chart_dataset_series, chart_figures, points_in, YearSpan};
use crate::model::figure_text::{figure_value_text, value_with_unit};

/// A table of text cells; the first column labels the row.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TableView {
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

fn status_suffix(status: crate::dataset::Status, label: &str) -> &'static str {
    use crate::dataset::Status;
    match status {
        Status::Reported if label.starts_with('H') => " (part of the year)",
        Status::Reported => "",
        Status::Estimate => " (estimate)",
        Status::Request => " (request)",
        Status::Projection => " (projection)",
        Status::Provisional => " (provisional)",
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
                        format!("{value}{}", status_suffix(p.status, p.period.label))
                    })
            }));
            row
        })
        .collect();
    let mut headers = vec!["Period".to_string()];
    headers.extend(shown.iter().map(|series| series.label.to_string()));
    TableView { headers, rows }
}

/// Quotes a CSV field when it holds a comma, quote or line break.
fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

/// The chart's data as CSV: comment lines naming the chart, sources and licences, then one row
/// per value with its source, so a downloaded file stays traceable on its own.
pub fn chart_csv(def: &ChartDef, span: YearSpan) -> String {
    let mut out = format!(
        "# {}\n# Unit: {}\n# Data version: {DATA_VERSION}\n# Each row names its source; licences are on each source's card in the dashboard.\n",
        def.title, def.unit_text
    );
    out.push_str("period,series_or_figure,label,value,value_high,unit,status,publisher,document,source_date,where_read,licence,note\n");
    let mut push_row = |fields: [&str; 13]| {
        let line: Vec<String> = fields.iter().map(|field| csv_field(field)).collect();
        out.push_str(&line.join(","));
        out.push('\n');
    };
    if def.shape == ChartShape::Categories {
        for figure in chart_figures(def) {
            let found = source(figure.source);
            let high = figure.value_high.map(|v| v.to_string()).unwrap_or_default();
            push_row([
                figure.as_of,
                figure.id,
                figure.label,
                &figure.value.to_string(),
                &high,
                &format!("{:?}", figure.unit),
                &format!("{:?}", figure.status),
                found.map_or("", |s| s.publisher),
                found.map_or("", |s| s.document),
                found.map_or("", |s| s.date),
                found.map_or("", |s| s.where_read),
                found.map_or("", |s| s.licence),
                figure.note,
            ]);
        }
        return out;
    }
    for series in chart_dataset_series(def) {
        for point in points_in(series, span) {
            let found = source(point.source);
            push_row([
                point.period.label,
                series.id,
                series.label,
                &point.value.to_string(),
                "",
                &format!("{:?}", series.unit),
                &format!("{:?}", point.status),
                found.map_or("", |s| s.publisher),
                found.map_or("", |s| s.document),
                found.map_or("", |s| s.date),
                found.map_or("", |s| s.where_read),
                found.map_or("", |s| s.licence),
                point.note,
            ]);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::chart_catalog::chart;

    const ALL: YearSpan = YearSpan {
        from: 1979,
        to: 2021,
    };

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
    fn csv_rows_carry_their_source_and_quote_commas() {
        let def = chart("us-war-funding").expect("chart exists");
        let csv = chart_csv(
            def,
            YearSpan {
                from: 2010,
                to: 2010,
            },
        );
        let data_rows: Vec<&str> = csv.lines().filter(|line| !line.starts_with('#')).collect();
        assert_eq!(data_rows.len(), 2, "header and FY2010: {csv}");
        assert!(data_rows[1].starts_with("FY2010,us-war-funding-crs,"));
        assert!(data_rows[1].contains(",104.9,"));
        assert!(data_rows[1].contains("Congressional Research Service"));
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
    }

    #[test]
    fn category_tables_list_every_figure() {
        let def = chart("deaths-by-category").expect("chart exists");
        let table = chart_table(def, ALL);
        assert_eq!(table.rows.len(), def.figures.len());
        assert!(table.rows.iter().any(|row| row[1] == "66,000–69,000"));
    }
}
