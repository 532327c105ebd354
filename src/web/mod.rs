//! Thin wrappers over browser APIs (downloads, clipboard, colour scheme, error reports, canvas).
//! Nothing here computes a figure; failures are reported to the caller once, never panicked on.

pub mod dot_canvas;
pub mod download;
pub mod element_size;
pub mod embed_height;
pub mod error_report;
pub mod first_engagement;
pub mod focus_keeper;
pub mod static_copy;
pub mod theme;
