//! Line charts: series over years with gaps, ranges, estimates, a running total and markers.

use super::canvas::render_svg;
use super::cumulative::running_total;
use super::frame::{layout_xy, RightAxisSpec, XySpec};
use super::hit::HitKind;
use super::legend::{LegendItem, Swatch};
use super::line_marks::{draw_bands, draw_lines, draw_points, LineLayer};
use super::options::LineOptions;
use super::rendered::RenderedChart;
use super::spec::{ChartMarker, ChartPoint, ChartSeries, PointStyle};
use super::support::{
    aria_label, empty_chart, extend_for_markers, failed_chart, x_domain, x_visible,
};

/// Draws `series` as lines. Gaps break the line; ranges become bands; hollow points and the
/// segments into them are dashed; markers inside the x range get labelled lines.
pub fn draw_line(
    series: &[ChartSeries],
    markers: &[ChartMarker],
    options: &LineOptions,
) -> RenderedChart {
    let chart = &options.chart;
    let visible = |points: &[ChartPoint]| -> Vec<(usize, ChartPoint)> {
        points
            .iter()
            .copied()
            .enumerate()
            .filter(|(_, p)| x_visible(p.x, chart.x_range))
            .collect()
    };
    let shown: Vec<Vec<(usize, ChartPoint)>> = series.iter().map(|s| visible(&s.points)).collect();
    let has_value =
        |points: &Vec<(usize, ChartPoint)>| points.iter().any(|(_, p)| p.finite_y().is_some());
    if !shown.iter().any(has_value) {
        return empty_chart(chart);
    }
    let cumulative = options.cumulative.as_ref().and_then(|c| {
        let source = series.get(c.series_index)?;
        Some((c, visible(&running_total(source))))
    });

    let all_points = || shown.iter().flatten().map(|(_, p)| p);
    let Some(domain) = x_domain(all_points().map(|p| p.x), chart.x_range) else {
        return empty_chart(chart);
    };
    let domain = extend_for_markers(domain, markers, chart.x_range);
    let value_extent = extent(all_points());
    let right_axis = cumulative.as_ref().map(|(c, points)| RightAxisSpec {
        extent: extent(points.iter().map(|(_, p)| p)),
        title: c.axis_label.clone(),
    });
    let theme = chart.theme;
    let mut legend_items: Vec<LegendItem> = series
        .iter()
        .map(|s| LegendItem {
            label: s.label.clone(),
            swatch: Swatch::Line(theme.series_color(s.color_index)),
        })
        .collect();
    if let Some((c, _)) = &cumulative {
        legend_items.push(LegendItem {
            label: c.label.clone(),
            swatch: Swatch::Line(theme.series_color(c.color_index)),
        });
    }
    let any_hollow = all_points().any(|p| p.style == PointStyle::Hollow && p.finite_y().is_some());
    if any_hollow {
        let muted = theme.colors().text_muted;
        legend_items.push(LegendItem {
            label: chart.estimate_label.clone(),
            swatch: Swatch::HollowPoint(muted),
        });
    }
    if legend_items.len() == 1 {
        legend_items.clear(); // one series needs no key: the card's title names it
    }
    let frame = layout_xy(XySpec {
        options: chart,
        x_domain: domain,
        value_extent,
        right_axis,
        legend_items,
        markers,
    });

    let mut layers: Vec<LineLayer> = series
        .iter()
        .zip(&shown)
        .enumerate()
        .map(|(series_index, (s, points))| LineLayer {
            series_index,
            kind: HitKind::LinePoint,
            color: theme.series_color(s.color_index),
            points: points.iter().map(|(i, p)| (*i, p)).collect(),
            y: frame.y,
            has_band: true,
        })
        .collect();
    if let (Some((c, points)), Some(right)) = (&cumulative, &frame.right) {
        layers.push(LineLayer {
            series_index: c.series_index,
            kind: HitKind::CumulativePoint,
            color: theme.series_color(c.color_index),
            points: points.iter().map(|(i, p)| (*i, p)).collect(),
            y: right.y,
            has_band: false,
        });
    }

    let mut hits = Vec::new();
    let label = aria_label(chart, "Line chart", series.iter().map(|s| s.label.as_str()));
    let svg = render_svg(chart.size_px(), &label, |canvas| {
        frame.draw(canvas)?;
        for layer in layers.iter().filter(|l| l.has_band) {
            draw_bands(canvas, &frame, layer)?;
        }
        for layer in &layers {
            draw_lines(canvas, &frame, layer)?;
        }
        for layer in &layers {
            hits.extend(draw_points(canvas, &frame, layer, options.show_points)?);
        }
        Ok(())
    });
    match svg {
        Ok(svg) => frame.rendered(svg, hits),
        Err(_) => failed_chart(chart),
    }
}

/// Smallest and largest of zero, every finite value and every range end.
fn extent<'a>(points: impl Iterator<Item = &'a ChartPoint>) -> (f64, f64) {
    points
        .flat_map(|p| {
            [
                p.finite_y(),
                p.finite_range().map(|r| r.0),
                p.finite_range().map(|r| r.1),
            ]
        })
        .flatten()
        .fold((0.0, 0.0), |(lo, hi), v| (f64::min(lo, v), f64::max(hi, v)))
}
