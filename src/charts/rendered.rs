//! The result of drawing a chart.

use super::hit::{HitTarget, PxRect};
use super::scale::LinearScale;

/// An event marker as drawn: where its line is and which label was shown, so a card can list
/// numbered markers ("1 Soviet withdrawal") under a narrow chart.
#[derive(Debug, Clone, PartialEq)]
pub struct PlacedMarker {
    /// Index into the markers passed to the drawer.
    pub marker_index: usize,
    /// Chart px of the vertical line.
    pub x_px: f64,
    /// The text drawn: the full label, the short label or a number; `None` if no room was left.
    pub shown_text: Option<String>,
    /// The marker's full label, for a key or tooltip.
    pub full_label: String,
}

/// A drawn chart: the SVG and what a component needs to make it interactive.
#[derive(Debug, Clone, PartialEq)]
pub struct RenderedChart {
    /// A complete `<svg>` document with `width`, `height` and `viewBox` in px.
    pub svg: String,
    /// SVG width in px.
    pub width_px: u32,
    /// SVG height in px.
    pub height_px: u32,
    /// The plot area (inside the axes) in chart px.
    pub plot_area_px: PxRect,
    /// Horizontal map: years for line and bar charts, values for horizontal bars.
    pub x_scale: LinearScale,
    /// Vertical map: values for line and bar charts, row index for horizontal bars.
    pub y_scale: LinearScale,
    /// Every drawn value, series by series in input order.
    pub hit_targets: Vec<HitTarget>,
    /// Event markers inside the x range, left to right.
    pub markers: Vec<PlacedMarker>,
    /// True when there was nothing to draw and the SVG says "No data for this period".
    pub is_empty: bool,
}

impl RenderedChart {
    /// Data coordinates `(x, y)` under a chart px, or `None` outside the plot area.
    pub fn value_from_px(&self, px_in_chart: (f64, f64)) -> Option<(f64, f64)> {
        if self.is_empty || !self.plot_area_px.contains(px_in_chart) {
            return None;
        }
        Some((
            self.x_scale.value_from_px(px_in_chart.0),
            self.y_scale.value_from_px(px_in_chart.1),
        ))
    }
}
