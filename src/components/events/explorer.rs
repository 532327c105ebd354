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
use crate::model::events::summary::province_summary;
use crate::model::events::url::EVENTS_ANCHOR;
use crate::model::events::{dataset_index, RecentSelections, RowId};

/// Opens the page at the list when the link names it (`…#events`): the browser scrolled to the
/// static copy's section, which the live one replaces after the sections above it have changed
/// height, so the live section is scrolled to once it exists.
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

/// `selection` as it was when the browser last painted: it follows `selection` right after the
/// frame that shows the new list and count, so a keystroke's frame carries only the list,
/// while the coverage counts, the map, the province table and the histogram (which together
/// cost more than a frame at 100,000 events) follow in the next one. Several changes before
/// that frame are drawn once, with the last.
fn after_paint(selection: Memo<Vec<RowId>>) -> Memo<Vec<RowId>> {
    let settled = RwSignal::new(selection.get_untracked());
    let scheduled = StoredValue::new(false);
    Effect::new(move |_| {
        selection.track();
        if scheduled.get_value() {
            return;
        }
        scheduled.set_value(true);
        // A frame, then a task: the task runs once that frame is on screen.
        request_animation_frame(move || {
            set_timeout(
                move || {
                    scheduled.try_set_value(false);
                    let Some(now) = selection.try_get_untracked() else {
                        return;
                    };
                    if settled.try_with_untracked(|rows| rows != &now) == Some(true) {
                        settled.set(now);
                    }
                },
                std::time::Duration::ZERO,
            );
        });
    });
    Memo::new(move |_| settled.get())
}

/// Every event of the dataset, filterable and sortable, with its coverage, a per-year
/// histogram, a province map and a CSV download. The filter lives in the URL (`ev.*` keys,
/// see `model::events::url`), so links, back and forward reproduce a view.
#[component]
pub fn EventsExplorer() -> impl IntoView {
    let index = dataset_index();
    let state = use_event_state();
    // A letter typed narrows the last selection; a letter erased finds an earlier one.
    let recent = StoredValue::new(RecentSelections::default());
    let selection = Memo::new(move |_| {
        state.filter.with(|filter| {
            recent
                .try_update_value(|recent| recent.select(index, filter))
                .unwrap_or_else(|| index.select(filter))
        })
    });
    // The list and the count follow at once; the rest right after they are painted.
    let settled = after_paint(selection);
    let provinces = Memo::new(move |_| settled.with(|rows| province_summary(index, rows)));
    scroll_to_anchor_once();
    view! {
        <div class="ev">
            <UrlNotice notices=state.notices/>
            <CoverageNote selection=settled/>
            <EventFilters state=state/>
            <ResultBar state=state selection=selection/>
            <div class="ev-visuals">
                <div class="ev-visuals__map">
                    <Deferred>
                        <EventMap state=state selection=settled provinces=provinces/>
                        <ProvinceTable state=state provinces=provinces/>
                    </Deferred>
                </div>
                <Deferred>
                    <YearHistogram state=state selection=settled/>
                </Deferred>
            </div>
            <Deferred>
                <EventTable state=state selection=selection/>
            </Deferred>
        </div>
    }
}
