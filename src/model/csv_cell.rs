//! One CSV cell, quoted as RFC 4180 asks, shared by every download the dashboard offers.

/// Quotes a cell holding a comma, quote, line break or edge space; others are written as they are.
pub fn csv_cell(cell: &str) -> String {
    let needs_quotes = cell.contains([',', '"', '\n', '\r']) || cell.trim() != cell;
    if needs_quotes {
        format!("\"{}\"", cell.replace('"', "\"\""))
    } else {
        cell.to_string()
    }
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
}
