//! Bar geometry: series values arranged by x slot, and the rectangles they become.

use super::hit::PxRect;
use super::scale::LinearScale;
use super::spec::{ChartPoint, ChartSeries, PointStyle};
use super::support::x_visible;

/// Share of a slot the bars take; the rest separates neighbouring years.
const BAR_SHARE: f64 = 0.8;
/// Height of the outline drawn where a value is missing, so a gap never reads as zero.
const NO_DATA_STUB_PX: f64 = 4.0;

/// A bar, or the "no data" stub of a missing value (`value` is `None`).
pub(crate) struct BarMark {
    pub series_index: usize,
    /// Input index, point and finite value.
    pub value: Option<(usize, ChartPoint, f64)>,
    pub rect: PxRect,
}

/// Visible values by slot: `cells[slot][series]` holds the input index and point, if any.
pub(crate) struct BarGrid {
    pub slots: Vec<f64>,
    /// Width of one slot in x units: the smallest distance between slots (1 for years).
    pub slot_units: f64,
    cells: Vec<Vec<Option<(usize, ChartPoint)>>>,
}

impl BarGrid {
    /// The grid of points inside `x_range`; `None` when no finite value is visible.
    pub fn new(series: &[ChartSeries], x_range: Option<(f64, f64)>) -> Option<BarGrid> {
        let visible = |p: &ChartPoint| x_visible(p.x, x_range);
        let mut slots: Vec<f64> = series
            .iter()
            .flat_map(|s| &s.points)
            .filter(|p| visible(p))
            .map(|p| p.x)
            .collect();
        slots.sort_by(f64::total_cmp);
        slots.dedup_by(|a, b| (*a - *b).abs() < 1e-9);
        let slot_units = slots
            .windows(2)
            .map(|w| w[1] - w[0])
            .fold(f64::INFINITY, f64::min);
        let slot_units = if slot_units.is_finite() {
            slot_units
        } else {
            1.0
        };
        let cells: Vec<Vec<Option<(usize, ChartPoint)>>> = slots
            .iter()
            .map(|x| {
                let at_x = |s: &ChartSeries| {
                    s.points
                        .iter()
                        .copied()
                        .enumerate()
                        .find(|(_, p)| (p.x - x).abs() < 1e-9)
                };
                series.iter().map(at_x).collect()
            })
            .collect();
        let grid = BarGrid {
            slots,
            slot_units,
            cells,
        };
        let has_value = grid.values().next().is_some();
        has_value.then_some(grid)
    }

    /// Every finite value with its point.
    fn values(&self) -> impl Iterator<Item = (f64, &ChartPoint)> {
        self.cells
            .iter()
            .flatten()
            .flatten()
            .filter_map(|(_, p)| p.finite_y().map(|y| (y, p)))
    }

    /// Smallest and largest value the axis must show, zero included: stack sums when stacked,
    /// else values and range ends.
    pub fn value_extent(&self, stacked: bool) -> (f64, f64) {
        let mut extent = (0.0f64, 0.0f64);
        for row in &self.cells {
            let (mut up, mut down) = (0.0f64, 0.0f64);
            for (_, point) in row.iter().flatten() {
                let Some(y) = point.finite_y() else { continue };
                if stacked {
                    (up, down) = if y >= 0.0 {
                        (up + y, down)
                    } else {
                        (up, down + y)
                    };
                } else {
                    let (lo, hi) = point.finite_range().unwrap_or((y, y));
                    (up, down) = (up.max(y).max(hi), down.min(y).min(lo));
                }
            }
            extent = (extent.0.min(down), extent.1.max(up));
        }
        extent
    }

    /// True when some series lacks a finite value in some slot.
    pub fn any_missing(&self) -> bool {
        self.cells
            .iter()
            .flatten()
            .any(|cell| cell.and_then(|(_, p)| p.finite_y()).is_none())
    }

    /// True when some finite value is a request or estimate.
    pub fn any_hollow(&self) -> bool {
        self.values().any(|(_, p)| p.style == PointStyle::Hollow)
    }

    /// Bars and stubs in chart px, slot by slot. Grouped bars share 80% of a slot side by side;
    /// stacked ones grow up (positives) or down (negatives) from zero, and the stubs of a
    /// stack's missing values go above it so a later segment cannot hide them.
    pub fn place(&self, x: &LinearScale, y: &LinearScale, stacked: bool) -> Vec<BarMark> {
        let series_count = self.cells.first().map_or(1, Vec::len).max(1);
        let group_px = self.slot_units * x.px_per_unit() * BAR_SHARE;
        let bar_px = if stacked {
            group_px
        } else {
            group_px / series_count as f64
        };
        let zero_px = y.px_from_value(0.0);
        let mut marks = Vec::new();
        for (slot, row) in self.slots.iter().zip(&self.cells) {
            let left = x.px_from_value(*slot) - group_px / 2.0;
            let (mut up_px, mut down_px) = (zero_px, zero_px);
            let mut missing = Vec::new();
            for (series_index, cell) in row.iter().enumerate() {
                let x0 = if stacked {
                    left
                } else {
                    left + series_index as f64 * bar_px
                };
                let Some((index, point, value)) =
                    cell.and_then(|(i, p)| p.finite_y().map(|v| (i, p, v)))
                else {
                    missing.push((series_index, x0));
                    continue;
                };
                let mut tip = y.px_from_value(value) - zero_px;
                if value != 0.0 && tip.abs() < 1.0 {
                    tip = tip.signum(); // a tiny non-zero value still shows as a 1 px sliver
                }
                let from = match (stacked, value >= 0.0) {
                    (true, true) => up_px,
                    (true, false) => down_px,
                    (false, _) => zero_px,
                };
                match (stacked, value >= 0.0) {
                    (true, true) => up_px += tip,
                    (true, false) => down_px += tip,
                    _ => {}
                }
                let rect = PxRect::from_corners((x0, from), (x0 + bar_px, from + tip));
                marks.push(BarMark {
                    series_index,
                    value: Some((index, point, value)),
                    rect,
                });
            }
            for (k, (series_index, x0)) in missing.into_iter().enumerate() {
                let base = if stacked {
                    up_px - k as f64 * (NO_DATA_STUB_PX + 1.0)
                } else {
                    zero_px
                };
                let rect = PxRect {
                    x0: x0 + 1.0,
                    y0: base - NO_DATA_STUB_PX,
                    x1: x0 + bar_px - 1.0,
                    y1: base,
                };
                marks.push(BarMark {
                    series_index,
                    value: None,
                    rect,
                });
            }
        }
        marks
    }
}
