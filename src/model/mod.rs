//! Pure functions on the dataset: filtering, aggregation, URL state and formatting.

pub mod dates;
pub mod figure_text;
pub mod format;
pub mod headlines;
pub mod source_usage;
