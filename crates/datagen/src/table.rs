//! Reading one CSV file into raw serde records, each with the physical line it starts on.

use std::path::Path;

use serde::de::DeserializeOwned;

use crate::error::Errors;

/// One data row: the line it starts on (the header is line 1) and its cells as read.
#[derive(Debug)]
pub(crate) struct Row<T> {
    pub line: usize,
    pub raw: T,
}

/// The name a file is reported under, e.g. `data/unama.csv`.
pub(crate) fn label(name: &str) -> String {
    format!("data/{name}")
}

/// Reads `dir/name` and deserialises every row into `T`, whose fields must be exactly `columns`.
///
/// Header problems (a missing, unknown or repeated column) are reported on line 1 and stop the
/// file from being read further; a row with the wrong number of cells is reported and skipped.
/// Returns `None` when the file cannot be used at all.
pub(crate) fn read<T: DeserializeOwned>(
    dir: &Path,
    name: &str,
    columns: &[&str],
    errors: &mut Errors,
) -> Option<Vec<Row<T>>> {
    let file = label(name);
    let text = match std::fs::read(dir.join(name)) {
        Ok(bytes) => bytes,
        Err(error) => {
            errors.push(&file, None, "(file)", format!("cannot be read: {error}"));
            return None;
        }
    };
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(true)
        .from_reader(text.as_slice());
    let headers = match reader.headers() {
        Ok(headers) => headers.clone(),
        Err(error) => {
            errors.at(&file, 1, "(row)", format!("header cannot be read: {error}"));
            return None;
        }
    };
    let before = errors.len();
    for (index, header) in headers.iter().enumerate() {
        if !columns.contains(&header) {
            errors.at(&file, 1, header, "unknown column");
        } else if headers.iter().take(index).any(|earlier| earlier == header) {
            errors.at(&file, 1, header, "column appears twice");
        }
    }
    for column in columns {
        if !headers.iter().any(|header| header == *column) {
            errors.at(&file, 1, column, "missing column");
        }
    }
    if errors.len() > before {
        return None;
    }

    let mut rows = Vec::new();
    for result in reader.records() {
        let record = match result {
            Ok(record) => record,
            Err(error) => {
                let line = error.position().map(|p| p.line() as usize);
                errors.push(&file, line, "(row)", format!("cannot be read: {error}"));
                continue;
            }
        };
        let line = record.position().map_or(0, |p| p.line() as usize);
        if record.len() != headers.len() {
            errors.at(
                &file,
                line,
                "(row)",
                format!(
                    "has {} cells but the header has {} columns",
                    record.len(),
                    headers.len()
                ),
            );
            continue;
        }
        match record.deserialize::<T>(Some(&headers)) {
            Ok(raw) => rows.push(Row { line, raw }),
            Err(error) => errors.at(&file, line, "(row)", format!("cannot be read: {error}")),
        }
    }
    Some(rows)
}
