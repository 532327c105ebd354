//! The events section: filters, coverage, count, histogram, map and the list, all following
//! the query string.

use leptos::prelude::*;

use super::coverage::CoverageNote;
use super::event_map::EventMap;
use super::event_table::EventTable;
use super::filters::EventFilters;
use super::histogram::YearHistogram;
use super::province_table::ProvinceTable;
use super::result_bar::ResultBar;
use super::state::use_event_state;
use crate::components::{Deferred, UrlNotice};
use crate::model::events::dataset_index;
use crate::model::events::summary::province_summary;
use crate::model::events::url::EVENTS_ANCHOR;

/// Opens the page at the list when the link names it (`…#events`): the section does not exist
/// yet when the browser looks for the anchor, so it is scrolled to once it does.
fn scroll_to_anchor_once() {
    Effect::new(move |_| {
        request_animation_frame(|| {
            let hash = window().location().hash().unwrap_or_default();
            if hash.trim_start_matches('#') == EVENTS_ANCHOR {
                if let Some(section) = document().get_element_by_id(EVENTS_ANCHOR) {
                    // At once: a smooth scroll down a long page on load only delays the reader.
                    let options = web_sys::ScrollIntoViewOptions::new();
                    options.set_behavior(web_sys::ScrollBehavior::Instant);
                    section.scroll_into_view_with_scroll_into_view_options(&options);
                }
            }
        });
    });
}

/// Every event of the dataset, filterable and sortable, with its coverage, a per-year
/// histogram, a province map and a CSV download. The filter lives in the URL (`ev.*` keys,
/// see `model::events::url`), so links, back and forward reproduce a view.
#[component]
pub fn EventsExplorer() -> impl IntoView {
    let index = dataset_index();
    let state = use_event_state();
    let selection = Memo::new(move |_| state.filter.with(|filter| index.select(filter)));
    let provinces = Memo::new(move |_| selection.with(|rows| province_summary(index, rows)));
    scroll_to_anchor_once();
    view! {
        <div class="ev">
            <UrlNotice notices=state.notices/>
            <CoverageNote selection=selection/>
            <EventFilters state=state/>
            <ResultBar state=state selection=selection/>
            <div class="ev-visuals">
                <div class="ev-visuals__map">
                    <Deferred>
                        <EventMap state=state selection=selection provinces=provinces/>
                        <ProvinceTable state=state provinces=provinces/>
                    </Deferred>
                </div>
                <Deferred>
                    <YearHistogram state=state selection=selection/>
                </Deferred>
            </div>
            <Deferred>
                <EventTable state=state selection=selection/>
            </Deferred>
        </div>
    }
}
