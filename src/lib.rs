//! A public dashboard of what the 2001-2021 war in Afghanistan cost.
//!
//! Data flows one way: `data/*.csv` → validated by `build.rs` → [`dataset`] (typed, static) →
//! [`model`] (pure filtering, aggregation, URL state, formatting) → [`charts`] (pure SVG
//! drawing) → [`components`] → [`pages`] (routes).

pub mod charts;
pub mod components;
pub mod dataset;
pub mod model;
pub mod pages;
pub mod web;

mod app;

pub use app::App;

/// Starts the app in `#app`, beside the pre-rendered static copy that the page takes over
/// (see `pages::Dashboard`) or discards (the embed page), once the copy has been painted:
/// the reader sees the page first, and the app's work does not delay that first paint.
///
/// Falls back to the document body when the page has no `#app` (e.g. a host page that only
/// loads the script), so the app always shows.
pub fn mount() {
    // The timeout runs after the frame that the animation-frame callback belongs to.
    leptos::prelude::request_animation_frame(|| {
        leptos::prelude::set_timeout(mount_now, std::time::Duration::ZERO)
    });
}

fn mount_now() {
    let document = leptos::prelude::document();
    match document.get_element_by_id("app") {
        Some(root) => {
            let root: web_sys::HtmlElement = wasm_bindgen::JsCast::unchecked_into(root);
            leptos::mount::mount_to(root, App).forget();
        }
        None => leptos::mount::mount_to_body(App),
    }
}
