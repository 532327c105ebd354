//! One chart of the catalogue drawn for a view, a width and a theme, with the text each drawn
//! value shows in its tooltip. Pure: the component only mounts the result.

use crate::charts::{
    draw_bar, draw_hbar, draw_line, hbar_height_px, BarMode, BarOptions, ChartCategory,
    ChartOptions, ChartTheme, CumulativeLine, HBarOptions, HitKind, LineOptions, PointStyle,
    RenderedChart,
};
use crate::dataset::{source, Series};
use crate::model::chart_catalog::{ChartDef, ChartShape};
use crate::model::chart_data::{
    chart_dataset_series, chart_figures, chart_markers, chart_series, chart_unit, points_in,
};
use crate::model::chart_url::ChartView;
use crate::model::figure_text::{figure_value_text, status_suffix, value_with_unit};
use crate::model::format::format_value;

/// A drawn chart and, for each of its hit targets (same order), the tooltip text.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartDrawing {
    pub rendered: RenderedChart,
    pub tooltips: Vec<String>,
}

/// Height for a time chart of this width: wide charts are 16:7, narrow ones taller so that
/// labels stay legible on a phone.
pub fn time_chart_height_px(width_px: u32) -> u32 {
    if width_px < 480 {
        (width_px * 19 / 20).max(280)
    } else {
        (width_px * 7 / 16).clamp(300, 460)
    }
}

fn base_options(def: &ChartDef, width_px: u32, theme: ChartTheme) -> ChartOptions {
    ChartOptions {
        width_px,
        height_px: time_chart_height_px(width_px),
        value_label: def.unit_text.to_string(),
        theme,
        aria_label: format!("{}. {}", def.title, def.unit_text),
        estimate_label: "Estimate, request or part-year".to_string(),
        show_legend: true,
        ..ChartOptions::default()
    }
}

/// Draws `def` as `view` asks, at `width_px`, in `theme`.
pub fn draw_chart(
    def: &ChartDef,
    view: &ChartView,
    width_px: u32,
    theme: ChartTheme,
) -> ChartDrawing {
    let mut options = base_options(def, width_px, theme);
    if def.shape == ChartShape::Categories {
        return draw_categories(def, options);
    }
    let visible: Vec<&'static Series> = chart_dataset_series(def)
        .into_iter()
        .filter(|series| !view.hidden.iter().any(|hidden| hidden == series.id))
        .collect();
    let drawn_series: Vec<_> = chart_series(def, view.span)
        .into_iter()
        .filter(|series| !view.hidden.contains(&series.id))
        .collect();
    let unit = visible.first().map(|series| series.unit);
    if let Some(unit) = unit {
        options.value_unit = chart_unit(unit).0;
    }
    // Keep the x axis on the period asked for, so gaps at either end stay visible as gaps.
    // On a line chart a year is a point, so three quarters of a year more leave room for events
    // late in the last year (Aug 2021); on a bar chart a year is a slot centred on its number,
    // so a date sits half a year earlier, inside its own year's slot.
    let mut markers = chart_markers(view.span);
    let (from, to) = (f64::from(view.span.from), f64::from(view.span.to));
    if def.shape == ChartShape::Lines {
        options.x_range = Some((from, to + 0.75));
    } else {
        // The bar drawer pads half a slot on either side itself.
        options.x_range = Some((from, to));
        for marker in &mut markers {
            marker.x -= 0.5;
        }
    }
    let rendered = match def.shape {
        ChartShape::Lines => {
            let cumulative = def.running_total.and_then(|label| {
                (drawn_series.first()?.id == *def.series.first()?).then(|| CumulativeLine {
                    series_index: 0,
                    label: label.to_string(),
                    color_index: def.series.len(),
                    axis_label: "Running total".to_string(),
                })
            });
            draw_line(
                &drawn_series,
                &markers,
                &LineOptions {
                    chart: options,
                    show_points: true,
                    cumulative,
                },
            )
        }
        _ => {
            let mode = if def.shape == ChartShape::StackedBars {
                BarMode::Stacked
            } else {
                BarMode::Grouped
            };
            draw_bar(
                &drawn_series,
                &markers,
                &BarOptions {
                    chart: options,
                    mode,
                },
            )
        }
    };
    let tooltips = rendered
        .hit_targets
        .iter()
        .map(|hit| {
            let Some(series) = visible.get(hit.series_index) else {
                return String::new();
            };
            if hit.kind == HitKind::CumulativePoint {
                let (unit_kind, _) = chart_unit(series.unit);
                return format!(
                    "Running total to {}: {}",
                    hit.x_value.round(),
                    format_value(hit.value, unit_kind)
                );
            }
            point_tooltip(series, view, hit.x_value)
        })
        .collect();
    ChartDrawing { rendered, tooltips }
}

/// "FY2010 · US war funding (CRS): $104.9 billion (estimate) — Source: CRS …".
fn point_tooltip(series: &Series, view: &ChartView, x_value: f64) -> String {
    let year = x_value.round() as i32;
    let Some(point) = points_in(series, view.span).find(|point| point.period.year == year) else {
        return String::new();
    };
    let status = status_suffix(point.status);
    let publisher = source(point.source).map_or(point.source, |found| found.publisher);
    format!(
        "{} · {}: {}{status} — Source: {publisher}",
        point.period.label,
        series.label,
        value_with_unit(point.value, series.unit)
    )
}

fn draw_categories(def: &ChartDef, mut options: ChartOptions) -> ChartDrawing {
    let figures = chart_figures(def);
    let categories: Vec<ChartCategory> = figures
        .iter()
        .map(|figure| {
            let (_, scale) = chart_unit(figure.unit);
            let reported = figure.status == crate::dataset::Status::Reported;
            ChartCategory {
                // Rows of one table share their period, which the subtitle already states.
                label: if def.category_table.is_some() {
                    figure.label.to_string()
                } else {
                    format!("{} ({})", figure.label, figure.as_of)
                },
                value: Some(figure.value * scale),
                range: figure
                    .value_high
                    .map(|high| (figure.value * scale, high * scale)),
                style: if reported {
                    PointStyle::Solid
                } else {
                    PointStyle::Hollow
                },
                color_index: 0,
            }
        })
        .collect();
    if let Some(first) = figures.first() {
        options.value_unit = chart_unit(first.unit).0;
    }
    options.height_px = hbar_height_px(categories.len(), options.width_px);
    let rendered = draw_hbar(
        &categories,
        &HBarOptions {
            chart: options,
            ..HBarOptions::default()
        },
    );
    let tooltips = rendered
        .hit_targets
        .iter()
        .map(|hit| {
            figures
                .get(hit.point_index)
                .map_or_else(String::new, |figure| {
                    let publisher =
                        source(figure.source).map_or(figure.source, |found| found.publisher);
                    format!(
                        "{} ({}): {} — Source: {publisher}",
                        figure.label,
                        figure.as_of,
                        figure_value_text(figure)
                    )
                })
        })
        .collect();
    ChartDrawing { rendered, tooltips }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::chart_catalog::{chart, CHARTS};

    #[test]
    fn every_chart_draws_at_phone_and_desktop_widths_in_both_themes() {
        for def in CHARTS {
            for width in [320, 1200] {
                for theme in [ChartTheme::Light, ChartTheme::Dark] {
                    let drawing = draw_chart(def, &ChartView::default_for(def), width, theme);
                    let svg = &drawing.rendered.svg;
                    assert!(!drawing.rendered.is_empty, "{} is empty", def.id);
                    assert!(!svg.contains("NaN") && !svg.contains("inf"), "{}", def.id);
                    assert_eq!(drawing.tooltips.len(), drawing.rendered.hit_targets.len());
                    assert!(
                        drawing.tooltips.iter().all(|text| !text.is_empty()),
                        "{}",
                        def.id
                    );
                }
            }
        }
    }

    #[test]
    fn a_hovered_point_names_value_period_and_source() {
        let def = chart("unama-civilians").expect("chart exists");
        let drawing = draw_chart(def, &ChartView::default_for(def), 800, ChartTheme::Light);
        let text = drawing
            .tooltips
            .iter()
            .find(|text| text.starts_with("2018 · Civilians killed"))
            .expect("a 2018 killed tooltip");
        assert!(text.contains("3,804"), "{text}");
        assert!(text.contains("Source: UNAMA"), "{text}");
    }

    #[test]
    fn pointing_at_fy2010_reads_the_value_not_the_running_total_drawn_over_it() {
        let def = chart("us-war-funding").expect("chart exists");
        let drawing = draw_chart(def, &ChartView::default_for(def), 1086, ChartTheme::Light);
        let chart = &drawing.rendered;
        let fy2010 = chart
            .hit_targets
            .iter()
            .position(|hit| {
                hit.kind == HitKind::LinePoint && hit.x_value == 2010.0 && hit.series_index == 0
            })
            .expect("FY2010 is drawn");
        let at = (
            chart.hit_targets[fy2010].x_px,
            chart.hit_targets[fy2010].y_px,
        );
        let picked = crate::charts::nearest_hit(chart, at).expect("a hit");
        assert_eq!(picked, &chart.hit_targets[fy2010]);
        assert!(
            drawing.tooltips[fy2010].contains("$104.9 billion"),
            "{}",
            drawing.tooltips[fy2010]
        );
    }

    #[test]
    fn hidden_series_are_not_drawn() {
        let def = chart("refugees").expect("chart exists");
        let mut view = ChartView::default_for(def);
        let all = draw_chart(def, &view, 800, ChartTheme::Light);
        view.hidden.push("unhcr-refugees-iran".to_string());
        let fewer = draw_chart(def, &view, 800, ChartTheme::Light);
        assert!(fewer.rendered.hit_targets.len() < all.rendered.hit_targets.len());
        assert!(fewer.tooltips.iter().all(|text| !text.contains("in Iran")));
    }
}
