//! The rendered size of an element, kept current as it changes, so drawings and the list
//! layout follow the space they actually have.
//!
//! Sizes come from a `ResizeObserver`, which reports after the browser's own layout: reading
//! `clientWidth` right after mounting instead would force a synchronous layout of the whole page
//! once per chart while the page is being built.

use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast};

/// Width and height in CSS px of the element behind `node`; `fallback` until it is measured.
pub fn use_element_size(node: NodeRef<Div>, fallback: (f64, f64)) -> RwSignal<(f64, f64)> {
    let size = RwSignal::new(fallback);
    Effect::new(move |_| {
        let Some(element) = node.get() else {
            return;
        };
        let on_resize = Closure::<dyn Fn(js_sys::Array)>::new(move |entries: js_sys::Array| {
            for entry in entries.iter() {
                let target = entry
                    .unchecked_into::<web_sys::ResizeObserverEntry>()
                    .target();
                let measured = (
                    f64::from(target.client_width()),
                    f64::from(target.client_height()),
                );
                // A hidden element (display: none) measures 0: keep the last real size.
                if measured.0 > 0.0 && size.get_untracked() != measured {
                    size.set(measured);
                }
            }
        });
        let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) else {
            return;
        };
        observer.observe(&element);
        // The observer and its callback live as long as the element is mounted.
        let held = StoredValue::new_local((observer, on_resize));
        on_cleanup(move || {
            held.try_with_value(|(observer, _)| observer.disconnect());
        });
    });
    size
}
