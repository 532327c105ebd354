//! How a sourced value reads on screen: number, unit and range, with thousands separators.

use super::format::format_decimal;
use crate::dataset::{Figure, Status, Unit};

/// Digits after the decimal point that a value needs, so that copied values keep exactly the
/// precision they were published with (104.9 stays 104.9, 2313 stays 2,313).
fn decimals_of(value: f64) -> usize {
    (0..=3)
        .find(|&places| {
            let scale = 10f64.powi(places as i32);
            ((value * scale).round() - value * scale).abs() < 1e-6
        })
        .unwrap_or(3)
}

/// A bare number as published, with thousands separators.
pub fn number_text(value: f64) -> String {
    format_decimal(value, decimals_of(value))
}

/// A value with its unit, e.g. "$2,313 billion", "£21 billion", "54.5%", "46,319".
pub fn value_with_unit(value: f64, unit: Unit) -> String {
    let number = number_text(value);
    match unit {
        Unit::UsdBillion => format!("${number} billion"),
        Unit::UsdMillion => format!("${number} million"),
        Unit::UsdConstant2019 => format!("${number} (constant 2019 US$)"),
        Unit::GbpMillion => format!("£{number} million"),
        Unit::GbpBillion => format!("£{number} billion"),
        Unit::Percent => format!("{number}%"),
        Unit::Hectares => format!("{number} ha"),
        Unit::Tonnes => format!("{number} t"),
        Unit::Persons | Unit::Deaths | Unit::Index => number,
    }
}

/// A figure's value as a reader sees it; a published range shows both ends ("66,000–69,000").
pub fn figure_value_text(figure: &Figure) -> String {
    match figure.value_high {
        Some(high) if high != figure.value => {
            let low = value_with_unit(figure.value, figure.unit);
            let high = value_with_unit(high, figure.unit);
            // Repeat the unit only once: "$1–2 billion" reads better than "$1 billion–$2 billion",
            // but a prefix-only unit keeps its symbol on both ends.
            match figure.unit {
                Unit::Persons | Unit::Deaths | Unit::Index => format!("{low}–{high}"),
                _ => format!("{low} – {high}"),
            }
        }
        _ => value_with_unit(figure.value, figure.unit),
    }
}

/// How a value's status reads after it: " (estimate)", " (request)", …; nothing when reported.
pub fn status_suffix(status: Status) -> &'static str {
    match status {
        Status::Reported => "",
        Status::Estimate => " (estimate)",
        Status::Request => " (request)",
        Status::Projection => " (projection)",
        Status::Provisional => " (provisional)",
    }
}

/// The unit as a CSV column or axis note names it, e.g. "US$ billion (current)".
pub fn unit_label(unit: Unit) -> &'static str {
    match unit {
        Unit::UsdBillion => "US$ billion (current)",
        Unit::UsdMillion => "US$ million (current)",
        Unit::UsdConstant2019 => "US$ (constant 2019)",
        Unit::GbpMillion => "GBP million (current)",
        Unit::GbpBillion => "GBP billion (current)",
        Unit::Persons => "persons",
        Unit::Deaths => "deaths",
        Unit::Hectares => "hectares",
        Unit::Tonnes => "tonnes",
        Unit::Percent => "percent",
        Unit::Index => "index",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::{Status, Topic};

    fn figure(value: f64, value_high: Option<f64>, unit: Unit) -> Figure {
        Figure {
            id: "test",
            topic: Topic::Casualties,
            label: "test",
            value,
            value_high,
            unit,
            as_of: "2021",
            status: Status::Reported,
            source: "test",
            note: "",
        }
    }

    #[test]
    fn keeps_published_precision() {
        assert_eq!(number_text(104.9), "104.9");
        assert_eq!(number_text(2313.0), "2,313");
        assert_eq!(number_text(0.511), "0.511");
        assert_eq!(number_text(3_809_763.0), "3,809,763");
    }

    #[test]
    fn units_read_naturally() {
        assert_eq!(value_with_unit(2313.0, Unit::UsdBillion), "$2,313 billion");
        assert_eq!(value_with_unit(21.0, Unit::GbpBillion), "£21 billion");
        assert_eq!(value_with_unit(54.5, Unit::Percent), "54.5%");
        assert_eq!(value_with_unit(46_319.0, Unit::Deaths), "46,319");
    }

    #[test]
    fn ranges_show_both_ends() {
        let range = figure(66_000.0, Some(69_000.0), Unit::Deaths);
        assert_eq!(figure_value_text(&range), "66,000–69,000");
        let single = figure(47_245.0, Some(47_245.0), Unit::Deaths);
        assert_eq!(figure_value_text(&single), "47,245");
        let money = figure(21.0, Some(22.0), Unit::GbpBillion);
        assert_eq!(figure_value_text(&money), "£21 billion – £22 billion");
    }
}
