//! Routes: one component per page.

mod dashboard;

pub use dashboard::Dashboard;
