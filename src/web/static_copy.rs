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
        copy.remember_chart_widths();
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
    /// Chart id → width in CSS px of its pre-rendered chart, read while the copy was on screen.
    static CHART_WIDTHS: std::cell::RefCell<Vec<(String, u32)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// Prefix of a chart card's element id; the rest is the chart's id.
const CHART_ID_PREFIX: &str = "chart-";

impl StaticCopy {
    /// Remembers how wide each pre-rendered chart is laid out, so the live chart is drawn at
    /// that width the first time. All are read in one go now, while the copy's layout is still
    /// current: read later, between the takeover's changes, each read would lay out the page.
    pub fn remember_chart_widths(&self) {
        let Ok(charts) = self
            .root
            .query_selector_all("figure.chart-card[id] > .static-chart")
        else {
            return;
        };
        let widths = (0..charts.length())
            .filter_map(|index| charts.item(index)?.dyn_into::<web_sys::Element>().ok())
            .filter_map(|chart| {
                let card_id = chart.parent_element()?.id();
                let chart_id = card_id.strip_prefix(CHART_ID_PREFIX)?.to_string();
                let width_px = u32::try_from(chart.client_width()).ok()?;
                (width_px > 0).then_some((chart_id, width_px))
            })
            .collect();
        CHART_WIDTHS.set(widths);
    }
}

/// The width the pre-rendered copy laid chart `chart_id` out at, if it was remembered.
pub fn chart_width(chart_id: &str) -> Option<u32> {
    CHART_WIDTHS.with_borrow(|widths| {
        widths
            .iter()
            .find(|(id, _)| id == chart_id)
            .map(|(_, width_px)| *width_px)
    })
}
