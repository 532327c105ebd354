//! Linear maps between data values and chart pixels.

/// Maps a data interval onto a pixel interval (either may run backwards, as a y axis does).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LinearScale {
    /// Data values at the two ends.
    pub domain: (f64, f64),
    /// Pixel positions, in chart px, of the two ends.
    pub range_px: (f64, f64),
}

impl LinearScale {
    /// A scale from `domain` to `range_px`; a zero-width domain is widened by one unit each way
    /// so nothing divides by zero.
    pub fn new(domain: (f64, f64), range_px: (f64, f64)) -> LinearScale {
        let domain = if (domain.1 - domain.0).abs() < f64::EPSILON {
            (domain.0 - 1.0, domain.1 + 1.0)
        } else {
            domain
        };
        LinearScale { domain, range_px }
    }

    /// Chart px of a data value.
    pub fn px_from_value(&self, value: f64) -> f64 {
        let t = (value - self.domain.0) / (self.domain.1 - self.domain.0);
        self.range_px.0 + t * (self.range_px.1 - self.range_px.0)
    }

    /// Data value at a chart px (the inverse of [`LinearScale::px_from_value`]).
    pub fn value_from_px(&self, px: f64) -> f64 {
        let span_px = self.range_px.1 - self.range_px.0;
        if span_px.abs() < f64::EPSILON {
            return self.domain.0;
        }
        let t = (px - self.range_px.0) / span_px;
        self.domain.0 + t * (self.domain.1 - self.domain.0)
    }

    /// Pixels one data unit spans (always positive).
    pub fn px_per_unit(&self) -> f64 {
        ((self.range_px.1 - self.range_px.0) / (self.domain.1 - self.domain.0)).abs()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_both_ways_including_inverted_axes() {
        let y = LinearScale::new((0.0, 100.0), (300.0, 20.0));
        assert_eq!(y.px_from_value(0.0), 300.0);
        assert_eq!(y.px_from_value(100.0), 20.0);
        assert!((y.value_from_px(160.0) - 50.0).abs() < 1e-9);
        assert!((y.px_per_unit() - 2.8).abs() < 1e-9);
    }

    #[test]
    fn degenerate_domain_stays_finite() {
        let x = LinearScale::new((2001.0, 2001.0), (0.0, 100.0));
        assert!(x.px_from_value(2001.0).is_finite());
        assert!((x.px_from_value(2001.0) - 50.0).abs() < 1e-9);
    }
}
