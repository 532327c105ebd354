//! Routes: one component per page.

mod dashboard;
mod embed;

pub use dashboard::Dashboard;
pub use embed::EmbedPage;
