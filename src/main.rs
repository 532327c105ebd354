//! Entry point of the browser app: report panics and uncaught errors (console, a banner for
//! the reader, a record for tests), then mount the app.

fn main() {
    afghan_war_costs::web::error_report::install();
    afghan_war_costs::mount();
}
