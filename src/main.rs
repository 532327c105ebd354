//! Entry point of the browser app: report panics and uncaught errors (console, a banner for
//! the reader, a record for tests), take the heap the page needs, then mount the app.

fn main() {
    afghan_war_costs::web::error_report::install();
    afghan_war_costs::web::heap_reserve::reserve_heap();
    afghan_war_costs::mount();
}
