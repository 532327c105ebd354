//! The filter form: free text, dates, types, provinces, minimum deaths and sort.

use leptos::prelude::*;

use super::choice_filters::{KindFilter, ProvinceFilter};
use super::date_filter::DateFilter;
use super::state::{EventState, History};
use crate::model::events::SortOrder;

/// Every control that narrows or orders the event list. Each writes to the URL: the free text
/// when typing pauses, everything else at once; typed values replace the history entry,
/// choices push one.
#[component]
pub fn EventFilters(state: EventState) -> impl IntoView {
    let text = state.part(|f| f.text.clone());
    let min_deaths = state.part(|f| f.min_deaths);
    let sort = state.part(|f| f.sort);
    let on_text = move |ev| {
        state.type_text(event_target_value(&ev));
    };
    let on_min = move |ev| {
        let text = event_target_value(&ev);
        let trimmed = text.trim();
        // Half-typed input ("-", "1e") leaves the filter as it was.
        let min = if trimmed.is_empty() {
            Some(None)
        } else {
            trimmed.parse::<u32>().ok().map(Some)
        };
        if let Some(min) = min {
            state.update(History::Replace, |f| f.min_deaths = min);
        }
    };
    let on_sort = move |ev| {
        if let Some(sort) = SortOrder::from_slug(&event_target_value(&ev)) {
            state.update(History::Push, |f| f.sort = sort);
        }
    };
    view! {
        <form class="ev-filters" role="search" aria-label="Filter events" on:submit=|ev| ev.prevent_default()>
            <div class="ev-field ev-field--text">
                <label for="ev-q">"Search descriptions, places and sides"</label>
                <input
                    id="ev-q"
                    type="search"
                    autocomplete="off"
                    spellcheck="false"
                    placeholder="e.g. Kunduz, Taleban, airstrike"
                    prop:value=move || text.get()
                    on:input=on_text
                />
            </div>
            <DateFilter state=state/>
            <KindFilter state=state/>
            <div class="ev-field-stack">
                <div class="ev-field ev-field--min">
                    <label for="ev-min">"At least this many deaths"</label>
                    <input
                        id="ev-min"
                        type="number"
                        min="0"
                        step="1"
                        inputmode="numeric"
                        placeholder="0"
                        prop:value=move || min_deaths.get().map(|m| m.to_string()).unwrap_or_default()
                        on:input=on_min
                    />
                </div>
                <div class="ev-field ev-field--sort">
                    <label for="ev-sort">"Sort"</label>
                    <select id="ev-sort" on:change=on_sort>
                        {SortOrder::ALL
                            .into_iter()
                            .map(|order| {
                                let selected = move || sort.get() == order;
                                view! { <option value=order.slug() prop:selected=selected>{order.label()}</option> }
                            })
                            .collect_view()}
                    </select>
                </div>
            </div>
            <ProvinceFilter state=state/>
        </form>
    }
}
