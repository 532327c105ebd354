//! Vertical bar charts: one slot per year, series grouped side by side or stacked.

use super::bar_grid::BarGrid;
use super::canvas::{render_svg, Paint};
use super::frame::{layout_xy, XySpec};
use super::hit::{HitKind, HitTarget};
use super::legend::{LegendItem, Swatch};
use super::marks::{draw_bar_rect, draw_whisker};
use super::options::{BarMode, BarOptions};
use super::rendered::RenderedChart;
use super::spec::{ChartMarker, ChartSeries};
use super::support::{aria_label, empty_chart, extend_for_markers, failed_chart, x_domain};

/// Legend text of the "no data" stub.
const NO_DATA_LEGEND: &str = "No data";

/// Draws `series` as vertical bars per x value (year). Missing values get a small outlined
/// "no data" stub on the baseline (or on top of the stack); requests and estimates are pale and
/// outlined; ranges become whiskers (grouped mode only).
pub fn draw_bar(
    series: &[ChartSeries],
    markers: &[ChartMarker],
    options: &BarOptions,
) -> RenderedChart {
    let chart = &options.chart;
    let stacked = options.mode == BarMode::Stacked;
    let Some(grid) = BarGrid::new(series, chart.x_range) else {
        return empty_chart(chart);
    };
    let Some(fitted) = x_domain(grid.slots.iter().copied(), chart.x_range) else {
        return empty_chart(chart);
    };
    let half_slot = grid.slot_units / 2.0;
    let domain = extend_for_markers(
        (fitted.0 - half_slot, fitted.1 + half_slot),
        markers,
        chart.x_range,
    );

    let theme = chart.theme;
    let colors = theme.colors();
    let mut legend_items: Vec<LegendItem> = series
        .iter()
        .map(|s| LegendItem {
            label: s.label.clone(),
            swatch: Swatch::Bar(theme.series_color(s.color_index)),
        })
        .collect();
    if grid.any_hollow() {
        legend_items.push(LegendItem {
            label: chart.estimate_label.clone(),
            swatch: Swatch::PaleBar(colors.text_muted),
        });
    }
    if grid.any_missing() {
        legend_items.push(LegendItem {
            label: NO_DATA_LEGEND.to_string(),
            swatch: Swatch::NoData(colors.axis),
        });
    }
    if legend_items.len() == 1 {
        legend_items.clear(); // one series needs no key: the card's title names it
    }
    let value_extent = grid.value_extent(stacked);
    let spec = XySpec {
        options: chart,
        x_domain: domain,
        value_extent,
        right_axis: None,
        legend_items,
        markers,
    };
    let frame = layout_xy(spec);
    let marks = grid.place(&frame.x, &frame.y, stacked);

    let mut hits = Vec::new();
    let label = aria_label(chart, "Bar chart", series.iter().map(|s| s.label.as_str()));
    let svg = render_svg(chart.size_px(), &label, |canvas| {
        frame.draw(canvas)?;
        for mark in &marks {
            let Some((point_index, point, value)) = mark.value else {
                canvas.rect(
                    mark.rect,
                    Paint {
                        color: colors.axis,
                        opacity: 1.0,
                        filled: false,
                    },
                )?;
                continue;
            };
            let color = series
                .get(mark.series_index)
                .map_or(colors.text, |s| theme.series_color(s.color_index));
            draw_bar_rect(canvas, mark.rect, color, point.style)?;
            let centre_x = (mark.rect.x0 + mark.rect.x1) / 2.0;
            if let (false, Some((lo, hi))) = (stacked, point.finite_range()) {
                draw_whisker(
                    canvas,
                    centre_x,
                    frame.y.px_from_value(lo),
                    frame.y.px_from_value(hi),
                    true,
                    &frame.look,
                )?;
            }
            hits.push(HitTarget {
                series_index: mark.series_index,
                point_index,
                kind: HitKind::Bar,
                x_px: centre_x,
                y_px: if value >= 0.0 {
                    mark.rect.y0
                } else {
                    mark.rect.y1
                },
                rect_px: Some(mark.rect),
                x_value: point.x,
                value,
            });
        }
        Ok(())
    });
    // Series by series, like the other drawers, so keyboard order follows the legend.
    hits.sort_by_key(|hit| (hit.series_index, hit.point_index));
    match svg {
        Ok(svg) => frame.rendered(svg, hits),
        Err(_) => failed_chart(chart),
    }
}
