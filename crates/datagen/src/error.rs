//! Validation errors: every problem found in `data/`, each pointing at file, line and column.

use std::fmt;

/// One problem in one cell (or row, or file) of the data folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataError {
    /// File as the reader knows it, e.g. `data/unama.csv`.
    pub file: String,
    /// Physical line in the file, 1-based (the header is line 1); `None` for whole-file problems.
    pub line: Option<usize>,
    /// Column name, or `(row)` / `(file)` when the problem is not in one cell.
    pub column: String,
    /// What is wrong, in words.
    pub message: String,
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(
                f,
                "{}:{}: {}: {}",
                self.file, line, self.column, self.message
            ),
            None => write!(f, "{}: {}: {}", self.file, self.column, self.message),
        }
    }
}

/// Every problem found, in the order found (file by file, row by row).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DataErrors(pub Vec<DataError>);

impl DataErrors {
    /// The messages as they are printed, one per error.
    pub fn messages(&self) -> Vec<String> {
        self.0.iter().map(ToString::to_string).collect()
    }
}

impl fmt::Display for DataErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (index, error) in self.0.iter().enumerate() {
            if index > 0 {
                writeln!(f)?;
            }
            write!(f, "{error}")?;
        }
        Ok(())
    }
}

impl std::error::Error for DataErrors {}

impl IntoIterator for DataErrors {
    type Item = DataError;
    type IntoIter = std::vec::IntoIter<DataError>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

/// Collects errors while loading; nothing is reported until everything has been checked.
#[derive(Debug, Default)]
pub(crate) struct Errors {
    list: Vec<DataError>,
}

impl Errors {
    pub(crate) fn push(
        &mut self,
        file: &str,
        line: Option<usize>,
        column: &str,
        message: impl Into<String>,
    ) {
        self.list.push(DataError {
            file: file.to_string(),
            line,
            column: column.to_string(),
            message: message.into(),
        });
    }

    pub(crate) fn at(&mut self, file: &str, line: usize, column: &str, message: impl Into<String>) {
        self.push(file, Some(line), column, message);
    }

    /// True when a problem has been reported in `file` (then checks built on its rows are
    /// skipped, so one bad row is reported once, not again by every total it is part of).
    pub(crate) fn has_errors_in(&self, file: &str) -> bool {
        self.list.iter().any(|error| error.file == file)
    }

    pub(crate) fn len(&self) -> usize {
        self.list.len()
    }

    pub(crate) fn into_result<T>(self, value: T) -> Result<T, DataErrors> {
        if self.list.is_empty() {
            Ok(value)
        } else {
            Err(DataErrors(self.list))
        }
    }
}
