//! Number formatting for readers: thousands separators, fixed decimals and compact axis labels.
//!
//! Every function returns [`MISSING`] for a non-finite input, so "NaN" or "inf" never reaches a
//! page. Compact suffixes are `k`, `M`, `bn`, `tn`: "bn"/"tn" rather than "B"/"T" because they
//! cannot be misread, and money is prefixed with its symbol (`$2.3tn`, `£640M`).

/// Shown in place of a value that is missing or not a finite number (an en dash).
pub const MISSING: &str = "–";

/// What a number counts; decides its symbol, suffix and precision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum UnitKind {
    /// People, deaths, hectares, tonnes: grouped digits, no symbol.
    #[default]
    Count,
    /// US dollars, in whole dollars (multiply a "billions" series by 1e9 first).
    Usd,
    /// Pounds sterling, in whole pounds.
    Gbp,
    /// A percentage, already multiplied by 100 (`12.5` → "12.5%").
    Percent,
    /// A unitless index such as the HDI: plain decimals.
    Index,
    /// A calendar year: digits without separators ("2001", never "2,001").
    Year,
}

impl UnitKind {
    /// The currency symbol written before the number, if any.
    fn symbol(self) -> &'static str {
        match self {
            UnitKind::Usd => "$",
            UnitKind::Gbp => "£",
            _ => "",
        }
    }
}

/// A power of a thousand shared by a number's compact form, e.g. all labels of one axis.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Magnitude {
    /// Units (no suffix).
    One,
    /// Thousands ("k").
    Thousand,
    /// Millions ("M").
    Million,
    /// Billions ("bn").
    Billion,
    /// Trillions ("tn").
    Trillion,
}

impl Magnitude {
    /// What a value is divided by before the suffix is added.
    pub fn divisor(self) -> f64 {
        match self {
            Magnitude::One => 1.0,
            Magnitude::Thousand => 1e3,
            Magnitude::Million => 1e6,
            Magnitude::Billion => 1e9,
            Magnitude::Trillion => 1e12,
        }
    }

    /// The suffix written after the scaled number.
    pub fn suffix(self) -> &'static str {
        match self {
            Magnitude::One => "",
            Magnitude::Thousand => "k",
            Magnitude::Million => "M",
            Magnitude::Billion => "bn",
            Magnitude::Trillion => "tn",
        }
    }

    /// The largest magnitude not above `abs_value` (a value below 1,000 gets `One`).
    pub fn of(abs_value: f64) -> Magnitude {
        [
            Magnitude::Trillion,
            Magnitude::Billion,
            Magnitude::Million,
            Magnitude::Thousand,
        ]
        .into_iter()
        .find(|magnitude| abs_value >= magnitude.divisor())
        .unwrap_or(Magnitude::One)
    }

    /// The next larger magnitude; `Trillion` stays (there is no larger suffix).
    fn next(self) -> Magnitude {
        match self {
            Magnitude::One => Magnitude::Thousand,
            Magnitude::Thousand => Magnitude::Million,
            Magnitude::Million => Magnitude::Billion,
            Magnitude::Billion | Magnitude::Trillion => Magnitude::Trillion,
        }
    }
}

/// An integer with comma thousands separators: `2197821` → "2,197,821".
pub fn format_int(value: i64) -> String {
    let digits = group_thousands(&value.unsigned_abs().to_string());
    if value < 0 {
        format!("-{digits}")
    } else {
        digits
    }
}

/// A number rounded to `decimals` places, with thousands separators: `1234.56, 1` → "1,234.6".
pub fn format_decimal(value: f64, decimals: usize) -> String {
    if !value.is_finite() {
        return MISSING.to_string();
    }
    let fixed = format!("{:.*}", decimals, value.abs());
    let (int_part, frac_part) = match fixed.split_once('.') {
        Some((int_part, frac_part)) => (int_part, Some(frac_part)),
        None => (fixed.as_str(), None),
    };
    // A value that rounds to zero gets no minus sign ("-0.0" reads as an error).
    let is_zero = fixed.chars().all(|c| c == '0' || c == '.');
    let sign = if value < 0.0 && !is_zero { "-" } else { "" };
    match frac_part {
        Some(frac_part) => format!("{sign}{}.{frac_part}", group_thousands(int_part)),
        None => format!("{sign}{}", group_thousands(int_part)),
    }
}

/// A value as a reader should see it in a tooltip or next to a bar: full counts
/// ("2,197,821"), money to four significant digits ("$2.313tn", "$45,600"), percentages ("12.5%").
pub fn format_value(value: f64, unit: UnitKind) -> String {
    if !value.is_finite() {
        return MISSING.to_string();
    }
    match unit {
        UnitKind::Count => trimmed(value, 1),
        UnitKind::Usd | UnitKind::Gbp if value.abs() < 1e6 => {
            with_symbol(value, unit, |abs| format_decimal(abs, 0))
        }
        UnitKind::Usd | UnitKind::Gbp => with_symbol(value, unit, |abs| significant(abs, 4)),
        UnitKind::Percent => format!("{}%", trimmed(value, 1)),
        UnitKind::Index => trimmed(value, 3),
        UnitKind::Year => format!("{}", value.round() as i64),
    }
}

/// A short label for an axis or a narrow screen: "250k", "1.5M", "$2.3tn", "12.5%", "2001".
pub fn format_compact(value: f64, unit: UnitKind) -> String {
    if !value.is_finite() {
        return MISSING.to_string();
    }
    match unit {
        UnitKind::Count | UnitKind::Usd | UnitKind::Gbp => {
            with_symbol(value, unit, |abs| significant(abs, 2))
        }
        _ => format_value(value, unit),
    }
}

/// `value` written in a magnitude chosen by the caller, with fixed `decimals`; axes use it so
/// every tick shares one suffix ("0", "0.5M", "1.0M"). Zero is written "0" without suffix.
pub fn format_scaled(value: f64, unit: UnitKind, magnitude: Magnitude, decimals: usize) -> String {
    if !value.is_finite() {
        return MISSING.to_string();
    }
    match unit {
        UnitKind::Count | UnitKind::Usd | UnitKind::Gbp => {
            let rounded = format_decimal(value / magnitude.divisor(), decimals);
            if rounded.chars().all(|c| c == '0' || c == '.') {
                return "0".to_string();
            }
            with_symbol(value, unit, |abs| {
                format!(
                    "{}{}",
                    format_decimal(abs / magnitude.divisor(), decimals),
                    magnitude.suffix()
                )
            })
        }
        UnitKind::Percent => format!("{}%", format_decimal(value, decimals)),
        UnitKind::Index => format_decimal(value, decimals),
        UnitKind::Year => format!("{}", value.round() as i64),
    }
}

/// Puts the sign before the currency symbol: "-$2.3bn", not "$-2.3bn".
fn with_symbol(value: f64, unit: UnitKind, body: impl Fn(f64) -> String) -> String {
    let text = body(value.abs());
    let is_zero = text.chars().all(|c| !c.is_ascii_digit() || c == '0');
    let sign = if value < 0.0 && !is_zero { "-" } else { "" };
    format!("{sign}{}{text}", unit.symbol())
}

/// `abs` in its own magnitude with at most `digits` significant digits, trailing zeros dropped.
/// Values below 1,000 keep grouping-free digits; a rounding that reaches 1,000 moves up a suffix.
fn significant(abs: f64, digits: i32) -> String {
    let mut magnitude = Magnitude::of(abs);
    loop {
        let scaled = abs / magnitude.divisor();
        let int_digits = if scaled >= 1.0 {
            scaled.log10().floor() as i32 + 1
        } else {
            1
        };
        let decimals = (digits - int_digits).max(0) as usize;
        let factor = 10f64.powi(decimals as i32);
        let rounded = (scaled * factor).round() / factor;
        if rounded >= 1000.0 && magnitude != Magnitude::Trillion {
            magnitude = magnitude.next();
            continue;
        }
        return format!("{}{}", trimmed(rounded, decimals), magnitude.suffix());
    }
}

/// Rounds to at most `decimals` places with separators, dropping trailing zeros ("104.9", "12").
fn trimmed(value: f64, decimals: usize) -> String {
    let text = format_decimal(value, decimals);
    if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        text
    }
}

/// Inserts a comma every three digits from the right of a run of ASCII digits.
fn group_thousands(digits: &str) -> String {
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    grouped
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integers_get_thousands_separators() {
        assert_eq!(format_int(2_197_821), "2,197,821");
        assert_eq!(format_int(999), "999");
        assert_eq!(format_int(1000), "1,000");
        assert_eq!(format_int(0), "0");
        assert_eq!(format_int(-46_319), "-46,319");
        assert_eq!(format_int(i64::MIN), "-9,223,372,036,854,775,808");
    }

    #[test]
    fn decimals_round_and_group() {
        assert_eq!(format_decimal(104.9, 1), "104.9");
        assert_eq!(format_decimal(1234.56, 1), "1,234.6");
        assert_eq!(format_decimal(2_313_000.0, 0), "2,313,000");
        assert_eq!(format_decimal(-0.04, 1), "0.0");
        assert_eq!(format_decimal(-12.25, 1), "-12.2");
    }

    #[test]
    fn non_finite_values_never_print_nan() {
        for bad in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
            assert_eq!(format_decimal(bad, 2), MISSING);
            assert_eq!(format_value(bad, UnitKind::Usd), MISSING);
            assert_eq!(format_compact(bad, UnitKind::Count), MISSING);
            assert_eq!(
                format_scaled(bad, UnitKind::Count, Magnitude::Million, 1),
                MISSING
            );
        }
    }

    #[test]
    fn reader_values_by_unit() {
        assert_eq!(format_value(2_197_821.0, UnitKind::Count), "2,197,821");
        assert_eq!(format_value(104.9, UnitKind::Count), "104.9");
        assert_eq!(format_value(2.313e12, UnitKind::Usd), "$2.313tn");
        assert_eq!(format_value(812.34e9, UnitKind::Usd), "$812.3bn");
        assert_eq!(format_value(45_600.0, UnitKind::Usd), "$45,600");
        assert_eq!(format_value(-1.5e9, UnitKind::Gbp), "-£1.5bn");
        assert_eq!(format_value(12.5, UnitKind::Percent), "12.5%");
        assert_eq!(format_value(0.4783, UnitKind::Index), "0.478");
        assert_eq!(format_value(2001.0, UnitKind::Year), "2001");
    }

    #[test]
    fn compact_labels_use_two_significant_digits() {
        assert_eq!(format_compact(1_500_000.0, UnitKind::Count), "1.5M");
        assert_eq!(format_compact(250_000.0, UnitKind::Count), "250k");
        assert_eq!(format_compact(2.3e12, UnitKind::Usd), "$2.3tn");
        assert_eq!(format_compact(640e6, UnitKind::Gbp), "£640M");
        assert_eq!(format_compact(950.0, UnitKind::Count), "950");
        assert_eq!(format_compact(0.0, UnitKind::Usd), "$0");
        // Rounding up to 1,000 of one suffix moves to the next suffix.
        assert_eq!(format_compact(999_950.0, UnitKind::Count), "1M");
    }

    #[test]
    fn scaled_labels_share_one_suffix() {
        let labels: Vec<String> = [0.0, 500_000.0, 1_000_000.0, 1_500_000.0]
            .iter()
            .map(|v| format_scaled(*v, UnitKind::Count, Magnitude::Million, 1))
            .collect();
        assert_eq!(labels, ["0", "0.5M", "1.0M", "1.5M"]);
        assert_eq!(
            format_scaled(2e12, UnitKind::Usd, Magnitude::Trillion, 0),
            "$2tn"
        );
        assert_eq!(
            format_scaled(40_000.0, UnitKind::Count, Magnitude::One, 0),
            "40,000"
        );
        assert_eq!(Magnitude::of(999.0), Magnitude::One);
        assert_eq!(Magnitude::of(1e9), Magnitude::Billion);
    }
}
