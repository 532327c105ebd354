//! The event list: a real table whose body holds only the rows in view, between two spacers,
//! so 100,000 events cost no more page than 20.

use leptos::html::Div;
use leptos::prelude::*;

use super::event_row::EventRow;
use super::state::{EventState, History};
use crate::model::events::row_text::row_texts;
use crate::model::events::viewport::row_window;
use crate::model::events::{dataset_index, RowId, SortOrder};
use crate::web::element_size::use_element_size;

/// Row height of the table layout, in px (two lines of text and padding).
const ROW_PX: f64 = 64.0;
/// Row height of the card layout used on narrow screens (four lines and a two-line description).
const CARD_ROW_PX: f64 = 136.0;
/// Below this list width the rows become cards.
const CARD_BELOW_PX: f64 = 640.0;
/// Rows rendered beyond each edge of the viewport.
const OVERSCAN: usize = 6;

/// A column header that sorts by its column; a second press reverses the order.
#[component]
fn SortHeader(
    state: EventState,
    label: &'static str,
    first: SortOrder,
    second: SortOrder,
    #[prop(default = "")] class: &'static str,
) -> impl IntoView {
    let sort = state.part(|f| f.sort);
    let sort = move || sort.get();
    let aria_sort = move || match sort() {
        s if s == first || s == second => {
            let descending = matches!(
                s,
                SortOrder::DateDesc | SortOrder::DeathsDesc | SortOrder::PlaceDesc
            );
            if descending {
                "descending"
            } else {
                "ascending"
            }
        }
        _ => "none",
    };
    let press = move |_| {
        let next = if sort() == first { second } else { first };
        state.update(History::Push, |f| f.sort = next);
    };
    view! {
        <th scope="col" class=class aria-sort=aria_sort>
            <button type="button" class="ev-sort" on:click=press>{label}</button>
        </th>
    }
}

/// The virtualised list of the selected events, newest first unless the reader sorts.
#[component]
pub fn EventTable(state: EventState, selection: Memo<Vec<RowId>>) -> impl IntoView {
    let index = dataset_index();
    let scroller = NodeRef::<Div>::new();
    let size = use_element_size(scroller, (960.0, 480.0));
    let scroll_top = RwSignal::new(0.0);
    let cards = Memo::new(move |_| size.get().0 < CARD_BELOW_PX);
    let row_px = Memo::new(move |_| if cards.get() { CARD_ROW_PX } else { ROW_PX });
    let window = Memo::new(move |_| {
        let total = selection.with(Vec::len);
        row_window(
            total,
            row_px.get(),
            scroll_top.get(),
            size.get().1,
            OVERSCAN,
        )
    });
    // A new selection is read from its top.
    Effect::new(move |previous: Option<()>| {
        selection.track();
        // Writing scrollTop forces a layout of the whole page: only when it is not at the top.
        if previous.is_some() && scroll_top.get_untracked() != 0.0 {
            if let Some(element) = scroller.get_untracked() {
                element.set_scroll_top(0);
            }
            scroll_top.set(0.0);
        }
    });
    // One row per position in view, kept while the position stays in view: a new selection
    // changes the words of the rows (see `EventRow`), scrolling adds and drops rows at the edges.
    let positions = move || {
        let shown = window.get();
        (shown.start..shown.end).collect::<Vec<_>>()
    };
    let row = move |position: usize| {
        let texts = Memo::new(move |_| {
            selection
                .with(|rows| rows.get(position).copied())
                .and_then(|id| index.row(id))
                .map(|row| row_texts(row, index.province_name(row)))
                .unwrap_or_default()
        });
        view! { <EventRow texts=texts position=position height_px=row_px/> }
    };
    let on_scroll = move |_| {
        if let Some(element) = scroller.get_untracked() {
            scroll_top.set(f64::from(element.scroll_top()));
        }
    };
    let spacer = |px: f64| format!("{px}px");
    view! {
        <div class="ev-list" class:ev-list--cards=move || cards.get()>
            <div class="ev-scroller" node_ref=scroller tabindex="0" role="region" aria-label="Event list (scrolls)" on:scroll=on_scroll>
                <table class="ev-table" aria-rowcount=move || selection.with(Vec::len) + 1>
                    <caption class="visually-hidden">
                        "Events matching the filters. Only the rows in view are in the page; scroll for more."
                    </caption>
                    <thead>
                        <tr aria-rowindex="1">
                            <SortHeader state=state label="Date" first=SortOrder::DateDesc second=SortOrder::DateAsc class="ev-c--date"/>
                            <SortHeader state=state label="Place" first=SortOrder::PlaceAsc second=SortOrder::PlaceDesc class="ev-c--place"/>
                            <th scope="col" class="ev-c--type">"Type · sides"</th>
                            <SortHeader state=state label="Deaths" first=SortOrder::DeathsDesc second=SortOrder::DeathsAsc class="ev-c--deaths num"/>
                            <th scope="col" class="ev-c--desc">"Description"</th>
                            <th scope="col" class="ev-c--source">"Source"</th>
                        </tr>
                    </thead>
                    <tbody>
                        <tr class="ev-spacer" aria-hidden="true" style:height=move || spacer(window.get().top_px)>
                            <td colspan="6"></td>
                        </tr>
                        <For each=positions key=|position| *position children=row/>
                        <tr class="ev-spacer" aria-hidden="true" style:height=move || spacer(window.get().bottom_px)>
                            <td colspan="6"></td>
                        </tr>
                    </tbody>
                </table>
                <Show when=move || selection.with(Vec::is_empty)>
                    <p class="ev-empty">"No events match these filters."</p>
                </Show>
            </div>
        </div>
    }
}
