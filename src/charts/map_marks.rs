//! The map's marks: event dots (merged where they crowd), their size and the size key.

use super::canvas::{Align, Canvas, DrawResult, LabelStyle, Paint};
use super::map::{MapDot, PAD_PX};
use super::map_projection::MapProjection;
use super::text::{text_width_px, Typography};
use super::theme::Look;
use crate::model::format::format_int;

/// Events whose dots fall in the same cell of this many px are drawn as one dot carrying
/// their summed deaths, so 100,000 events stay a light SVG.
pub const MERGE_CELL_PX: f64 = 3.0;
/// Death counts shown in the size key.
const KEY_DEATHS: [f64; 3] = [10.0, 100.0, 1000.0];

/// Dot radius in px for a death count on a map `width_px` wide: the area grows with deaths,
/// capped so one massacre cannot cover a province.
pub fn dot_radius_px(deaths: f64, width_px: u32) -> f64 {
    let scale = (f64::from(width_px) / 640.0).clamp(0.55, 1.4);
    let deaths = if deaths.is_finite() {
        deaths.max(0.0)
    } else {
        0.0
    };
    (scale * (2.0 + 0.42 * deaths.sqrt())).clamp(2.0, 16.0 * scale)
}

/// Dots merged per cell, biggest first so small dots stay visible on top of large ones.
pub(crate) struct MergedDot {
    pub centre_px: (f64, f64),
    pub deaths: f64,
}

pub(crate) fn merge_dots(
    dots: &[MapDot],
    projection: &MapProjection,
    size_px: (u32, u32),
) -> Vec<MergedDot> {
    // One cell per MERGE_CELL_PX square of the map, in a flat array (no hashing per event).
    let columns = (f64::from(size_px.0) / MERGE_CELL_PX).ceil().max(1.0) as usize;
    let rows = (f64::from(size_px.1) / MERGE_CELL_PX).ceil().max(1.0) as usize;
    let cell_of =
        |px: f64, count: usize| ((px / MERGE_CELL_PX).floor().max(0.0) as usize).min(count - 1);
    let mut cells = vec![(0.0, 0.0, 0.0, 0.0); columns * rows];
    for dot in dots
        .iter()
        .filter(|d| d.lon.is_finite() && d.lat.is_finite())
    {
        let (x, y) = projection.px_from_lonlat((dot.lon, dot.lat));
        let deaths = if dot.deaths.is_finite() {
            dot.deaths.max(0.0)
        } else {
            0.0
        };
        // Dots off the map land in its edge cells, still at their own position.
        if let Some(cell) = cells.get_mut(cell_of(y, rows) * columns + cell_of(x, columns)) {
            *cell = (cell.0 + x, cell.1 + y, cell.2 + deaths, cell.3 + 1.0);
        }
    }
    let mut merged: Vec<MergedDot> = cells
        .into_iter()
        .filter(|cell| cell.3 > 0.0)
        .map(|(sum_x, sum_y, deaths, count)| MergedDot {
            centre_px: (sum_x / count, sum_y / count),
            deaths,
        })
        .collect();
    // A stable sort keeps cell order among equals, so the same dots give the same SVG.
    merged.sort_by(|a, b| b.deaths.total_cmp(&a.deaths));
    merged
}

/// "Deaths" and three sample dots in the bottom-right corner (south-east of Afghanistan is
/// Pakistan, so the corner is free).
pub(crate) fn draw_size_key(canvas: &Canvas, look: &Look, paint: Paint) -> DrawResult {
    let typography = Typography::for_width(look.width_px as u32);
    let label = |color, align| LabelStyle {
        font_px: typography.label_px,
        color,
        align,
        bold: false,
    };
    let label_y = look.height_px - PAD_PX - typography.line_px / 2.0;
    let baseline = look.height_px - PAD_PX - typography.line_px;
    let mut right = look.width_px - PAD_PX;
    let mut tallest: f64 = 0.0;
    for deaths in KEY_DEATHS.iter().rev() {
        let radius = dot_radius_px(*deaths, look.width_px as u32).round();
        let text = format_int(*deaths as i64);
        let half = radius.max(text_width_px(&text, typography.label_px) / 2.0);
        let centre_x = right - half;
        canvas.circle((centre_x, baseline - radius - 2.0), radius as u32, paint, 0)?;
        canvas.text(
            &text,
            (centre_x, label_y),
            label(look.colors.text_muted, Align::Middle),
        )?;
        right = centre_x - half - 8.0;
        tallest = tallest.max(2.0 * radius + 2.0);
    }
    let title_at = (
        look.width_px - PAD_PX,
        baseline - tallest - typography.line_px / 2.0 - 2.0,
    );
    canvas.text("Deaths", title_at, label(look.colors.text, Align::End))
}
