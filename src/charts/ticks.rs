//! Tick positions ("nice" 1-2-5 steps, whole years) and their labels.

use crate::model::format::{format_scaled, Magnitude, UnitKind};

/// Tick values along a value axis and the step between them.
#[derive(Debug, Clone, PartialEq)]
pub struct Ticks {
    /// Ascending tick values; the first is at or below the data minimum, the last at or above
    /// the maximum, so the axis domain is `(first, last)`.
    pub values: Vec<f64>,
    /// Distance between neighbouring ticks.
    pub step: f64,
}

impl Ticks {
    /// The axis domain the ticks span.
    pub fn domain(&self) -> (f64, f64) {
        let first = self.values.first().copied().unwrap_or(0.0);
        let last = self.values.last().copied().unwrap_or(1.0);
        (first, last)
    }
}

/// How many ticks fit along `length_px` when each needs `spacing_px`; never fewer than two.
pub fn max_ticks_for(length_px: f64, spacing_px: f64) -> usize {
    if !(length_px.is_finite() && spacing_px > 0.0) {
        return 2;
    }
    ((length_px / spacing_px).floor() as usize + 1).max(2)
}

/// At most `max_count` ticks on a 1-2-2.5-5 step covering `[min, max]`. Non-finite bounds fall back
/// to `[0, 1]`; an empty interval is widened so the axis still has a scale.
pub fn nice_ticks(min: f64, max: f64, max_count: usize) -> Ticks {
    let (mut lo, mut hi) = if min.is_finite() && max.is_finite() {
        (min.min(max), min.max(max))
    } else {
        (0.0, 1.0)
    };
    if (hi - lo).abs() < f64::EPSILON {
        // A flat series of 40 still needs an axis: show 0..40 (or around it when negative).
        if lo > 0.0 {
            lo = 0.0;
        } else if hi < 0.0 {
            hi = 0.0;
        } else {
            hi = lo + 1.0;
        }
    }
    let max_count = max_count.max(2);
    let raw_step = (hi - lo) / (max_count - 1) as f64;
    let mut step = 10f64.powf(raw_step.log10().floor());
    // Walk 1, 2, 2.5, 5, 10, ... until the ticks fit; floor/ceil can add a tick, hence the loop.
    for multiplier in [1.0, 2.0, 2.5, 5.0].iter().cycle().take(40) {
        let candidate = step * multiplier;
        let first = (lo / candidate).floor();
        let last = (hi / candidate).ceil();
        let count = (last - first) as usize + 1;
        if candidate >= raw_step && count <= max_count {
            let values = (0..count)
                .map(|i| clean((first + i as f64) * candidate, candidate))
                .collect();
            return Ticks {
                values,
                step: candidate,
            };
        }
        if *multiplier == 5.0 {
            step *= 10.0;
        }
    }
    Ticks {
        values: vec![lo, hi],
        step: hi - lo,
    }
}

/// Rounds away float noise such as 0.30000000000000004 at the step's precision.
fn clean(value: f64, step: f64) -> f64 {
    let decimals = (-step.log10().floor()).clamp(0.0, 12.0) as i32 + 1;
    let factor = 10f64.powi(decimals);
    (value * factor).round() / factor
}

/// Whole-year ticks inside `[x0, x1]`, on a step of 1, 2, 5, 10, 20 or 50 years chosen so at
/// most `max_count` appear. Steps above one year start on a multiple of the step (2005, 2010).
pub fn year_ticks(x0: f64, x1: f64, max_count: usize) -> Vec<f64> {
    if !(x0.is_finite() && x1.is_finite()) || x1 < x0 {
        return Vec::new();
    }
    let max_count = max_count.max(2);
    let first_year = x0.ceil();
    let last_year = x1.floor();
    for step in [1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0] {
        let first = (first_year / step).ceil() * step;
        let count = if last_year < first {
            0
        } else {
            ((last_year - first) / step) as usize + 1
        };
        if count <= max_count {
            return (0..count).map(|i| first + i as f64 * step).collect();
        }
    }
    vec![first_year]
}

/// Labels for value ticks sharing one suffix and one number of decimals ("0", "0.5M", "1.0M").
/// Values below 100,000 are written in full ("80,000"), not as "80k".
pub fn tick_labels(ticks: &Ticks, unit: UnitKind) -> Vec<String> {
    let largest = ticks.values.iter().fold(0.0f64, |acc, v| acc.max(v.abs()));
    let magnitude = match unit {
        UnitKind::Count | UnitKind::Usd | UnitKind::Gbp if largest >= 100_000.0 => {
            Magnitude::of(largest)
        }
        _ => Magnitude::One,
    };
    let step_scaled = ticks.step / magnitude.divisor();
    // As many decimals as the step needs to be written exactly (0.25 → 2), so that no two
    // labels round to the same text.
    let decimals: usize = (0..=3usize)
        .find(|&places| {
            let scaled = step_scaled * 10f64.powi(places as i32);
            (scaled - scaled.round()).abs() < 1e-6
        })
        .unwrap_or(3);
    ticks
        .values
        .iter()
        .map(|v| format_scaled(*v, unit, magnitude, decimals))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quarter_steps_keep_two_decimals() {
        let ticks = Ticks {
            values: vec![0.0, 0.25e12, 0.5e12, 0.75e12, 1e12],
            step: 0.25e12,
        };
        let labels = tick_labels(&ticks, UnitKind::Usd);
        assert_eq!(
            labels,
            vec!["0", "$0.25tn", "$0.50tn", "$0.75tn", "$1.00tn"]
        );
    }

    #[test]
    fn nice_ticks_cover_the_data_on_round_steps() {
        let ticks = nice_ticks(0.0, 104.9, 6);
        assert_eq!(ticks.values, vec![0.0, 25.0, 50.0, 75.0, 100.0, 125.0]);
        // Only four allowed: step 25 would need six, so 50 it is.
        let ticks = nice_ticks(0.0, 104.9, 4);
        assert_eq!(ticks.values, vec![0.0, 50.0, 100.0, 150.0]);
        assert!(ticks.values.len() <= 4);
        assert_eq!(nice_ticks(0.0, 0.3, 4).values, vec![0.0, 0.1, 0.2, 0.3]);
    }

    #[test]
    fn nice_ticks_survive_flat_and_bad_input() {
        assert_eq!(nice_ticks(40.0, 40.0, 5).domain().0, 0.0);
        assert!(nice_ticks(40.0, 40.0, 5).domain().1 >= 40.0);
        let ticks = nice_ticks(f64::NAN, 3.0, 5);
        assert!(ticks.values.iter().all(|v| v.is_finite()));
    }

    #[test]
    fn year_ticks_thin_out_on_narrow_axes() {
        assert_eq!(
            year_ticks(2001.0, 2021.0, 5),
            vec![2005.0, 2010.0, 2015.0, 2020.0]
        );
        assert_eq!(
            year_ticks(2001.0, 2004.0, 10),
            vec![2001.0, 2002.0, 2003.0, 2004.0]
        );
        assert_eq!(
            year_ticks(2000.5, 2021.5, 12).len(),
            10,
            "2002, 2004, ... 2020"
        );
        assert!(year_ticks(2021.0, 2001.0, 5).is_empty());
    }

    #[test]
    fn tick_labels_share_suffix_and_use_separators() {
        let ticks = nice_ticks(0.0, 1_500_000.0, 4);
        assert_eq!(
            tick_labels(&ticks, UnitKind::Count),
            ["0", "0.5M", "1.0M", "1.5M"]
        );
        let ticks = nice_ticks(0.0, 8000.0, 5);
        assert_eq!(
            tick_labels(&ticks, UnitKind::Count),
            ["0", "2,000", "4,000", "6,000", "8,000"]
        );
        let ticks = nice_ticks(0.0, 2.3e12, 4);
        assert_eq!(
            tick_labels(&ticks, UnitKind::Usd),
            ["0", "$1tn", "$2tn", "$3tn"]
        );
    }
}
