//! Axis drawing: grid lines, tick labels and the zero baseline.

use super::canvas::{Align, Canvas, DrawResult, LabelStyle, Stroke};
use super::hit::PxRect;
use super::scale::LinearScale;
use super::text::text_width_px;
use super::theme::Look;

/// Gap between tick labels and the plot edge.
pub(crate) const TICK_LABEL_GAP_PX: f64 = 6.0;

/// Which side of the plot a value axis' labels sit on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Side {
    Left,
    Right,
}

/// Horizontal grid lines (left axis only, so two axes don't draw two grids) and tick labels for
/// a vertical value axis.
pub(crate) fn draw_value_axis(
    canvas: &Canvas,
    plot: PxRect,
    scale: &LinearScale,
    ticks: &[(f64, String)],
    side: Side,
    look: &Look,
) -> DrawResult {
    let (typography, colors) = (look.typography, look.colors);
    let grid = Stroke {
        color: colors.grid,
        width_px: 1,
        opacity: 1.0,
    };
    let (x, align) = match side {
        Side::Left => (plot.x0 - TICK_LABEL_GAP_PX, Align::End),
        Side::Right => (plot.x1 + TICK_LABEL_GAP_PX, Align::Start),
    };
    let style = LabelStyle {
        font_px: typography.label_px,
        color: colors.text_muted,
        align,
        bold: false,
    };
    for (value, label) in ticks {
        let y = scale.px_from_value(*value);
        if side == Side::Left {
            canvas.polyline(&[(plot.x0, y), (plot.x1, y)], grid)?;
        }
        canvas.text(label, (x, y), style)?;
    }
    Ok(())
}

/// The value-zero line across the plot, darker than the grid so bars visibly stand on it.
pub(crate) fn draw_zero_line(canvas: &Canvas, plot: PxRect, y_px: f64, look: &Look) -> DrawResult {
    let stroke = Stroke {
        color: look.colors.axis,
        width_px: 1,
        opacity: 1.0,
    };
    canvas.polyline(&[(plot.x0, y_px), (plot.x1, y_px)], stroke)
}

/// Vertical grid lines and labels under the plot for a horizontal axis. Labels are slid
/// inwards at the SVG's edges so they are never clipped.
pub(crate) fn draw_bottom_axis(
    canvas: &Canvas,
    plot: PxRect,
    scale: &LinearScale,
    ticks: &[(f64, String)],
    draw_grid: bool,
    look: &Look,
) -> DrawResult {
    let (typography, colors) = (look.typography, look.colors);
    let grid = Stroke {
        color: colors.grid,
        width_px: 1,
        opacity: 1.0,
    };
    let style = LabelStyle {
        font_px: typography.label_px,
        color: colors.text_muted,
        align: Align::Middle,
        bold: false,
    };
    let y = plot.y1 + TICK_LABEL_GAP_PX / 2.0 + typography.line_px / 2.0;
    for (value, label) in ticks {
        let x = scale.px_from_value(*value);
        if draw_grid {
            canvas.polyline(&[(x, plot.y0), (x, plot.y1)], grid)?;
        }
        let half = text_width_px(label, typography.label_px) / 2.0;
        let centre = x.max(half + 1.0).min(look.width_px - half - 1.0);
        canvas.text(label, (centre, y), style)?;
    }
    Ok(())
}

/// Widest of a set of labels, in px.
pub(crate) fn widest_px(labels: &[(f64, String)], font_px: f64) -> f64 {
    labels
        .iter()
        .map(|(_, label)| text_width_px(label, font_px))
        .fold(0.0, f64::max)
}
