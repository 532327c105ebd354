//! Horizontal bar charts for categories: labels on the left, values written at the bar ends.

use super::axes::{draw_bottom_axis, TICK_LABEL_GAP_PX};
use super::canvas::{render_svg, Align, LabelStyle, Stroke};
use super::frame::PAD_PX;
use super::hbar_layout::{layout_hbar, LABEL_GAP_PX};
use super::hit::{HitKind, HitTarget, PxRect};
use super::legend::draw_legend;
use super::marks::{draw_bar_rect, draw_whisker};
use super::options::HBarOptions;
use super::rendered::RenderedChart;
use super::spec::ChartCategory;
use super::support::{aria_label, empty_chart, failed_chart};
use super::text::{truncate_to_width, Typography};

/// A height that gives each of `category_count` rows room for its label and bar.
pub fn hbar_height_px(category_count: usize, width_px: u32) -> u32 {
    let typography = Typography::for_width(width_px);
    let row_px = if width_px < 480 { 28.0 } else { 32.0 };
    let chrome = 2.0 * PAD_PX + 3.0 * typography.line_px + TICK_LABEL_GAP_PX;
    (chrome + category_count.max(1) as f64 * row_px).ceil() as u32
}

/// Draws one bar per category, top to bottom in input order, with the value at each bar's end
/// (thousands separators, see [`crate::model::format::format_value`]) and an optional low–high
/// whisker. Hit targets use `series_index` 0 and the category's index as `point_index`.
pub fn draw_hbar(categories: &[ChartCategory], options: &HBarOptions) -> RenderedChart {
    let chart = &options.chart;
    if !categories.iter().any(|c| c.finite_value().is_some()) {
        return empty_chart(chart);
    }
    let layout = layout_hbar(categories, options);
    let (look, plot, x, y) = (&layout.look, layout.plot, layout.x, layout.y);
    let (colors, font_px) = (look.colors, look.typography.label_px);
    let style = |color, align| LabelStyle {
        font_px,
        color,
        align,
        bold: false,
    };

    let mut hits = Vec::new();
    let label = aria_label(
        chart,
        "Bar chart",
        categories.iter().map(|c| c.label.as_str()),
    );
    let svg = render_svg(chart.size_px(), &label, |canvas| {
        canvas.fill(colors.background)?;
        draw_legend(canvas, &layout.legend, PAD_PX, look.typography, colors)?;
        draw_bottom_axis(canvas, plot, &x, &layout.ticks, true, look)?;
        if !chart.value_label.is_empty() {
            let title_y = plot.y1 + TICK_LABEL_GAP_PX / 2.0 + look.typography.line_px * 1.5;
            let title =
                truncate_to_width(&chart.value_label, font_px, look.width_px - 2.0 * PAD_PX);
            let centre = ((plot.x0 + plot.x1) / 2.0, title_y);
            canvas.text(&title, centre, style(colors.text_muted, Align::Middle))?;
        }
        let zero_px = x.px_from_value(0.0);
        let axis = Stroke {
            color: colors.axis,
            width_px: 1,
            opacity: 1.0,
        };
        canvas.polyline(&[(zero_px, plot.y0), (zero_px, plot.y1)], axis)?;
        for (index, category) in categories.iter().enumerate() {
            let centre_y = y.px_from_value(index as f64);
            let row_label = layout.labels.get(index).map_or("", String::as_str);
            canvas.text(
                row_label,
                (layout.label_right_px, centre_y),
                style(colors.text, Align::End),
            )?;
            let value_text = layout.value_texts.get(index).map_or("", String::as_str);
            let Some(value) = category.finite_value() else {
                let at = (zero_px + LABEL_GAP_PX, centre_y);
                canvas.text(value_text, at, style(colors.text_muted, Align::Start))?;
                continue;
            };
            let end_px = x.px_from_value(value);
            let half = layout.bar_px / 2.0;
            let rect = PxRect::from_corners((zero_px, centre_y - half), (end_px, centre_y + half));
            let color = look.theme.series_color(category.color_index);
            draw_bar_rect(canvas, rect, color, category.style)?;
            // The value goes past whichever reaches further: the bar or its whisker.
            let mut outer_px = end_px;
            if let Some((range_lo, range_hi)) = category.finite_range() {
                let (lo_px, hi_px) = (x.px_from_value(range_lo), x.px_from_value(range_hi));
                draw_whisker(canvas, centre_y, lo_px, hi_px, false, look)?;
                outer_px = if value >= 0.0 {
                    end_px.max(hi_px)
                } else {
                    end_px.min(lo_px)
                };
            }
            let (text_x, align) = if value >= 0.0 {
                (outer_px + LABEL_GAP_PX, Align::Start)
            } else {
                (outer_px - LABEL_GAP_PX, Align::End)
            };
            canvas.text(value_text, (text_x, centre_y), style(colors.text, align))?;
            hits.push(HitTarget {
                series_index: 0,
                point_index: index,
                kind: HitKind::HBar,
                x_px: end_px,
                y_px: centre_y,
                rect_px: Some(rect),
                x_value: index as f64,
                value,
            });
        }
        Ok(())
    });
    let Ok(svg) = svg else {
        return failed_chart(chart);
    };
    RenderedChart {
        svg,
        width_px: look.width_px as u32,
        height_px: look.height_px as u32,
        plot_area_px: plot,
        x_scale: x,
        y_scale: y,
        hit_targets: hits,
        markers: Vec::new(),
        is_empty: false,
    }
}
