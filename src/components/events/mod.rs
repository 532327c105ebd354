//! The event explorer: every dated event, filtered and sorted through the URL, with coverage,
//! a per-year histogram, a province map and a CSV download.
//!
//! Signals live at the top ([`EventsExplorer`]) and are passed down; each piece below is a
//! thin view over `model::events` and `charts::draw_map`.

mod choice_filters;
mod coverage;
mod date_filter;
mod event_map;
mod event_row;
mod event_table;
mod explorer;
mod filters;
mod histogram;
mod province_table;
mod result_bar;
mod state;

pub use explorer::EventsExplorer;
