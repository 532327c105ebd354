//! From the dataset to what one chart shows: its series, markers and sources, over a span of
//! years. Pure functions; the table, CSV and summary views build on these.

use crate::charts::{ChartMarker, ChartPoint, ChartSeries};
use crate::dataset::{
    figure, series, Figure, Point, Series, Status, Topic, Unit, COALITION_DEATHS_BY_COUNTRY, EVENTS,
};
use crate::model::chart_catalog::{CategoryTable, ChartDef, ChartShape};
use crate::model::format::UnitKind;

/// An inclusive span of years, the period a chart shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct YearSpan {
    pub from: i32,
    pub to: i32,
}

impl YearSpan {
    pub const fn new(from: i32, to: i32) -> YearSpan {
        YearSpan { from, to }
    }

    pub fn contains(&self, year: i32) -> bool {
        (self.from..=self.to).contains(&year)
    }
}

/// How a dataset unit is drawn: the axis unit and the factor to whole units.
pub fn chart_unit(unit: Unit) -> (UnitKind, f64) {
    match unit {
        Unit::UsdBillion => (UnitKind::Usd, 1e9),
        Unit::UsdMillion => (UnitKind::Usd, 1e6),
        Unit::UsdConstant2019 => (UnitKind::Usd, 1.0),
        Unit::GbpMillion => (UnitKind::Gbp, 1e6),
        Unit::GbpBillion => (UnitKind::Gbp, 1e9),
        Unit::Percent => (UnitKind::Percent, 1.0),
        Unit::Index => (UnitKind::Index, 1.0),
        Unit::Persons | Unit::Deaths | Unit::Hectares | Unit::Tonnes => (UnitKind::Count, 1.0),
    }
}

/// True when a point should be drawn apart from reported values: requests, estimates,
/// projections, provisional values and part-year periods such as "H1 2021".
pub fn is_set_apart(point: &Point) -> bool {
    point.status != Status::Reported || point.period.label.starts_with('H')
}

/// The dataset series a chart draws, in legend order (unknown ids are skipped; a test checks
/// the catalogue so none is).
pub fn chart_dataset_series(def: &ChartDef) -> Vec<&'static Series> {
    def.series.iter().filter_map(|id| series(id)).collect()
}

/// The single figures a category chart draws, in display order: the catalogue's figure ids, or
/// the rows of a whole table (e.g. deaths per country) read as figures.
pub fn chart_figures(def: &ChartDef) -> Vec<Figure> {
    match def.category_table {
        Some(CategoryTable::CoalitionDeathsByCountry) => COALITION_DEATHS_BY_COUNTRY
            .iter()
            .map(|row| Figure {
                id: row.country,
                topic: Topic::Casualties,
                label: row.country,
                value: f64::from(row.deaths),
                value_high: None,
                unit: Unit::Deaths,
                as_of: "2001-2021",
                status: Status::Reported,
                source: row.source,
                note: row.note,
            })
            .collect(),
        None => def
            .figures
            .iter()
            .filter_map(|id| figure(id))
            .copied()
            .collect(),
    }
}

/// Points of a series inside the span, in period order.
pub fn points_in(series: &Series, span: YearSpan) -> impl Iterator<Item = &'static Point> {
    series
        .points
        .iter()
        .filter(move |point| span.contains(point.period.year))
}

/// The last year a period covers: "FY2001-FY2002" covers 2001 and 2002, so 2002 is no gap.
pub fn period_end_year(period: &crate::dataset::Period) -> i32 {
    if !period.partial {
        return period.year;
    }
    let digits: Vec<char> = period.label.chars().collect();
    digits
        .windows(4)
        .rev()
        .find(|window| window.iter().all(char::is_ascii_digit))
        .and_then(|window| window.iter().collect::<String>().parse().ok())
        .filter(|end: &i32| *end >= period.year)
        .unwrap_or(period.year)
}

/// One chart series per dataset series: values scaled to whole units, set-apart points hollow,
/// and every year without a value inside the series' run marked as a gap (never a zero).
/// Series the chart lists as unjoined get a gap after every point, so they show as dots.
pub fn chart_series(def: &ChartDef, span: YearSpan) -> Vec<ChartSeries> {
    chart_dataset_series(def)
        .into_iter()
        .enumerate()
        .map(|(color_index, source_series)| {
            let (_, scale) = chart_unit(source_series.unit);
            let unjoined = def.unjoined.contains(&source_series.id);
            let points: Vec<&Point> = points_in(source_series, span).collect();
            let mut chart_points = Vec::with_capacity(points.len());
            for (index, point) in points.iter().enumerate() {
                let previous_year = index
                    .checked_sub(1)
                    .and_then(|previous| points.get(previous))
                    .map(|previous| period_end_year(&previous.period));
                if let Some(previous_year) = previous_year {
                    for missing in (previous_year + 1)..point.period.year {
                        chart_points.push(ChartPoint::gap(f64::from(missing)));
                    }
                }
                let chart_point =
                    ChartPoint::new(f64::from(point.period.year), point.value * scale);
                chart_points.push(if is_set_apart(point) {
                    chart_point.hollow()
                } else {
                    chart_point
                });
                if unjoined {
                    chart_points.push(ChartPoint::gap(f64::from(point.period.year) + 0.5));
                }
            }
            ChartSeries {
                id: source_series.id.to_string(),
                label: source_series.label.to_string(),
                color_index,
                points: chart_points,
            }
        })
        .collect()
}

/// Key events every time chart marks: (timeline event id, short label).
pub const MARKER_EVENTS: [(&str, &str); 6] = [
    ("key-1989-02-15", "Soviet withdrawal"),
    ("key-2001-10-07", "US-led invasion"),
    ("key-2009-12-01", "Troop surge"),
    ("key-2014-12-28", "ISAF combat mission ends"),
    ("key-2020-02-29", "Doha agreement"),
    ("key-2021-08-15", "Fall of Kabul"),
];

/// Vertical markers for the key events inside the span, placed at their date as a fraction of
/// the year, each explained by the timeline's own description.
pub fn chart_markers(span: YearSpan) -> Vec<ChartMarker> {
    MARKER_EVENTS
        .iter()
        .filter_map(|(id, short)| {
            let event = EVENTS.iter().find(|event| event.id == *id)?;
            if !span.contains(event.date.year) {
                return None;
            }
            let day_of_year =
                f64::from(event.date.month.saturating_sub(1)) * 30.44 + f64::from(event.date.day);
            Some(ChartMarker {
                x: f64::from(event.date.year) + day_of_year / 365.25,
                label: format!("{short}: {}", event.description),
                short_label: short.to_string(),
            })
        })
        .collect()
}

/// The source ids behind what the chart shows in the span, first-cited first, no repeats.
pub fn chart_sources(def: &ChartDef, span: YearSpan) -> Vec<&'static str> {
    let cited: Vec<&'static str> = match def.shape {
        ChartShape::Categories => chart_figures(def).iter().map(|f| f.source).collect(),
        _ => chart_dataset_series(def)
            .into_iter()
            .flat_map(|series| points_in(series, span).map(|point| point.source))
            .collect(),
    };
    let mut unique = Vec::new();
    for id in cited {
        if !unique.contains(&id) {
            unique.push(id);
        }
    }
    unique
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::chart_catalog::chart;

    fn span(from: i32, to: i32) -> YearSpan {
        YearSpan { from, to }
    }

    #[test]
    fn money_is_drawn_in_whole_dollars() {
        let def = chart("us-war-funding").expect("chart exists");
        let drawn = chart_series(def, span(2010, 2010));
        let fy2010 = drawn[0].points[0];
        assert_eq!(fy2010.x, 2010.0);
        assert_eq!(fy2010.y, Some(104.9e9));
    }

    #[test]
    fn years_without_a_value_are_gaps_not_zeros() {
        let def = chart("us-war-funding").expect("chart exists");
        let later = &chart_series(def, span(2001, 2021))[1];
        let gaps: Vec<f64> = later
            .points
            .iter()
            .filter(|p| p.y.is_none())
            .map(|p| p.x)
            .collect();
        assert!(
            gaps.contains(&2016.0),
            "FY2016 has no published figure: {gaps:?}"
        );
        assert!(later.points.iter().all(|p| p.y != Some(0.0)));
    }

    #[test]
    fn a_two_year_value_leaves_no_gap_and_unjoined_series_are_dots() {
        let def = chart("us-war-funding").expect("chart exists");
        let drawn = chart_series(def, span(2001, 2021));
        let crs_gaps = drawn[0].points.iter().filter(|p| p.y.is_none()).count();
        assert_eq!(
            crs_gaps, 0,
            "FY2001-FY2002 covers 2002: {:?}",
            drawn[0].points
        );
        let later = &drawn[1].points;
        for pair in later.windows(2) {
            assert!(
                pair[0].y.is_none() || pair[1].y.is_none(),
                "joined: {pair:?}"
            );
        }
    }

    #[test]
    fn requests_and_part_years_are_hollow() {
        let def = chart("unama-civilians").expect("chart exists");
        let killed = &chart_series(def, span(2009, 2021))[0];
        let h1_2021 = killed.points.last().expect("has points");
        assert_eq!(h1_2021.x, 2021.0);
        assert_eq!(h1_2021.y, Some(1659.0));
        assert_ne!(h1_2021.style, killed.points[0].style);
    }

    #[test]
    fn markers_follow_the_span_and_explain_themselves() {
        let all = chart_markers(span(1979, 2021));
        assert_eq!(all.len(), 6);
        assert!(all[0].x > 1989.0 && all[0].x < 1989.2);
        assert!(all[0].label.starts_with("Soviet withdrawal: "));
        assert_eq!(chart_markers(span(2002, 2008)).len(), 0);
    }

    #[test]
    fn sources_are_listed_once_each() {
        let def = chart("refugees").expect("chart exists");
        let sources = chart_sources(def, span(1979, 2021));
        assert_eq!(sources, vec!["unhcr-population-2025"]);
    }
}
