//! The words under a chart's title: its subtitle (unit and period) and a one-sentence summary
//! of what it shows, generated from its data.

use crate::dataset::{Point, Series};
use crate::model::chart_catalog::{ChartDef, ChartShape};
use crate::model::chart_data::{chart_dataset_series, chart_figures, points_in, YearSpan};
use crate::model::figure_text::{figure_value_text, number_text, value_with_unit};

/// Unit and period, e.g. "Billions of US dollars, 2001–2021"; category charts show single
/// dated figures, so they name only the unit.
pub fn chart_subtitle(def: &ChartDef, span: YearSpan) -> String {
    match def.shape {
        ChartShape::Categories => def.unit_text.to_string(),
        _ => format!("{}, {}–{}", def.unit_text, span.from, span.to),
    }
}

/// Peak, change from first to last value, and the total where values add up over years.
pub fn chart_summary(def: &ChartDef, span: YearSpan) -> String {
    if def.shape == ChartShape::Categories {
        return categories_summary(def);
    }
    let shown = chart_dataset_series(def);
    let Some((series, points)) = shown
        .into_iter()
        .map(|series| (series, points_in(series, span).collect::<Vec<_>>()))
        .find(|(_, points)| !points.is_empty())
    else {
        return format!("No values were published for {}–{}.", span.from, span.to);
    };
    series_summary(def, series, &points)
}

fn series_summary(def: &ChartDef, series: &Series, points: &[&Point]) -> String {
    let value = |point: &Point| value_with_unit(point.value, series.unit);
    let (Some(first), Some(last)) = (points.first(), points.last()) else {
        return String::new();
    };
    let peak = points.iter().copied().fold(*first, |best, point| {
        if point.value > best.value {
            point
        } else {
            best
        }
    });
    let mut sentence = format!(
        "{} peaked at {} in {}; it was {} in {} and {} in {}.",
        series.label,
        value(peak),
        peak.period.label,
        value(first),
        first.period.label,
        value(last),
        last.period.label
    );
    if def.additive && points.len() > 1 {
        let total: f64 = points.iter().map(|point| point.value).sum();
        sentence.push_str(&format!(
            " The {} published values shown add up to {}.",
            number_text(points.len() as f64),
            value_with_unit(total, series.unit)
        ));
    }
    sentence
}

fn categories_summary(def: &ChartDef) -> String {
    let figures = chart_figures(def);
    let Some(largest) = figures
        .iter()
        .copied()
        .max_by(|a, b| a.value.total_cmp(&b.value))
    else {
        return "No figures were published for this chart.".to_string();
    };
    format!(
        "{} figures from the sources; the largest is {}: {} ({}).",
        figures.len(),
        largest.label,
        figure_value_text(&largest),
        largest.as_of
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::chart_catalog::chart;

    #[test]
    fn names_the_peak_year_and_value() {
        let def = chart("unama-civilians").expect("chart exists");
        let text = chart_summary(def, YearSpan::new(2009, 2020));
        assert!(text.contains("peaked at 3,804 in 2018"), "{text}");
        assert!(text.contains("2,412 in 2009"), "{text}");
        assert!(
            text.contains("add up to 38,552"),
            "FACTS.md: 38,552 killed 2009-2020: {text}"
        );
    }

    #[test]
    fn stocks_are_not_summed() {
        let def = chart("refugees").expect("chart exists");
        let text = chart_summary(def, YearSpan::new(1979, 2021));
        assert!(!text.contains("add up"), "{text}");
        assert!(text.contains("2,712,869 in 2021"), "{text}");
    }

    #[test]
    fn an_empty_period_says_so() {
        let def = chart("unama-civilians").expect("chart exists");
        let text = chart_summary(def, YearSpan::new(1980, 1985));
        assert_eq!(text, "No values were published for 1980–1985.");
    }

    #[test]
    fn categories_name_the_largest() {
        let def = chart("deaths-by-category").expect("chart exists");
        let text = chart_summary(def, YearSpan::new(2001, 2021));
        assert!(text.starts_with("13 figures"), "{text}");
        assert!(text.contains("69,095"), "{text}");
    }
}
