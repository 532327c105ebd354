//! Tells the page that embeds us (if any) how tall our content is, each time it changes, so
//! its auto-height iframe fits with no scrollbar.

use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};

use crate::model::embed::{height_message, EmbedTarget};

/// Id of the element the app is mounted in, which holds everything the page shows.
const APP_ID: &str = "app";

/// Observes the page's content (`#app`: its static copy, then the live page) and posts
/// [`height_message`] to the parent window on every size change. Does nothing when the page is
/// not in a frame.
pub fn report_height_to_parent(target: EmbedTarget) {
    let Some(parent) = window().parent().ok().flatten() else {
        return;
    };
    // A top-level page is its own parent.
    if JsValue::from(&parent) == JsValue::from(&window()) {
        return;
    }
    let Some(element) = document().get_element_by_id(APP_ID) else {
        return;
    };
    let last_px = std::cell::Cell::new(0_u32);
    let measured = element.clone();
    let on_resize = Closure::<dyn Fn()>::new(move || {
        let height_px = measured.get_bounding_client_rect().height().ceil().max(0.0) as u32;
        if height_px == 0 || height_px == last_px.get() {
            return;
        }
        last_px.set(height_px);
        // The message is a plain object (not a string), built from one JSON text so its
        // shape is defined in one place.
        if let Ok(message) = js_sys::JSON::parse(&height_message(target, height_px)) {
            let _ = parent.post_message(&message, "*");
        }
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
        observer.observe(&element);
    }
    // Observes for the page's lifetime.
    on_resize.forget();
}
