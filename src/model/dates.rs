//! Dates as a reader reads them, at the precision the source gives.

use crate::dataset::{Date, DatePrecision};

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// "24 Dec 1979", "Dec 1979" or "1979", never more precise than the source.
pub fn date_text(date: &Date, precision: DatePrecision) -> String {
    let month = usize::from(date.month)
        .checked_sub(1)
        .and_then(|index| MONTHS.get(index));
    match (precision, month) {
        (DatePrecision::Day, Some(month)) => format!("{} {month} {}", date.day, date.year),
        (DatePrecision::Month, Some(month)) => format!("{month} {}", date.year),
        _ => date.year.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn never_more_precise_than_the_source() {
        let date = Date {
            year: 1979,
            month: 12,
            day: 24,
        };
        assert_eq!(date_text(&date, DatePrecision::Day), "24 Dec 1979");
        assert_eq!(date_text(&date, DatePrecision::Month), "Dec 1979");
        assert_eq!(date_text(&date, DatePrecision::Year), "1979");
    }

    #[test]
    fn an_impossible_month_falls_back_to_the_year() {
        let date = Date {
            year: 2001,
            month: 13,
            day: 1,
        };
        assert_eq!(date_text(&date, DatePrecision::Day), "2001");
    }
}
