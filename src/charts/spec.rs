//! Chart input types. They are the charts' own, so a component can feed them from the dataset,
//! a filter result or a test without the charts knowing where values came from.

/// How a value was published, which decides how it is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum PointStyle {
    /// Reported outturn or count: filled point, solid line, solid bar.
    #[default]
    Solid,
    /// Request, estimate, projection or provisional value: hollow point, dashed line into it,
    /// pale outlined bar.
    Hollow,
}

/// One value of a series at position `x`.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct ChartPoint {
    /// Position on the x axis: a year, or a fractional year (2021.6 ≈ August 2021).
    pub x: f64,
    /// The value; `None` is a gap, drawn as a break in the line and never as zero.
    pub y: Option<f64>,
    /// Low and high ends of a published range, drawn as a band or whisker.
    pub range: Option<(f64, f64)>,
    /// How the value was published.
    pub style: PointStyle,
}

impl ChartPoint {
    /// A reported value.
    pub fn new(x: f64, y: f64) -> ChartPoint {
        ChartPoint {
            x,
            y: Some(y),
            ..ChartPoint::default()
        }
    }

    /// A year without a published value.
    pub fn gap(x: f64) -> ChartPoint {
        ChartPoint {
            x,
            ..ChartPoint::default()
        }
    }

    /// The same point with a low–high range.
    pub fn with_range(self, low: f64, high: f64) -> ChartPoint {
        ChartPoint {
            range: Some((low, high)),
            ..self
        }
    }

    /// The same point marked as a request or estimate.
    pub fn hollow(self) -> ChartPoint {
        ChartPoint {
            style: PointStyle::Hollow,
            ..self
        }
    }

    /// The value if it is finite (NaN and infinities count as gaps).
    pub fn finite_y(&self) -> Option<f64> {
        self.y.filter(|y| y.is_finite())
    }

    /// The range ordered low-to-high, if both ends are finite.
    pub fn finite_range(&self) -> Option<(f64, f64)> {
        let (a, b) = self.range?;
        (a.is_finite() && b.is_finite()).then(|| (a.min(b), a.max(b)))
    }
}

/// A named run of points drawn in one colour.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ChartSeries {
    /// Stable key (e.g. the dataset series id); not drawn.
    pub id: String,
    /// Legend label.
    pub label: String,
    /// Index into the theme's series palette, so a series keeps its colour across charts.
    pub color_index: usize,
    /// Points in ascending `x`.
    pub points: Vec<ChartPoint>,
}

/// A dated event drawn as a vertical line, e.g. "Doha agreement" at 2020.15.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ChartMarker {
    /// Position on the x axis (fractional year).
    pub x: f64,
    /// Full label, used when there is room ("Fall of Kabul").
    pub label: String,
    /// Abbreviation used when full labels collide ("Kabul").
    pub short_label: String,
}

/// One row of a horizontal bar chart.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ChartCategory {
    /// Row label drawn left of the bar.
    pub label: String,
    /// Bar length; `None` draws "no data" instead of a bar.
    pub value: Option<f64>,
    /// Published low–high range, drawn as a whisker.
    pub range: Option<(f64, f64)>,
    /// How the value was published.
    pub style: PointStyle,
    /// Index into the theme's series palette.
    pub color_index: usize,
}

impl ChartCategory {
    /// The value if it is finite.
    pub fn finite_value(&self) -> Option<f64> {
        self.value.filter(|v| v.is_finite())
    }

    /// The range ordered low-to-high, if both ends are finite.
    pub fn finite_range(&self) -> Option<(f64, f64)> {
        let (a, b) = self.range?;
        (a.is_finite() && b.is_finite()).then(|| (a.min(b), a.max(b)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn non_finite_values_read_as_gaps() {
        assert_eq!(ChartPoint::new(2001.0, f64::NAN).finite_y(), None);
        assert_eq!(ChartPoint::new(2001.0, 3.0).finite_y(), Some(3.0));
        let reversed = ChartPoint::new(2001.0, 3.0).with_range(5.0, 1.0);
        assert_eq!(reversed.finite_range(), Some((1.0, 5.0)));
        let bad = ChartPoint::new(2001.0, 3.0).with_range(f64::INFINITY, 1.0);
        assert_eq!(bad.finite_range(), None);
    }
}
