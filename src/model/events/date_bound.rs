//! One end of a date range as the reader wrote it: a year, a month or a day.

use crate::dataset::Date;

/// A date bound as the reader wrote it: a year (`2018`), a month (`2018-03`) or a day
/// (`2018-03-05`). As a lower bound it starts at the first day it covers, as an upper bound
/// it ends at the last.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct DateBound {
    pub year: i32,
    pub month: Option<u8>,
    /// Only set together with `month`.
    pub day: Option<u8>,
}

/// Years a bound may name; the dataset runs from 1979, the filters allow some room.
pub const BOUND_YEARS: std::ops::RangeInclusive<i32> = 1900..=2100;

impl DateBound {
    /// A whole calendar year.
    pub fn year(year: i32) -> DateBound {
        DateBound {
            year,
            month: None,
            day: None,
        }
    }

    /// Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (month and day may have one digit); `None`
    /// for anything else, including dates that do not exist (2021-02-30).
    pub fn parse(text: &str) -> Option<DateBound> {
        let mut parts = text.trim().split('-');
        let year = parse_digits(parts.next()?, 4..=4)?;
        // A part that is present must be valid: "2018-xx" is not the year 2018.
        let month = match parts.next() {
            Some(month) => Some(parse_digits(month, 1..=2)?),
            None => None,
        };
        let day = match parts.next() {
            Some(day) => Some(parse_digits(day, 1..=2)?),
            None => None,
        };
        if parts.next().is_some() {
            return None;
        }
        let year = i32::try_from(year)
            .ok()
            .filter(|y| BOUND_YEARS.contains(y))?;
        let month = month.map(u8::try_from).transpose().ok()?;
        let day = day.map(u8::try_from).transpose().ok()?;
        let bound = DateBound { year, month, day };
        bound.is_valid().then_some(bound)
    }

    /// True when the month and day exist in that year.
    pub fn is_valid(&self) -> bool {
        if !BOUND_YEARS.contains(&self.year) {
            return false;
        }
        match (self.month, self.day) {
            (None, None) => true,
            (Some(month), None) => (1..=12).contains(&month),
            (Some(month), Some(day)) => {
                (1..=12).contains(&month) && day >= 1 && day <= days_in_month(self.year, month)
            }
            (None, Some(_)) => false,
        }
    }

    /// The canonical text: `2018`, `2018-03` or `2018-03-05`.
    pub fn to_text(&self) -> String {
        match (self.month, self.day) {
            (Some(month), Some(day)) => format!("{:04}-{month:02}-{day:02}", self.year),
            (Some(month), None) => format!("{:04}-{month:02}", self.year),
            _ => format!("{:04}", self.year),
        }
    }

    /// The first day the bound covers.
    pub fn first_day(&self) -> Date {
        Date {
            year: self.year,
            month: self.month.unwrap_or(1),
            day: self.day.unwrap_or(1),
        }
    }

    /// The last day the bound covers (day 31 stands for any month's end: dates compare as
    /// `(year, month, day)`).
    pub fn last_day(&self) -> Date {
        Date {
            year: self.year,
            month: self.month.unwrap_or(12),
            day: self.day.unwrap_or(31),
        }
    }
}

fn parse_digits(text: &str, lengths: std::ops::RangeInclusive<usize>) -> Option<u32> {
    let ok = lengths.contains(&text.len()) && text.bytes().all(|b| b.is_ascii_digit());
    ok.then(|| text.parse().ok()).flatten()
}

fn days_in_month(year: i32, month: u8) -> u8 {
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}
