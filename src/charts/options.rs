//! Chart options: size, axis titles, units and theme, plus what each chart kind adds.

use super::theme::ChartTheme;
use crate::model::format::UnitKind;

/// Legend text for hollow points and pale bars unless the caller names them otherwise.
pub const DEFAULT_ESTIMATE_LABEL: &str = "Request or estimate";

/// Options every chart kind shares.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartOptions {
    /// SVG width in px; clamped to 240..=4000.
    pub width_px: u32,
    /// SVG height in px; clamped to 160..=4000.
    pub height_px: u32,
    /// Visible x interval; `None` fits the data. Points outside are left out.
    pub x_range: Option<(f64, f64)>,
    /// Title under the x axis (line and bar charts); empty for none.
    pub x_label: String,
    /// Title of the value axis, e.g. "US$, current" or "Deaths"; empty for none.
    pub value_label: String,
    /// How values are written on the axis and at bar ends.
    pub value_unit: UnitKind,
    /// Colours.
    pub theme: ChartTheme,
    /// Accessible name of the SVG; empty to describe the chart from its series labels.
    pub aria_label: String,
    /// Legend text explaining hollow points and pale bars.
    pub estimate_label: String,
    /// False hides the legend (e.g. when the card already explains a single series).
    pub show_legend: bool,
}

impl Default for ChartOptions {
    fn default() -> ChartOptions {
        ChartOptions {
            width_px: 640,
            height_px: 360,
            x_range: None,
            x_label: String::new(),
            value_label: String::new(),
            value_unit: UnitKind::Count,
            theme: ChartTheme::Light,
            aria_label: String::new(),
            estimate_label: DEFAULT_ESTIMATE_LABEL.to_string(),
            show_legend: true,
        }
    }
}

impl ChartOptions {
    /// Width and height after clamping to sizes the layout can handle.
    pub fn size_px(&self) -> (u32, u32) {
        (
            self.width_px.clamp(240, 4000),
            self.height_px.clamp(160, 4000),
        )
    }
}

/// A running total of one series, drawn on its own right-hand axis. It counts from the series'
/// first value, even when `x_range` starts later, and stops at the first gap (see
/// [`crate::charts::running_total`]).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CumulativeLine {
    /// Index of the series (in the slice passed to the drawer) to add up.
    pub series_index: usize,
    /// Legend label, e.g. "Cumulative total".
    pub label: String,
    /// Palette index of the running-total line.
    pub color_index: usize,
    /// Title of the right-hand axis; empty for none.
    pub axis_label: String,
}

/// Options of [`crate::charts::draw_line`].
#[derive(Debug, Clone, PartialEq)]
pub struct LineOptions {
    /// Shared options.
    pub chart: ChartOptions,
    /// Draw a dot at every value (isolated values between gaps are always dotted).
    pub show_points: bool,
    /// Optional running total on a second axis.
    pub cumulative: Option<CumulativeLine>,
}

impl Default for LineOptions {
    fn default() -> LineOptions {
        LineOptions {
            chart: ChartOptions::default(),
            show_points: true,
            cumulative: None,
        }
    }
}

/// How several series share a year in a bar chart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum BarMode {
    /// Side by side.
    #[default]
    Grouped,
    /// On top of each other (positives up, negatives down).
    Stacked,
}

/// Options of [`crate::charts::draw_bar`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BarOptions {
    /// Shared options.
    pub chart: ChartOptions,
    /// Grouped or stacked.
    pub mode: BarMode,
}

/// Options of [`crate::charts::draw_hbar`]. `chart.height_px` is usually
/// [`crate::charts::hbar_height_px`] of the row count.
#[derive(Debug, Clone, PartialEq)]
pub struct HBarOptions {
    /// Shared options (`x_label` and `x_range` are not used).
    pub chart: ChartOptions,
    /// Largest share of the width the row labels may take before they are shortened with "…".
    pub max_label_share: f64,
}

impl Default for HBarOptions {
    fn default() -> HBarOptions {
        HBarOptions {
            chart: ChartOptions::default(),
            max_label_share: 0.4,
        }
    }
}
