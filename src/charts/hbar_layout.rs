//! Layout of horizontal bar charts: label column, value-label room, value axis and rows.

use super::axes::TICK_LABEL_GAP_PX;
use super::frame::PAD_PX;
use super::hit::PxRect;
use super::legend::{layout_legend, LegendItem, LegendLayout, Swatch};
use super::options::HBarOptions;
use super::scale::LinearScale;
use super::spec::{ChartCategory, PointStyle};
use super::text::{text_width_px, truncate_to_width};
use super::theme::Look;
use super::ticks::{max_ticks_for, nice_ticks, tick_labels};
use crate::model::format::format_value;

/// Gap between a bar's end and its value, and between row labels and the plot.
pub(crate) const LABEL_GAP_PX: f64 = 6.0;
/// Thickest a bar gets, however tall the chart.
const MAX_BAR_PX: f64 = 28.0;
/// Room each value tick wants before the real labels are known.
const FIRST_TICK_SPACING_PX: f64 = 56.0;
/// Text written where a category has no value.
const NO_DATA_LABEL: &str = "no data";

/// Where everything of a horizontal bar chart goes.
pub(crate) struct HBarLayout {
    pub look: Look,
    pub legend: LegendLayout,
    pub plot: PxRect,
    /// Values → px across.
    pub x: LinearScale,
    /// Row index → px of the row's centre.
    pub y: LinearScale,
    pub bar_px: f64,
    /// Right edge of the (right-aligned) row labels.
    pub label_right_px: f64,
    /// Row labels, shortened to fit.
    pub labels: Vec<String>,
    /// Values as written at the bar ends ("no data" for a missing value).
    pub value_texts: Vec<String>,
    pub ticks: Vec<(f64, String)>,
}

fn widest(texts: &[String], font_px: f64) -> f64 {
    texts
        .iter()
        .map(|t| text_width_px(t, font_px))
        .fold(0.0, f64::max)
}

/// Lays out rows top to bottom. The plot leaves room on its right for the widest value label
/// (and on its left too when a value is negative) so no label leaves the SVG.
pub(crate) fn layout_hbar(categories: &[ChartCategory], options: &HBarOptions) -> HBarLayout {
    let chart = &options.chart;
    let look = Look::new(chart.theme, chart.size_px());
    let (width, font_px, line) = (
        look.width_px,
        look.typography.label_px,
        look.typography.line_px,
    );

    let any_hollow = categories
        .iter()
        .any(|c| c.style == PointStyle::Hollow && c.finite_value().is_some());
    let mut legend_items = Vec::new();
    if chart.show_legend && any_hollow {
        let swatch = Swatch::PaleBar(look.colors.text_muted);
        legend_items.push(LegendItem {
            label: chart.estimate_label.clone(),
            swatch,
        });
    }
    let legend = layout_legend(&legend_items, PAD_PX, width - PAD_PX, look.typography);
    let value_texts: Vec<String> = categories
        .iter()
        .map(|c| {
            c.finite_value().map_or_else(
                || NO_DATA_LABEL.to_string(),
                |v| format_value(v, chart.value_unit),
            )
        })
        .collect();
    let value_room = widest(&value_texts, font_px) + LABEL_GAP_PX;
    let label_room = (width * options.max_label_share.clamp(0.1, 0.6)).floor();
    let labels: Vec<String> = categories
        .iter()
        .map(|c| truncate_to_width(&c.label, font_px, label_room))
        .collect();
    let label_right_px = PAD_PX + widest(&labels, font_px);

    let ends = categories.iter().flat_map(|c| {
        let range = c.finite_range();
        [c.finite_value(), range.map(|r| r.0), range.map(|r| r.1)]
    });
    let (lo, hi) = ends
        .flatten()
        .fold((0.0, 0.0), |(lo, hi), v| (f64::min(lo, v), f64::max(hi, v)));
    let x0 = label_right_px + LABEL_GAP_PX + if lo < 0.0 { value_room } else { 0.0 };
    let title_px = if chart.value_label.is_empty() {
        0.0
    } else {
        line
    };
    let plot = PxRect {
        x0,
        y0: PAD_PX + legend.height_px,
        x1: (width - PAD_PX - value_room).max(x0 + 40.0),
        y1: look.height_px - PAD_PX - title_px - line - TICK_LABEL_GAP_PX / 2.0,
    };
    // Tick count from the widest label the ticks produce (one retry: labels set the spacing).
    let mut ticks = nice_ticks(lo, hi, max_ticks_for(plot.width(), FIRST_TICK_SPACING_PX));
    let mut tick_texts = tick_labels(&ticks, chart.value_unit);
    let spacing = widest(&tick_texts, font_px) + 16.0;
    if spacing > FIRST_TICK_SPACING_PX {
        ticks = nice_ticks(lo, hi, max_ticks_for(plot.width(), spacing));
        tick_texts = tick_labels(&ticks, chart.value_unit);
    }
    let x = LinearScale::new(ticks.domain(), (plot.x0, plot.x1));
    let y = LinearScale::new((-0.5, categories.len() as f64 - 0.5), (plot.y0, plot.y1));
    let bar_px = (y.px_per_unit() * 0.62).min(MAX_BAR_PX);
    let ticks = ticks.values.iter().copied().zip(tick_texts).collect();
    HBarLayout {
        look,
        legend,
        plot,
        x,
        y,
        bar_px,
        label_right_px,
        labels,
        value_texts,
        ticks,
    }
}
