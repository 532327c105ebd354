//! The pre-rendered static copy of a page (written into `#app` by `crates/finish-dist`) and
//! the loading status beside it: found, taken over part by part, or discarded.

use leptos::prelude::document;
use wasm_bindgen::JsCast;

/// Class of the element that wraps the static copy until the app has taken it over.
const STATIC_COPY_CLASS: &str = "prerendered";
/// Id of the "Loading the interactive charts…" status.
const BOOT_STATUS_ID: &str = "boot";

/// The static copy in `#app`, while the app has not yet taken it over.
#[derive(Clone)]
pub struct StaticCopy {
    root: web_sys::Element,
}

impl StaticCopy {
    /// The page's static copy, if it has one (a development server without the post-build
    /// step has none).
    pub fn find() -> Option<Self> {
        document()
            .query_selector(&format!("#app > .{STATIC_COPY_CLASS}"))
            .ok()
            .flatten()
            .map(|root| Self { root })
    }

    /// The element of the copy that `selector` names, searched inside the copy only.
    pub fn part(&self, selector: &str) -> Option<web_sys::HtmlElement> {
        self.root
            .query_selector(selector)
            .ok()
            .flatten()
            .and_then(|element| element.dyn_into().ok())
    }

    /// Marks the copy as taken over: what it still holds is the app's own, and the loading
    /// status goes.
    pub fn finish(&self) {
        let _ = self.root.class_list().remove_1(STATIC_COPY_CLASS);
        remove_boot_status();
    }
}

/// Removes the static copy and the loading status, for a page the app builds in full.
pub fn discard() {
    if let Some(copy) = StaticCopy::find() {
        copy.root.remove();
    }
    remove_boot_status();
}

fn remove_boot_status() {
    if let Some(boot) = document().get_element_by_id(BOOT_STATUS_ID) {
        boot.remove();
    }
}
