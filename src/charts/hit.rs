//! Hit targets: where each drawn value sits, so a component can overlay focusable elements and
//! find the value under the pointer.

use super::rendered::RenderedChart;

/// An axis-aligned rectangle in chart px (SVG user units, origin top-left).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct PxRect {
    /// Left edge.
    pub x0: f64,
    /// Top edge.
    pub y0: f64,
    /// Right edge.
    pub x1: f64,
    /// Bottom edge.
    pub y1: f64,
}

impl PxRect {
    /// The rectangle spanning two corners in any order.
    pub fn from_corners(a: (f64, f64), b: (f64, f64)) -> PxRect {
        PxRect {
            x0: a.0.min(b.0),
            y0: a.1.min(b.1),
            x1: a.0.max(b.0),
            y1: a.1.max(b.1),
        }
    }

    /// Width in px.
    pub fn width(&self) -> f64 {
        self.x1 - self.x0
    }

    /// Height in px.
    pub fn height(&self) -> f64 {
        self.y1 - self.y0
    }

    /// True when the point lies inside or on the edge.
    pub fn contains(&self, px_in_chart: (f64, f64)) -> bool {
        let (x, y) = px_in_chart;
        x >= self.x0 && x <= self.x1 && y >= self.y0 && y <= self.y1
    }

    /// Distance in px from the point to the rectangle (0 inside).
    pub fn distance_to(&self, px_in_chart: (f64, f64)) -> f64 {
        let (x, y) = px_in_chart;
        let dx = (self.x0 - x).max(x - self.x1).max(0.0);
        let dy = (self.y0 - y).max(y - self.y1).max(0.0);
        dx.hypot(dy)
    }

    /// The same rectangle grown by `margin_px` on every side.
    pub fn inflate(&self, margin_px: f64) -> PxRect {
        PxRect {
            x0: self.x0 - margin_px,
            y0: self.y0 - margin_px,
            x1: self.x1 + margin_px,
            y1: self.y1 + margin_px,
        }
    }
}

/// What kind of mark a hit target belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum HitKind {
    /// A value of a line series.
    LinePoint,
    /// A value of the running-total line; `series_index` names the series it adds up.
    CumulativePoint,
    /// A vertical bar or a segment of a stacked bar.
    Bar,
    /// A horizontal bar; `point_index` is the category's index, `series_index` is 0.
    HBar,
}

/// One drawn value and where it is, in chart px.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct HitTarget {
    /// Index of the series (or 0 for horizontal bars) in the drawer's input.
    pub series_index: usize,
    /// Index of the point (or category) within its series' `points`.
    pub point_index: usize,
    /// What was drawn.
    pub kind: HitKind,
    /// Anchor for a tooltip: the point's centre, a bar's top centre, a horizontal bar's end.
    pub x_px: f64,
    /// See `x_px`.
    pub y_px: f64,
    /// The bar's rectangle; `None` for points.
    pub rect_px: Option<PxRect>,
    /// The point's x value (year); for horizontal bars, the category index.
    pub x_value: f64,
    /// The value drawn (for a running total, the total so far).
    pub value: f64,
}

impl HitTarget {
    /// Distance in px from the pointer: 0 inside a bar, else to the bar's edge or point's centre.
    pub fn distance_to(&self, px_in_chart: (f64, f64)) -> f64 {
        match self.rect_px {
            Some(rect) => rect.distance_to(px_in_chart),
            None => (self.x_px - px_in_chart.0).hypot(self.y_px - px_in_chart.1),
        }
    }
}

/// How far outside the plot area the pointer may be and still pick a value.
const HOVER_SLACK_PX: f64 = 12.0;

/// How much nearer than a running-total point a value must be to win the pointer.
const OVERLAP_PREFERENCE_PX: f64 = 6.0;

/// The target nearest to the pointer, or `None` when the pointer is away from the plot area or
/// nothing was drawn. Ties go to the first target (drawing order).
pub fn nearest_hit(chart: &RenderedChart, px_in_chart: (f64, f64)) -> Option<&HitTarget> {
    if !chart
        .plot_area_px
        .inflate(HOVER_SLACK_PX)
        .contains(px_in_chart)
    {
        return None;
    }
    // A running total drawn on its own axis can sit on top of the value it sums; within a few
    // px the reader most likely means the value itself, so cumulative points count as farther.
    let effective_distance = |target: &HitTarget| {
        let distance = target.distance_to(px_in_chart);
        if target.kind == HitKind::CumulativePoint {
            distance + OVERLAP_PREFERENCE_PX
        } else {
            distance
        }
    };
    let mut best: Option<(&HitTarget, f64)> = None;
    for target in &chart.hit_targets {
        let distance = effective_distance(target);
        if best.map_or(true, |(_, best_distance)| distance < best_distance) {
            best = Some((target, distance));
        }
    }
    best.map(|(target, _)| target)
}
