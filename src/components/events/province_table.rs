//! The map's text alternative: events and deaths per province, each province a toggle.

use leptos::prelude::*;

use super::state::{EventState, History};
use crate::model::events::dataset_index;
use crate::model::events::summary::{ProvinceSummary, Tally};
use crate::model::format::format_int;

/// A table of every province with the selection's events and deaths there. Choosing a
/// province filters the list to it, as a click on the map does.
#[component]
pub fn ProvinceTable(
    state: EventState,
    provinces: Memo<ProvinceSummary<'static>>,
) -> impl IntoView {
    // Rows are made once; only their numbers follow the selection, so typing does not rebuild
    // the table.
    let tally_text = move |slot: usize, pick: fn(&Tally) -> u64| {
        move || {
            provinces.with(|summary| {
                let value = summary.provinces.get(slot).map_or(0, |p| pick(&p.tally));
                format_int(value as i64)
            })
        }
    };
    let chosen = state.part(|f| f.provinces.clone());
    let rows = dataset_index()
        .provinces()
        .iter()
        .enumerate()
        .map(|(slot, name)| {
            let name: &'static str = name;
            let pressed = move || chosen.with(|chosen| chosen.iter().any(|p| p == name));
            let toggle = move |_| state.update(History::Push, |f| f.toggle_province(name));
            view! {
                <tr>
                    <th scope="row">
                        <button type="button" class="ev-link" aria-pressed=move || pressed().to_string() on:click=toggle>
                            {name}
                        </button>
                    </th>
                    <td class="num">{tally_text(slot, |t| t.events as u64)}</td>
                    <td class="num">{tally_text(slot, |t| t.deaths)}</td>
                </tr>
            }
        })
        .collect_view();
    let without = move || provinces.with(|summary| summary.without_province);
    view! {
        <details class="ev-province-table">
            <summary>"Table: events and deaths per province"</summary>
            <div class="table-wrap">
                <table>
                    <caption>"Events and deaths per province in this selection. Choose a province to filter the list to it; choose it again to undo."</caption>
                    <thead>
                        <tr>
                            <th scope="col">"Province"</th>
                            <th scope="col" class="num">"Events"</th>
                            <th scope="col" class="num">"Deaths"</th>
                        </tr>
                    </thead>
                    <tbody>
                        {rows}
                        <tr>
                            <th scope="row">"No province (key events)"</th>
                            <td class="num">{move || format_int(without().events as i64)}</td>
                            <td class="num">{move || format_int(without().deaths as i64)}</td>
                        </tr>
                    </tbody>
                </table>
            </div>
        </details>
    }
}
