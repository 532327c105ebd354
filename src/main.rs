//! Entry point of the browser app: report panics to the console, then mount the app.

fn main() {
    console_error_panic_hook::set_once();
    afghan_war_costs::mount();
}
