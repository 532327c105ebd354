//! The shared frame of line and bar charts: layout (legend, titles, marker rows, axes) and
//! drawing everything except the data marks.

use super::axes::{
    draw_bottom_axis, draw_value_axis, draw_zero_line, widest_px, Side, TICK_LABEL_GAP_PX,
};
use super::canvas::{Align, Canvas, DrawResult, LabelStyle};
use super::hit::{HitTarget, PxRect};
use super::legend::{draw_legend, layout_legend, LegendItem, LegendLayout};
use super::markers::{draw_markers, layout_markers, MarkerLayout, MAX_MARKER_ROWS};
use super::options::ChartOptions;
use super::rendered::RenderedChart;
use super::scale::LinearScale;
use super::spec::ChartMarker;
use super::text::{text_width_px, truncate_to_width};
use super::theme::Look;
use super::ticks::{max_ticks_for, nice_ticks, tick_labels, year_ticks};
use crate::model::format::UnitKind;

/// Outer padding of every chart.
pub(crate) const PAD_PX: f64 = 8.0;
/// Vertical room each value tick wants.
const VALUE_TICK_SPACING_PX: f64 = 44.0;
/// Smallest plot height kept even when legend and markers crowd a short chart.
const MIN_PLOT_HEIGHT_PX: f64 = 40.0;

/// A second value axis on the right (the running total).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct RightAxisSpec {
    pub extent: (f64, f64),
    pub title: String,
}

/// What the frame needs from a line or bar chart.
pub(crate) struct XySpec<'a> {
    pub options: &'a ChartOptions,
    pub x_domain: (f64, f64),
    /// Smallest and largest value to show (the caller includes zero).
    pub value_extent: (f64, f64),
    pub right_axis: Option<RightAxisSpec>,
    pub legend_items: Vec<LegendItem>,
    pub markers: &'a [ChartMarker],
}

/// The laid-out right-hand axis.
pub(crate) struct RightAxis {
    pub y: LinearScale,
    ticks: Vec<(f64, String)>,
    title: String,
}

/// The laid-out frame.
pub(crate) struct XyFrame {
    pub look: Look,
    pub plot: PxRect,
    pub x: LinearScale,
    pub y: LinearScale,
    pub right: Option<RightAxis>,
    y_ticks: Vec<(f64, String)>,
    x_ticks: Vec<(f64, String)>,
    legend: LegendLayout,
    markers: MarkerLayout,
    value_title: String,
    x_title: String,
}

fn value_ticks(
    extent: (f64, f64),
    plot_height_px: f64,
    unit: UnitKind,
) -> (LinearScale, Vec<(f64, String)>) {
    let ticks = nice_ticks(
        extent.0,
        extent.1,
        max_ticks_for(plot_height_px, VALUE_TICK_SPACING_PX),
    );
    let labels = tick_labels(&ticks, unit);
    let scale = LinearScale::new(ticks.domain(), (0.0, 0.0));
    (scale, ticks.values.iter().copied().zip(labels).collect())
}

/// Lays out the frame. Value ticks are chosen for the plot height with the most marker rows, so
/// the ticks (and the left margin they set) stay valid when fewer rows turn out to be needed.
pub(crate) fn layout_xy(spec: XySpec) -> XyFrame {
    let options = spec.options;
    let look = Look::new(options.theme, options.size_px());
    let (width, height, line) = (look.width_px, look.height_px, look.typography.line_px);
    let font_px = look.typography.label_px;

    let legend_items = if options.show_legend {
        spec.legend_items
    } else {
        Vec::new()
    };
    let legend = layout_legend(&legend_items, PAD_PX, width - PAD_PX, look.typography);
    let right_title = spec
        .right_axis
        .as_ref()
        .map(|r| r.title.clone())
        .unwrap_or_default();
    let has_titles = !options.value_label.is_empty() || !right_title.is_empty();
    let top = PAD_PX + legend.height_px + if has_titles { line } else { 0.0 };
    let x_title_px = if options.x_label.is_empty() {
        0.0
    } else {
        line
    };
    let bottom = height - PAD_PX - x_title_px - line - TICK_LABEL_GAP_PX / 2.0;
    let marker_reserve = if spec.markers.is_empty() {
        0.0
    } else {
        MAX_MARKER_ROWS as f64 * line + 2.0
    };
    let plot_height_guess = (bottom - top - marker_reserve).max(MIN_PLOT_HEIGHT_PX);

    let (mut y, y_ticks) = value_ticks(spec.value_extent, plot_height_guess, options.value_unit);
    let left = PAD_PX + widest_px(&y_ticks, font_px) + TICK_LABEL_GAP_PX;
    let mut right_axis = spec.right_axis.map(|r| {
        (
            value_ticks(r.extent, plot_height_guess, options.value_unit),
            r.title,
        )
    });
    let year_label_px = text_width_px("2000", font_px);
    let right = match &right_axis {
        Some(((_, ticks), _)) => width - PAD_PX - widest_px(ticks, font_px) - TICK_LABEL_GAP_PX,
        None => width - PAD_PX - year_label_px / 2.0,
    };

    let x = LinearScale::new(spec.x_domain, (left, right));
    let max_x_ticks = max_ticks_for(right - left, year_label_px + 14.0);
    let x_ticks = year_ticks(x.domain.0, x.domain.1, max_x_ticks)
        .into_iter()
        .map(|year| (year, format!("{year:.0}")))
        .collect();
    let markers = layout_markers(spec.markers, &x, (PAD_PX, width - PAD_PX), look.typography);
    let plot_top = (top + markers.height_px(look.typography)).min(bottom - MIN_PLOT_HEIGHT_PX);
    let plot = PxRect {
        x0: left,
        y0: plot_top,
        x1: right,
        y1: bottom,
    };
    y = LinearScale::new(y.domain, (plot.y1, plot.y0));

    // Two titles share the row: each gets half the width when both are present.
    let title_room = if right_title.is_empty() {
        width - 2.0 * PAD_PX
    } else {
        width / 2.0 - PAD_PX - 4.0
    };
    let value_title = truncate_to_width(&options.value_label, font_px, title_room);
    let right = right_axis.take().map(|((scale, ticks), title)| {
        let y = LinearScale::new(scale.domain, (plot.y1, plot.y0));
        RightAxis {
            y,
            ticks,
            title: truncate_to_width(&title, font_px, title_room),
        }
    });
    let x_title = truncate_to_width(&options.x_label, font_px, width - 2.0 * PAD_PX);
    XyFrame {
        look,
        plot,
        x,
        y,
        right,
        y_ticks,
        x_ticks,
        legend,
        markers,
        value_title,
        x_title,
    }
}

impl XyFrame {
    /// Background, legend, titles, grid, axes and marker lines; data marks go on top.
    pub fn draw(&self, canvas: &Canvas) -> DrawResult {
        let (look, plot) = (&self.look, self.plot);
        let (typography, colors) = (look.typography, look.colors);
        canvas.fill(colors.background)?;
        draw_legend(canvas, &self.legend, PAD_PX, typography, colors)?;
        let title_y = PAD_PX + self.legend.height_px + typography.line_px / 2.0;
        let title = |align| LabelStyle {
            font_px: typography.label_px,
            color: colors.text_muted,
            align,
            bold: false,
        };
        if !self.value_title.is_empty() {
            canvas.text(&self.value_title, (PAD_PX, title_y), title(Align::Start))?;
        }
        draw_value_axis(canvas, plot, &self.y, &self.y_ticks, Side::Left, look)?;
        if let Some(right) = &self.right {
            draw_value_axis(canvas, plot, &right.y, &right.ticks, Side::Right, look)?;
            canvas.text(
                &right.title,
                (look.width_px - PAD_PX, title_y),
                title(Align::End),
            )?;
        }
        draw_bottom_axis(canvas, plot, &self.x, &self.x_ticks, false, look)?;
        if !self.x_title.is_empty() {
            let y = plot.y1 + TICK_LABEL_GAP_PX / 2.0 + typography.line_px * 1.5;
            canvas.text(
                &self.x_title,
                ((plot.x0 + plot.x1) / 2.0, y),
                title(Align::Middle),
            )?;
        }
        draw_markers(canvas, &self.markers, plot, typography, colors)?;
        let zero = self.y.px_from_value(0.0).clamp(plot.y0, plot.y1);
        draw_zero_line(canvas, plot, zero, look)
    }

    /// Packs the SVG and hit targets into the public result.
    pub fn rendered(&self, svg: String, hit_targets: Vec<HitTarget>) -> RenderedChart {
        RenderedChart {
            svg,
            width_px: self.look.width_px as u32,
            height_px: self.look.height_px as u32,
            plot_area_px: self.plot,
            x_scale: self.x,
            y_scale: self.y,
            hit_targets,
            markers: self
                .markers
                .labels
                .iter()
                .map(|label| label.marker.clone())
                .collect(),
            is_empty: false,
        }
    }
}
