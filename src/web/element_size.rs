//! The rendered size of an element, kept current as it changes, so drawings and the list
//! layout follow the space they actually have.
//!
//! A `ResizeObserver` reports sizes after the browser's own layout. Reading `clientWidth`
//! right after inserting an element would force a layout of the whole page instead, once per
//! chart while the app takes over the static copy.

use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast};

/// Width and height in CSS px of the element behind `node`; `fallback` until the browser has
/// laid it out.
pub fn use_element_size(node: NodeRef<Div>, fallback: (f64, f64)) -> RwSignal<(f64, f64)> {
    let size = RwSignal::new(fallback);
    let on_resize = Closure::<dyn Fn(js_sys::Array)>::new(move |entries: js_sys::Array| {
        for entry in entries.iter() {
            let Ok(entry) = entry.dyn_into::<web_sys::ResizeObserverEntry>() else {
                continue;
            };
            let element = entry.target();
            let measured = (
                f64::from(element.client_width()),
                f64::from(element.client_height()),
            );
            // A hidden element (display: none) measures 0: keep the last real size.
            if measured.0 > 0.0 && size.get_untracked() != measured {
                size.set(measured);
            }
        }
    });
    let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) else {
        return size;
    };
    // Both live as long as the component: the browser calls back into the closure.
    let observed = StoredValue::new_local((observer, on_resize));
    Effect::new(move |_| {
        if let Some(element) = node.get() {
            observed.with_value(|(observer, _)| observer.observe(&element));
        }
    });
    on_cleanup(move || observed.with_value(|(observer, _)| observer.disconnect()));
    size
}
