//! The rendered size of an element, kept current on window resizes, so drawings and the list
//! layout follow the space they actually have.

use leptos::ev;
use leptos::html::Div;
use leptos::prelude::*;

/// Width and height in CSS px of the element behind `node`; `fallback` until it is mounted.
pub fn use_element_size(node: NodeRef<Div>, fallback: (f64, f64)) -> RwSignal<(f64, f64)> {
    let size = RwSignal::new(fallback);
    let measure = move || {
        if let Some(element) = node.get_untracked() {
            let measured = (
                f64::from(element.client_width()),
                f64::from(element.client_height()),
            );
            // A hidden element (display: none) measures 0: keep the last real size.
            if measured.0 > 0.0 && size.get_untracked() != measured {
                size.set(measured);
            }
        }
    };
    Effect::new(move |_| {
        if node.get().is_some() {
            measure();
        }
    });
    let handle = window_event_listener(ev::resize, move |_| measure());
    on_cleanup(move || handle.remove());
    size
}
