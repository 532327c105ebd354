//! The legend: a wrapped row of swatches and labels above the plot.

use super::canvas::{Align, Canvas, DrawResult, LabelStyle, Paint, Stroke};
use super::hit::PxRect;
use super::palette::Rgb;
use super::text::{text_width_px, truncate_to_width, Typography};
use super::theme::ThemeColors;

const SWATCH_PX: f64 = 16.0;
const SWATCH_GAP_PX: f64 = 5.0;
const ITEM_GAP_PX: f64 = 14.0;

/// The small picture before a legend label.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Swatch {
    /// A line in a series colour.
    Line(Rgb),
    /// A hollow point (requests and estimates in line charts).
    HollowPoint(Rgb),
    /// A filled block in a series colour.
    Bar(Rgb),
    /// A pale outlined block (requests and estimates in bar charts).
    PaleBar(Rgb),
    /// The "no data" outline of bar charts.
    NoData(Rgb),
}

/// One legend entry.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct LegendItem {
    pub label: String,
    pub swatch: Swatch,
}

/// An entry with its position: left edge and row.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct PlacedLegendItem {
    pub swatch: Swatch,
    pub text: String,
    pub x_px: f64,
    pub row: usize,
}

/// The laid-out legend; `height_px` is 0 when there is nothing to show.
#[derive(Debug, Clone, PartialEq, Default)]
pub(crate) struct LegendLayout {
    pub items: Vec<PlacedLegendItem>,
    pub height_px: f64,
}

/// Flows items left to right between `left_px` and `right_px`, wrapping to new rows; a label
/// too long for a whole row is shortened with "…".
pub(crate) fn layout_legend(
    items: &[LegendItem],
    left_px: f64,
    right_px: f64,
    typography: Typography,
) -> LegendLayout {
    let font_px = typography.label_px;
    let max_text_px = (right_px - left_px - SWATCH_PX - SWATCH_GAP_PX).max(0.0);
    let mut placed = Vec::with_capacity(items.len());
    let (mut x, mut row) = (left_px, 0);
    for item in items {
        let text = truncate_to_width(&item.label, font_px, max_text_px);
        let width = SWATCH_PX + SWATCH_GAP_PX + text_width_px(&text, font_px);
        if x > left_px && x + width > right_px {
            row += 1;
            x = left_px;
        }
        placed.push(PlacedLegendItem {
            swatch: item.swatch,
            text,
            x_px: x,
            row,
        });
        x += width + ITEM_GAP_PX;
    }
    let height_px = if placed.is_empty() {
        0.0
    } else {
        (row + 1) as f64 * typography.line_px
    };
    LegendLayout {
        items: placed,
        height_px,
    }
}

/// Draws the legend with its first row's top at `top_px`.
pub(crate) fn draw_legend(
    canvas: &Canvas,
    layout: &LegendLayout,
    top_px: f64,
    typography: Typography,
    colors: ThemeColors,
) -> DrawResult {
    for item in &layout.items {
        let mid_y = top_px + (item.row as f64 + 0.5) * typography.line_px;
        let (x0, x1) = (item.x_px, item.x_px + SWATCH_PX);
        let block = PxRect {
            x0: x0 + 2.0,
            y0: mid_y - 5.0,
            x1: x1 - 2.0,
            y1: mid_y + 5.0,
        };
        match item.swatch {
            Swatch::Line(color) => {
                let stroke = Stroke {
                    color,
                    width_px: 2,
                    opacity: 1.0,
                };
                canvas.polyline(&[(x0, mid_y), (x1, mid_y)], stroke)?;
            }
            Swatch::HollowPoint(color) => {
                let paint = Paint {
                    color,
                    opacity: 1.0,
                    filled: false,
                };
                canvas.circle(((x0 + x1) / 2.0, mid_y), 4, paint, 2)?;
            }
            Swatch::Bar(color) => canvas.rect(
                block,
                Paint {
                    color,
                    opacity: 1.0,
                    filled: true,
                },
            )?,
            Swatch::PaleBar(color) => {
                canvas.rect(
                    block,
                    Paint {
                        color,
                        opacity: 0.3,
                        filled: true,
                    },
                )?;
                canvas.rect(
                    block,
                    Paint {
                        color,
                        opacity: 1.0,
                        filled: false,
                    },
                )?;
            }
            Swatch::NoData(color) => {
                let stub = PxRect {
                    y0: mid_y + 1.0,
                    y1: mid_y + 4.0,
                    ..block
                };
                canvas.rect(
                    stub,
                    Paint {
                        color,
                        opacity: 1.0,
                        filled: false,
                    },
                )?;
            }
        }
        let style = LabelStyle {
            font_px: typography.label_px,
            color: colors.text,
            align: Align::Start,
            bold: false,
        };
        canvas.text(&item.text, (x1 + SWATCH_GAP_PX, mid_y), style)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(label: &str) -> LegendItem {
        LegendItem {
            label: label.to_string(),
            swatch: Swatch::Line(Rgb(0, 0, 0)),
        }
    }

    #[test]
    fn wraps_when_a_row_is_full() {
        let typography = Typography::for_width(320);
        let items = [
            item("US appropriations"),
            item("UK spending"),
            item("Cumulative total"),
        ];
        let narrow = layout_legend(&items, 8.0, 312.0, typography);
        assert!(narrow.items.iter().any(|i| i.row > 0));
        for placed in &narrow.items {
            let right = placed.x_px + SWATCH_PX + SWATCH_GAP_PX + text_width_px(&placed.text, 11.0);
            assert!(right <= 312.0 + 1e-9, "{placed:?}");
        }
        let wide = layout_legend(&items, 8.0, 1192.0, Typography::for_width(1200));
        assert!(wide.items.iter().all(|i| i.row == 0));
        assert!(narrow.height_px > wide.height_px);
    }

    #[test]
    fn empty_legend_takes_no_space() {
        assert_eq!(
            layout_legend(&[], 0.0, 100.0, Typography::for_width(320)).height_px,
            0.0
        );
    }
}
