//! Cell parsers. Each reports what is wrong with a cell, names the column, and returns `None`.

use std::collections::HashSet;

use crate::error::Errors;
use crate::model::{Date, DatePrecision, Period, Vocabulary};

/// Years any value may refer to.
pub(crate) const FIRST_YEAR: i32 = 1950;
pub(crate) const LAST_YEAR: i32 = 2030;

/// The cells of one row being parsed: every problem is reported with this file and line.
pub(crate) struct Cells<'a> {
    pub file: &'a str,
    pub line: usize,
    pub errors: &'a mut Errors,
}

impl<'a> Cells<'a> {
    pub(crate) fn new(file: &'a str, line: usize, errors: &'a mut Errors) -> Self {
        Self { file, line, errors }
    }

    /// Reports a problem in `column` of this row.
    pub(crate) fn error(&mut self, column: &str, message: impl Into<String>) {
        self.errors.at(self.file, self.line, column, message);
    }

    /// Free text; may be empty.
    pub(crate) fn text(&mut self, value: &str) -> String {
        value.to_string()
    }

    /// Text that must not be empty.
    pub(crate) fn required(&mut self, column: &str, value: &str) -> Option<String> {
        if value.trim().is_empty() {
            self.error(column, "is empty");
            None
        } else {
            Some(value.to_string())
        }
    }

    /// A key: lower-case ASCII letters, digits and `-`, starting with a letter or digit.
    pub(crate) fn id(&mut self, column: &str, value: &str) -> Option<String> {
        if value.is_empty() {
            self.error(column, "is empty");
            return None;
        }
        if is_id(value) {
            Some(value.to_string())
        } else {
            self.error(
                column,
                format!("{value:?} is not a valid id (use lower-case letters, digits and -)"),
            );
            None
        }
    }

    /// A finite, non-negative number.
    pub(crate) fn number(&mut self, column: &str, value: &str) -> Option<f64> {
        if value.is_empty() {
            self.error(column, "is empty");
            return None;
        }
        let Ok(number) = value.parse::<f64>() else {
            self.error(column, format!("{value:?} is not a number"));
            return None;
        };
        if !number.is_finite() {
            self.error(column, format!("{value:?} is not a finite number"));
            return None;
        }
        if number < 0.0 || value.starts_with('-') {
            self.error(column, format!("{value:?} is negative"));
            return None;
        }
        Some(number)
    }

    /// Like [`Cells::number`], but an empty cell is `Some(None)`.
    pub(crate) fn optional_number(&mut self, column: &str, value: &str) -> Option<Option<f64>> {
        if value.is_empty() {
            Some(None)
        } else {
            self.number(column, value).map(Some)
        }
    }

    /// A count: a whole, non-negative number.
    pub(crate) fn count(&mut self, column: &str, value: &str) -> Option<u32> {
        if let Ok(count) = value.parse::<u32>() {
            return Some(count);
        }
        let number = self.number(column, value)?;
        if number.fract() == 0.0 && number > f64::from(u32::MAX) {
            self.error(column, format!("{value:?} is too large"));
        } else {
            self.error(column, format!("{value:?} is not a whole number"));
        }
        None
    }

    /// A latitude or longitude in degrees, within `-limit..=limit`.
    pub(crate) fn coordinate(&mut self, column: &str, value: &str, limit: f64) -> Option<f64> {
        if value.is_empty() {
            self.error(column, "is empty");
            return None;
        }
        match value.parse::<f64>() {
            Ok(number) if number.is_finite() && number.abs() <= limit => Some(number),
            Ok(_) => {
                self.error(
                    column,
                    format!("{value:?} is not a coordinate between -{limit} and {limit}"),
                );
                None
            }
            Err(_) => {
                self.error(column, format!("{value:?} is not a number"));
                None
            }
        }
    }

    /// A calendar year, `YYYY`.
    pub(crate) fn year(&mut self, column: &str, value: &str) -> Option<i32> {
        match parse_year(value) {
            Some(year) => Some(year),
            None => {
                self.error(
                    column,
                    format!(
                        "{value:?} is not a year (expected YYYY between {FIRST_YEAR} and {LAST_YEAR})"
                    ),
                );
                None
            }
        }
    }

    /// A period label, see [`parse_period`].
    pub(crate) fn period(&mut self, column: &str, value: &str) -> Option<Period> {
        match parse_period(value) {
            Some(period) => Some(period),
            None => {
                self.error(
                    column,
                    format!("{value:?} is not a period ({PERIOD_FORMS})"),
                );
                None
            }
        }
    }

    /// An as-of label: a period or an ISO date.
    pub(crate) fn as_of(&mut self, column: &str, value: &str) -> Option<String> {
        if parse_period(value).is_some() || parse_date(value).is_some() {
            Some(value.to_string())
        } else {
            self.error(
                column,
                format!(
                    "{value:?} is not a period or date ({PERIOD_FORMS}, or YYYY-MM, YYYY-MM-DD)"
                ),
            );
            None
        }
    }

    /// An ISO date `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, with the precision its form gives.
    pub(crate) fn date(&mut self, column: &str, value: &str) -> Option<(Date, DatePrecision)> {
        match parse_date(value) {
            Some(date) => Some(date),
            None => {
                self.error(
                    column,
                    format!("{value:?} is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)"),
                );
                None
            }
        }
    }

    /// A full ISO date `YYYY-MM-DD`.
    pub(crate) fn day(&mut self, column: &str, value: &str) -> Option<Date> {
        match parse_date(value) {
            Some((date, DatePrecision::Day)) => Some(date),
            _ => {
                self.error(
                    column,
                    format!("{value:?} is not a date (expected YYYY-MM-DD)"),
                );
                None
            }
        }
    }

    /// One word of a closed vocabulary.
    pub(crate) fn word<T: Vocabulary>(&mut self, column: &str, value: &str) -> Option<T> {
        if let Some((_, found)) = T::WORDS.iter().find(|(word, _)| *word == value) {
            return Some(*found);
        }
        let words: Vec<&str> = T::WORDS.iter().map(|(word, _)| *word).collect();
        self.error(
            column,
            format!(
                "{value:?} is not a known {} (expected one of: {})",
                T::WHAT,
                words.join(", ")
            ),
        );
        None
    }

    /// A `source_id`: must name a row of `data/sources.csv`.
    ///
    /// `sources` is `None` when `data/sources.csv` could not be read: then only emptiness is
    /// checked, so one broken file does not bury the report under a message per row.
    pub(crate) fn source(
        &mut self,
        column: &str,
        value: &str,
        sources: Option<&HashSet<String>>,
    ) -> Option<String> {
        if value.is_empty() {
            self.error(
                column,
                "is empty; every value needs a source_id from data/sources.csv",
            );
            return None;
        }
        let known = match sources {
            Some(sources) => sources.contains(value),
            None => true,
        };
        if known {
            Some(value.to_string())
        } else {
            self.error(
                column,
                format!("{value:?} is not an id in data/sources.csv"),
            );
            None
        }
    }
}

/// How a period may be written, for error messages.
pub(crate) const PERIOD_FORMS: &str = "expected e.g. 2010, FY2010, 2010-11, H1 2021, 2001-2014, \
                                       FY2001-FY2013, 2001-02 to 2006-07, to 2011-03-18, to FY2014";

pub(crate) fn is_id(value: &str) -> bool {
    !value.is_empty()
        && !value.starts_with('-')
        && !value.ends_with('-')
        && value
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn digits(value: &str, count: usize) -> Option<u32> {
    if value.len() == count && value.bytes().all(|b| b.is_ascii_digit()) {
        value.parse().ok()
    } else {
        None
    }
}

/// `YYYY` within the accepted years.
pub(crate) fn parse_year(value: &str) -> Option<i32> {
    let year = i32::try_from(digits(value, 4)?).ok()?;
    (FIRST_YEAR..=LAST_YEAR).contains(&year).then_some(year)
}

fn parse_fiscal_year(value: &str) -> Option<i32> {
    parse_year(value.strip_prefix("FY")?)
}

/// `YYYY-YY` where the second year follows the first (UK financial years, survey rounds).
fn parse_split_year(value: &str) -> Option<i32> {
    let (first, second) = value.split_once('-')?;
    let year = parse_year(first)?;
    let next = i32::try_from(digits(second, 2)?).ok()?;
    (next == (year + 1) % 100).then_some(year)
}

/// Parses a period label:
///
/// - `2010`, `FY2010`, `2010-11` (a financial year or survey round): one year, not partial;
/// - `H1 2021`, `H2 2021`: part of a year, partial;
/// - `2001-2014`, `FY2001-FY2013`, `2001-02 to 2006-07`: several years, partial, `year` = first;
/// - `to 2011-03-18`, `to 2009-12`, `to FY2014`: a cumulative total up to that date, partial,
///   `year` = the year it runs to.
pub(crate) fn parse_period(value: &str) -> Option<Period> {
    let period = |year: i32, partial: bool| Period {
        year,
        label: value.to_string(),
        partial,
    };
    if let Some(year) = parse_year(value)
        .or_else(|| parse_fiscal_year(value))
        .or_else(|| parse_split_year(value))
    {
        return Some(period(year, false));
    }
    if let Some(rest) = value
        .strip_prefix("H1 ")
        .or_else(|| value.strip_prefix("H2 "))
    {
        return parse_year(rest).map(|year| period(year, true));
    }
    if let Some(rest) = value.strip_prefix("to ") {
        let year = parse_fiscal_year(rest).or_else(|| match parse_date(rest)? {
            (date, DatePrecision::Month | DatePrecision::Day) => Some(date.year),
            (_, DatePrecision::Year) => None,
        })?;
        return Some(period(year, true));
    }
    if let Some((first, last)) = value.split_once(" to ") {
        let (first, last) = (parse_split_year(first)?, parse_split_year(last)?);
        return (last > first).then(|| period(first, true));
    }
    if let Some((first, last)) = value.split_once('-') {
        let years = parse_year(first)
            .zip(parse_year(last))
            .or_else(|| parse_fiscal_year(first).zip(parse_fiscal_year(last)));
        if let Some((first, last)) = years {
            return (last > first).then(|| period(first, true));
        }
    }
    None
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; month and day are 1 where the precision does not reach.
pub(crate) fn parse_date(value: &str) -> Option<(Date, DatePrecision)> {
    let mut parts = value.split('-');
    let year = parse_year(parts.next()?)?;
    let Some(month) = parts.next() else {
        return Some((
            Date {
                year,
                month: 1,
                day: 1,
            },
            DatePrecision::Year,
        ));
    };
    let month = u8::try_from(digits(month, 2)?).ok()?;
    if !(1..=12).contains(&month) {
        return None;
    }
    let Some(day) = parts.next() else {
        return Some((
            Date {
                year,
                month,
                day: 1,
            },
            DatePrecision::Month,
        ));
    };
    let day = u8::try_from(digits(day, 2)?).ok()?;
    if parts.next().is_some() || day == 0 || day > days_in_month(year, month) {
        return None;
    }
    Some((Date { year, month, day }, DatePrecision::Day))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn period(value: &str) -> Option<(i32, bool)> {
        parse_period(value).map(|p| (p.year, p.partial))
    }

    #[test]
    fn periods() {
        assert_eq!(period("2010"), Some((2010, false)));
        assert_eq!(period("FY2010"), Some((2010, false)));
        assert_eq!(period("2009-10"), Some((2009, false)));
        assert_eq!(period("1999-00"), Some((1999, false)));
        assert_eq!(period("H1 2021"), Some((2021, true)));
        assert_eq!(period("2001-2014"), Some((2001, true)));
        assert_eq!(period("FY2001-FY2002"), Some((2001, true)));
        assert_eq!(period("2001-02 to 2006-07"), Some((2001, true)));
        assert_eq!(period("to 2011-03-18"), Some((2011, true)));
        assert_eq!(period("to 2009-12"), Some((2009, true)));
        assert_eq!(period("to FY2014"), Some((2014, true)));
        for bad in [
            "",
            "10",
            "2010 ",
            "2009-11",
            "2014-2001",
            "H3 2021",
            "to 2011",
            "to 2011-13",
            "FY10",
            "1800",
            "2001-02 to 2001-02",
            "2010/11",
        ] {
            assert_eq!(period(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn dates() {
        assert_eq!(
            parse_date("2020-02-29"),
            Some((
                Date {
                    year: 2020,
                    month: 2,
                    day: 29
                },
                DatePrecision::Day
            ))
        );
        assert_eq!(
            parse_date("2021-07"),
            Some((
                Date {
                    year: 2021,
                    month: 7,
                    day: 1
                },
                DatePrecision::Month
            ))
        );
        assert_eq!(
            parse_date("1994"),
            Some((
                Date {
                    year: 1994,
                    month: 1,
                    day: 1
                },
                DatePrecision::Year
            ))
        );
        for bad in [
            "2021-02-29",
            "2021-13",
            "2021-00-10",
            "2021-1-5",
            "21-01-01",
            "2021-01-01-01",
        ] {
            assert_eq!(parse_date(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn ids() {
        assert!(is_id("unama-2021-midyear"));
        assert!(!is_id("Unama"));
        assert!(!is_id("a b"));
        assert!(!is_id("-a"));
        assert!(!is_id(""));
    }
}
