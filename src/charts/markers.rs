//! Vertical event markers (invasion, surge, Doha, fall of Kabul) and their non-colliding labels.

use super::canvas::{Align, Canvas, DrawResult, LabelStyle, Stroke};
use super::hit::PxRect;
use super::rendered::PlacedMarker;
use super::scale::LinearScale;
use super::spec::ChartMarker;
use super::text::{text_width_px, truncate_to_width, Typography};
use super::theme::ThemeColors;

/// Rows of marker labels stacked above the plot before labels give way to shorter forms.
pub(crate) const MAX_MARKER_ROWS: usize = 2;
/// Minimum empty space between two labels in one row.
const LABEL_GAP_PX: f64 = 6.0;
/// Space between the lowest label row and the plot.
const ROWS_TO_PLOT_PX: f64 = 2.0;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LabelLevel {
    Full,
    Short,
    Number,
}

/// One visible marker: its line position and, if it fit, its label's centre and row.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct MarkerLabel {
    pub marker: PlacedMarker,
    pub label_centre_px: f64,
    pub row: usize,
}

/// Marker labels placed for one chart width.
#[derive(Debug, Clone, PartialEq, Default)]
pub(crate) struct MarkerLayout {
    pub labels: Vec<MarkerLabel>,
    /// Label rows used (0 when there are no visible markers).
    pub rows: usize,
}

impl MarkerLayout {
    /// Height the label rows need above the plot.
    pub fn height_px(&self, typography: Typography) -> f64 {
        if self.rows == 0 {
            0.0
        } else {
            self.rows as f64 * typography.line_px + ROWS_TO_PLOT_PX
        }
    }
}

/// Places labels of the markers inside the x domain, keeping each within `bounds_px`. Tries
/// full labels, then short ones, then numbers ("1", "2", … left to right, for a key under the
/// chart); every level may use [`MAX_MARKER_ROWS`] rows. Numbers that still collide are left
/// unlabelled rather than overlap.
pub(crate) fn layout_markers(
    markers: &[ChartMarker],
    x_scale: &LinearScale,
    bounds_px: (f64, f64),
    typography: Typography,
) -> MarkerLayout {
    let (lo, hi) = (
        x_scale.domain.0.min(x_scale.domain.1),
        x_scale.domain.0.max(x_scale.domain.1),
    );
    let mut visible: Vec<(usize, &ChartMarker)> = markers
        .iter()
        .enumerate()
        .filter(|(_, marker)| marker.x.is_finite() && marker.x >= lo && marker.x <= hi)
        .collect();
    visible.sort_by(|a, b| a.1.x.total_cmp(&b.1.x));
    for level in [LabelLevel::Full, LabelLevel::Short] {
        let layout = place(&visible, level, x_scale, bounds_px, typography);
        if layout
            .labels
            .iter()
            .all(|label| label.marker.shown_text.is_some())
        {
            return layout;
        }
    }
    place(&visible, LabelLevel::Number, x_scale, bounds_px, typography)
}

fn place(
    visible: &[(usize, &ChartMarker)],
    level: LabelLevel,
    x_scale: &LinearScale,
    (left_bound, right_bound): (f64, f64),
    typography: Typography,
) -> MarkerLayout {
    let font_px = typography.label_px;
    let mut row_right_edges = [f64::NEG_INFINITY; MAX_MARKER_ROWS];
    let mut layout = MarkerLayout::default();
    for (rank, (marker_index, marker)) in visible.iter().enumerate() {
        let wanted = match level {
            LabelLevel::Full => marker.label.clone(),
            LabelLevel::Short if marker.short_label.is_empty() => marker.label.clone(),
            LabelLevel::Short => marker.short_label.clone(),
            LabelLevel::Number => (rank + 1).to_string(),
        };
        let text = truncate_to_width(&wanted, font_px, right_bound - left_bound);
        let width = text_width_px(&text, font_px);
        let x_px = x_scale.px_from_value(marker.x);
        // Centre on the line, but slide inwards at the edges so the label never leaves the SVG.
        let centre = x_px
            .max(left_bound + width / 2.0)
            .min(right_bound - width / 2.0);
        let left = centre - width / 2.0;
        let free_row = row_right_edges
            .iter()
            .position(|edge| edge + LABEL_GAP_PX <= left);
        if let Some(row) = free_row {
            row_right_edges[row] = left + width;
            layout.rows = layout.rows.max(row + 1);
        }
        layout.labels.push(MarkerLabel {
            marker: PlacedMarker {
                marker_index: *marker_index,
                x_px,
                shown_text: free_row.map(|_| text),
                full_label: marker.label.clone(),
            },
            label_centre_px: centre,
            row: free_row.unwrap_or(0),
        });
    }
    layout
}

/// Draws marker lines across the plot and their labels in the rows just above it.
pub(crate) fn draw_markers(
    canvas: &Canvas,
    layout: &MarkerLayout,
    plot: PxRect,
    typography: Typography,
    colors: ThemeColors,
) -> DrawResult {
    let stroke = Stroke {
        color: colors.marker,
        width_px: 1,
        opacity: 1.0,
    };
    let style = LabelStyle {
        font_px: typography.label_px,
        color: colors.text_muted,
        align: Align::Middle,
        bold: false,
    };
    for label in &layout.labels {
        let x = label.marker.x_px;
        canvas.polyline(&[(x, plot.y0), (x, plot.y1)], stroke)?;
        if let Some(text) = &label.marker.shown_text {
            let y = plot.y0 - ROWS_TO_PLOT_PX - (label.row as f64 + 0.5) * typography.line_px;
            canvas.text(text, (label.label_centre_px, y), style)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marker(x: f64, label: &str, short: &str) -> ChartMarker {
        ChartMarker {
            x,
            label: label.to_string(),
            short_label: short.to_string(),
        }
    }

    fn war_markers() -> Vec<ChartMarker> {
        vec![
            marker(2001.77, "US-led invasion", "Invasion"),
            marker(2009.9, "Troop surge", "Surge"),
            marker(2014.99, "ISAF ends", "ISAF ends"),
            marker(2020.16, "Doha agreement", "Doha"),
            marker(2021.62, "Fall of Kabul", "Kabul"),
            marker(1989.13, "Soviet withdrawal", "Soviets out"),
        ]
    }

    fn no_overlaps(layout: &MarkerLayout, font_px: f64) {
        for row in 0..MAX_MARKER_ROWS {
            let mut spans: Vec<(f64, f64)> = layout
                .labels
                .iter()
                .filter(|l| l.row == row)
                .filter_map(|l| {
                    l.marker
                        .shown_text
                        .as_ref()
                        .map(|t| (l.label_centre_px, text_width_px(t, font_px)))
                })
                .map(|(c, w)| (c - w / 2.0, c + w / 2.0))
                .collect();
            spans.sort_by(|a, b| a.0.total_cmp(&b.0));
            assert!(spans.windows(2).all(|w| w[0].1 <= w[1].0), "{spans:?}");
        }
    }

    #[test]
    fn wide_charts_show_full_labels_and_skip_markers_outside_the_range() {
        let typography = Typography::for_width(1200);
        let x = LinearScale::new((2001.0, 2021.9), (60.0, 1180.0));
        let layout = layout_markers(&war_markers(), &x, (0.0, 1200.0), typography);
        assert_eq!(layout.labels.len(), 5, "1989 is outside 2001-2021");
        let shown: Vec<_> = layout
            .labels
            .iter()
            .filter_map(|l| l.marker.shown_text.clone())
            .collect();
        assert_eq!(shown.first().map(String::as_str), Some("US-led invasion"));
        assert!(shown.contains(&"Fall of Kabul".to_string()));
        no_overlaps(&layout, typography.label_px);
    }

    #[test]
    fn narrow_charts_fall_back_to_short_labels_or_numbers_within_bounds() {
        let typography = Typography::for_width(320);
        let x = LinearScale::new((1988.0, 2022.0), (40.0, 312.0));
        let layout = layout_markers(&war_markers(), &x, (0.0, 320.0), typography);
        assert_eq!(layout.labels.len(), 6);
        assert!(layout.rows <= MAX_MARKER_ROWS);
        assert!(layout
            .labels
            .iter()
            .all(|l| l.marker.shown_text.as_deref() != Some("Fall of Kabul")));
        no_overlaps(&layout, typography.label_px);
        for label in &layout.labels {
            if let Some(text) = &label.marker.shown_text {
                let half = text_width_px(text, typography.label_px) / 2.0;
                assert!(
                    label.label_centre_px - half >= 0.0 && label.label_centre_px + half <= 320.0
                );
            }
        }
        // Markers are reported left to right with their original index.
        assert_eq!(layout.labels[0].marker.marker_index, 5);
    }
}
