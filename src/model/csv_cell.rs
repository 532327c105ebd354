//! One CSV cell, quoted as RFC 4180 asks, shared by every download the dashboard offers.

use std::borrow::Cow;

/// First characters that make a spreadsheet read a cell as a formula ("CSV injection"): a
/// reader who opens a download in Excel or LibreOffice must see a source's text, never run it.
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Quotes a cell holding a comma, quote, line break or edge space; others are written as they
/// are. Text that a spreadsheet would take for a formula gets a leading apostrophe first.
pub fn csv_cell(cell: &str) -> String {
    let cell = as_text_in_spreadsheets(cell);
    let needs_quotes = cell.contains([',', '"', '\n', '\r']) || cell.trim() != cell;
    if needs_quotes {
        format!("\"{}\"", cell.replace('"', "\"\""))
    } else {
        cell.into_owned()
    }
}

/// `cell` with an apostrophe in front if it starts like a formula, which spreadsheets show as
/// text and do not evaluate. A number such as `-3.5` starts with a minus but stays a number.
fn as_text_in_spreadsheets(cell: &str) -> Cow<'_, str> {
    if cell.starts_with(FORMULA_STARTS) && !is_decimal_number(cell.trim()) {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

/// A signed decimal such as `-3.5`, `+12` or `1e-3`; not `inf` or `nan`, which a spreadsheet
/// reads as text. Written out rather than parsed as `f64`: float parsing added 14 KB gzip (its
/// tables) to the page's wasm.
fn is_decimal_number(text: &str) -> bool {
    let unsigned = text.strip_prefix(['+', '-']).unwrap_or(text);
    let (mantissa, exponent) = match unsigned.split_once(['e', 'E']) {
        Some((mantissa, exponent)) => (mantissa, Some(exponent)),
        None => (unsigned, None),
    };
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits = |part: &str| part.bytes().all(|b| b.is_ascii_digit());
    let exponent_ok = exponent.map_or(true, |exponent| {
        let exponent = exponent.strip_prefix(['+', '-']).unwrap_or(exponent);
        !exponent.is_empty() && digits(exponent)
    });
    !(whole.is_empty() && fraction.is_empty()) && digits(whole) && digits(fraction) && exponent_ok
}

#[cfg(test)]
mod tests {
    use super::csv_cell;

    #[test]
    fn quotes_only_where_needed() {
        assert_eq!(csv_cell("Kabul"), "Kabul");
        assert_eq!(csv_cell("Kabul, city"), "\"Kabul, city\"");
        assert_eq!(csv_cell("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_cell(" edge"), "\" edge\"");
        assert_eq!(csv_cell("two\nlines"), "\"two\nlines\"");
    }

    #[test]
    fn text_that_starts_like_a_formula_is_kept_as_text() {
        assert_eq!(csv_cell("=1+2"), "'=1+2");
        assert_eq!(csv_cell("+cmd"), "'+cmd");
        assert_eq!(csv_cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(csv_cell("-attack"), "'-attack");
        assert_eq!(
            csv_cell("=HYPERLINK(\"http://x\",\"a, b\")"),
            "\"'=HYPERLINK(\"\"http://x\"\",\"\"a, b\"\")\""
        );
        assert_eq!(csv_cell("\tfield"), "'\tfield");
    }

    #[test]
    fn numbers_and_ordinary_text_are_unchanged() {
        assert_eq!(csv_cell("-3.5"), "-3.5");
        assert_eq!(csv_cell("+12"), "+12");
        assert_eq!(csv_cell("3804"), "3804");
        assert_eq!(csv_cell("2021-08-15"), "2021-08-15");
        assert_eq!(csv_cell("a = b"), "a = b");
        assert_eq!(csv_cell("-.5"), "-.5");
        assert_eq!(csv_cell("-2e-3"), "-2e-3");
    }

    #[test]
    fn words_that_only_look_like_numbers_are_kept_as_text() {
        for cell in ["-inf", "+nan", "-", "+.", "-1e", "-1.2.3", "-1-2", "+0x10"] {
            assert_eq!(csv_cell(cell), format!("'{cell}"), "{cell}");
        }
    }
}
