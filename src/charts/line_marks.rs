//! The marks of one line: range bands, solid and dashed stretches, value points.

use super::canvas::{Canvas, ChartError, DrawResult, Stroke};
use super::frame::XyFrame;
use super::hit::{HitKind, HitTarget};
use super::marks::{draw_band, draw_point, draw_whisker};
use super::palette::Rgb;
use super::scale::LinearScale;
use super::spec::{ChartPoint, PointStyle};

/// One line to draw: its colour, its visible points (with their input index) and the scale.
pub(crate) struct LineLayer<'a> {
    pub series_index: usize,
    pub kind: HitKind,
    pub color: Rgb,
    pub points: Vec<(usize, &'a ChartPoint)>,
    pub y: LinearScale,
    pub has_band: bool,
}

/// Splits points into runs of neighbours that all satisfy `keep` (a gap ends a run).
fn runs<'a, T>(
    points: &[(usize, &'a ChartPoint)],
    keep: impl Fn(&ChartPoint) -> Option<T>,
) -> Vec<Vec<(usize, &'a ChartPoint, T)>> {
    let mut all = vec![Vec::new()];
    for (index, point) in points {
        match (keep(point), all.last_mut()) {
            (Some(value), Some(run)) => run.push((*index, *point, value)),
            (None, _) => all.push(Vec::new()),
            (Some(_), None) => {}
        }
    }
    all.retain(|run| !run.is_empty());
    all
}

/// Bands between runs of ranges; a range standing alone gets a whisker instead.
pub(crate) fn draw_bands(canvas: &Canvas, frame: &XyFrame, layer: &LineLayer) -> DrawResult {
    for run in runs(&layer.points, ChartPoint::finite_range) {
        let to_px = |x: f64, v: f64| (frame.x.px_from_value(x), layer.y.px_from_value(v));
        if let [(_, point, (lo, hi))] = run.as_slice() {
            let (x, lo_px) = to_px(point.x, *lo);
            draw_whisker(
                canvas,
                x,
                lo_px,
                layer.y.px_from_value(*hi),
                true,
                &frame.look,
            )?;
            continue;
        }
        let highs: Vec<_> = run.iter().map(|(_, p, (_, hi))| to_px(p.x, *hi)).collect();
        let lows: Vec<_> = run.iter().map(|(_, p, (lo, _))| to_px(p.x, *lo)).collect();
        draw_band(canvas, &highs, &lows, layer.color)?;
    }
    Ok(())
}

/// Solid polylines for reported stretches, dashed ones for segments touching a hollow point.
pub(crate) fn draw_lines(canvas: &Canvas, frame: &XyFrame, layer: &LineLayer) -> DrawResult {
    let stroke = Stroke {
        color: layer.color,
        width_px: 2,
        opacity: 1.0,
    };
    for run in runs(&layer.points, ChartPoint::finite_y) {
        let px: Vec<(f64, f64)> = run
            .iter()
            .map(|(_, p, y)| (frame.x.px_from_value(p.x), layer.y.px_from_value(*y)))
            .collect();
        let dashed: Vec<bool> = run
            .windows(2)
            .map(|w| w[0].1.style == PointStyle::Hollow || w[1].1.style == PointStyle::Hollow)
            .collect();
        let mut start = 0;
        while start < dashed.len() {
            let end = dashed[start..]
                .iter()
                .position(|d| *d != dashed[start])
                .map_or(dashed.len(), |n| start + n);
            let stretch = &px[start..=end];
            if dashed[start] {
                canvas.dashed_polyline(stretch, stroke)?;
            } else {
                canvas.polyline(stretch, stroke)?;
            }
            start = end;
        }
    }
    Ok(())
}

/// Dots (always for isolated values and hollow points) and one hit target per value.
pub(crate) fn draw_points(
    canvas: &Canvas,
    frame: &XyFrame,
    layer: &LineLayer,
    show_points: bool,
) -> Result<Vec<HitTarget>, ChartError> {
    let mut hits = Vec::new();
    for run in runs(&layer.points, ChartPoint::finite_y) {
        let isolated = run.len() == 1;
        for (point_index, point, value) in run {
            let centre = (frame.x.px_from_value(point.x), layer.y.px_from_value(value));
            if show_points || isolated || point.style == PointStyle::Hollow {
                draw_point(canvas, centre, layer.color, point.style, &frame.look)?;
            }
            hits.push(HitTarget {
                series_index: layer.series_index,
                point_index,
                kind: layer.kind,
                x_px: centre.0,
                y_px: centre.1,
                rect_px: None,
                x_value: point.x,
                value,
            });
        }
    }
    Ok(hits)
}
