//! What the reader sees and touches; thin views over `model` and `charts`.

mod chart_card;
mod claims_list;
mod deferred;
mod events;
mod figure_card;
mod figure_list;
mod headline_cards;
mod key_events;
mod site_footer;
mod site_header;
mod source_cards;
mod source_line;
mod url_notice;
mod url_query;

pub mod sections;
pub mod takeover;

pub use chart_card::ChartCard;
pub use claims_list::{verdict_class, ClaimsList};
pub use deferred::Deferred;
pub use events::EventsExplorer;
pub use figure_card::FigureCard;
pub use figure_list::FigureList;
pub use headline_cards::HeadlineCards;
pub use key_events::KeyEvents;
pub use site_footer::SiteFooter;
pub use site_header::SiteHeader;
pub use source_cards::SourceCards;
pub use source_line::SourceLine;
pub use url_notice::UrlNotice;
pub use url_query::use_query_writer;
