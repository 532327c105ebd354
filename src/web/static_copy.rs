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

    /// Removes the loading status: the app runs, though part of the copy is still static.
    pub fn started(&self) {
        remove_boot_status();
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
        // An embed page's one chart, measured before its copy goes.
        if let Some(card) = document()
            .query_selector("#app figure.chart-card[id]")
            .ok()
            .flatten()
        {
            let chart_id = card.id();
            copy.measure_chart_width(chart_id.trim_start_matches("chart-"));
        }
        copy.root.remove();
    }
    remove_boot_status();
}

fn remove_boot_status() {
    if let Some(boot) = document().get_element_by_id(BOOT_STATUS_ID) {
        boot.remove();
    }
}

thread_local! {
    /// The width in CSS px of the copy's charts, once one has been measured.
    static CHART_WIDTH: std::cell::Cell<Option<u32>> = const { std::cell::Cell::new(None) };
}

impl StaticCopy {
    /// Measures how wide the copy lays out chart `chart_id`, if it holds it, and remembers it.
    fn measure_chart_width(&self, chart_id: &str) -> Option<u32> {
        let chart = self
            .root
            .query_selector(&format!("#chart-{chart_id} > .static-chart"))
            .ok()??;
        let width_px = u32::try_from(chart.client_width())
            .ok()
            .filter(|px| *px > 0)?;
        CHART_WIDTH.set(Some(width_px));
        Some(width_px)
    }
}

/// The width in CSS px at which the static copy lays out its charts, so that a live chart is
/// drawn once, at that width, rather than at a guess and again when measured. Every chart card
/// has the same width (one column), so one is measured, the first time a card asks: reading a
/// size lays out the page, and the sections below the screen are not laid out until the reader
/// gets near them (`content-visibility`), so measuring them all up front would cost a layout
/// of the whole page.
pub fn chart_width(chart_id: &str) -> Option<u32> {
    CHART_WIDTH
        .get()
        .or_else(|| StaticCopy::find()?.measure_chart_width(chart_id))
}
