//! Small marks shared by the drawers: value points, range whiskers and range bands.

use super::canvas::{Canvas, DrawResult, Paint, Stroke};
use super::hit::PxRect;
use super::palette::Rgb;
use super::spec::PointStyle;
use super::theme::Look;

/// Radius of a value point.
const POINT_RADIUS_PX: u32 = 3;
/// Half the length of a whisker's end caps.
pub(crate) const WHISKER_CAP_PX: f64 = 4.0;

/// A value point: filled for reported values; a ring on a background-coloured disc for requests
/// and estimates (the disc hides the line behind the ring).
pub(crate) fn draw_point(
    canvas: &Canvas,
    centre: (f64, f64),
    color: Rgb,
    style: PointStyle,
    look: &Look,
) -> DrawResult {
    match style {
        PointStyle::Solid => canvas.circle(
            centre,
            POINT_RADIUS_PX,
            Paint {
                color,
                opacity: 1.0,
                filled: true,
            },
            1,
        ),
        PointStyle::Hollow => {
            let disc = Paint {
                color: look.colors.background,
                opacity: 1.0,
                filled: true,
            };
            canvas.circle(centre, POINT_RADIUS_PX + 1, disc, 1)?;
            canvas.circle(
                centre,
                POINT_RADIUS_PX + 1,
                Paint {
                    color,
                    opacity: 1.0,
                    filled: false,
                },
                2,
            )
        }
    }
}

/// A low–high whisker across `(from_px, to_px)` at `at_px`, vertical or horizontal, drawn as one
/// polyline (cap, stem, cap) in the text colour so it shows on top of any bar colour.
pub(crate) fn draw_whisker(
    canvas: &Canvas,
    at_px: f64,
    from_px: f64,
    to_px: f64,
    vertical: bool,
    look: &Look,
) -> DrawResult {
    let c = WHISKER_CAP_PX;
    let path: [(f64, f64); 6] = [
        (at_px - c, from_px),
        (at_px + c, from_px),
        (at_px, from_px),
        (at_px, to_px),
        (at_px - c, to_px),
        (at_px + c, to_px),
    ];
    let path: Vec<(f64, f64)> = if vertical {
        path.to_vec()
    } else {
        path.iter().map(|(a, b)| (*b, *a)).collect()
    };
    canvas.polyline(
        &path,
        Stroke {
            color: look.colors.text,
            width_px: 1,
            opacity: 1.0,
        },
    )
}

/// A translucent band between a run of low and high points (given left to right, in px).
pub(crate) fn draw_band(
    canvas: &Canvas,
    highs_px: &[(f64, f64)],
    lows_px: &[(f64, f64)],
    color: Rgb,
) -> DrawResult {
    let outline: Vec<(f64, f64)> = highs_px
        .iter()
        .copied()
        .chain(lows_px.iter().rev().copied())
        .collect();
    canvas.polygon(&outline, color, 0.2)
}

/// A bar: solid for reported values; pale with an outline for requests and estimates.
pub(crate) fn draw_bar_rect(
    canvas: &Canvas,
    rect: PxRect,
    color: Rgb,
    style: PointStyle,
) -> DrawResult {
    match style {
        PointStyle::Solid => canvas.rect(
            rect,
            Paint {
                color,
                opacity: 1.0,
                filled: true,
            },
        ),
        PointStyle::Hollow => {
            canvas.rect(
                rect,
                Paint {
                    color,
                    opacity: 0.3,
                    filled: true,
                },
            )?;
            canvas.rect(
                rect,
                Paint {
                    color,
                    opacity: 1.0,
                    filled: false,
                },
            )
        }
    }
}
