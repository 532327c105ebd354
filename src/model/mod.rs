//! Pure functions on the dataset: filtering, aggregation, URL state and formatting.

pub mod chart_catalog;
pub mod chart_data;
pub mod chart_render;
pub mod chart_summary;
pub mod chart_table;
pub mod chart_url;
pub mod csv_cell;
pub mod dates;
pub mod embed;
pub mod events;
pub mod figure_text;
pub mod format;
pub mod headlines;
pub mod source_usage;
pub mod url_notices;
