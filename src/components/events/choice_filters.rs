//! Multi-select filters: types of violence (or key events) and provinces, as checkboxes.

use leptos::prelude::*;

use super::state::{EventState, History};
use crate::dataset::EventKind;
use crate::model::events::dataset_index;
use crate::model::events::labels::{kind_label, kind_slug, KINDS};

/// Adds or removes `item`, keeping the list without repeats.
fn toggle<T: PartialEq>(list: &mut Vec<T>, item: T, on: bool) {
    list.retain(|existing| *existing != item);
    if on {
        list.push(item);
    }
}

/// One checkbox per type of event; none ticked shows every type.
#[component]
pub fn KindFilter(state: EventState) -> impl IntoView {
    let kinds = state.part(|f| f.kinds.clone());
    let boxes = KINDS
        .into_iter()
        .map(|kind: EventKind| {
            let id = format!("ev-type-{}", kind_slug(kind));
            let checked = move || kinds.with(|kinds| kinds.contains(&kind));
            let on_change = move |ev| {
                let on = event_target_checked(&ev);
                state.update(History::Push, |f| toggle(&mut f.kinds, kind, on));
            };
            view! {
                <label class="ev-check">
                    <input type="checkbox" id=id value=kind_slug(kind) prop:checked=checked on:change=on_change/>
                    {kind_label(kind)}
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset class="ev-field ev-field--types">
            <legend>"Type of violence or event"</legend>
            <div class="ev-checks">{boxes}</div>
        </fieldset>
    }
}

/// The province checkboxes, folded away, with the chosen provinces as removable chips (the
/// map and the per-province table toggle the same list).
#[component]
pub fn ProvinceFilter(state: EventState) -> impl IntoView {
    let provinces = state.part(|f| f.provinces.clone());
    let chosen = move || provinces.get();
    let boxes = dataset_index()
        .provinces()
        .iter()
        .map(|name| {
            let name: &'static str = name;
            let id = format!("ev-province-{}", name.to_lowercase().replace(' ', "-"));
            let checked = move || provinces.with(|chosen| chosen.iter().any(|p| p == name));
            let on_change = move |ev| {
                let on = event_target_checked(&ev);
                state.update(History::Push, |f| toggle(&mut f.provinces, name.to_string(), on));
            };
            view! {
                <label class="ev-check">
                    <input type="checkbox" id=id value=name prop:checked=checked on:change=on_change/>
                    {name}
                </label>
            }
        })
        .collect_view();
    let chips = move || {
        chosen()
            .into_iter()
            .map(|name| {
                let label = format!("Remove province {name}");
                let shown = name.clone();
                let remove = move |_| {
                    let name = name.clone();
                    state.update(History::Push, move |f| f.provinces.retain(|p| *p != name));
                };
                view! {
                    <button type="button" class="ev-chip ev-chip--remove" aria-label=label on:click=remove>
                        {shown} <span aria-hidden="true">" ×"</span>
                    </button>
                }
            })
            .collect_view()
    };
    view! {
        <div class="ev-field ev-field--provinces">
            <details class="ev-provinces">
                <summary>
                    "Provinces "
                    <span class="ev-muted">
                        {move || match chosen().len() {
                            0 => "(all)".to_string(),
                            n => format!("({n} chosen)"),
                        }}
                    </span>
                </summary>
                <fieldset class="ev-provinces__list">
                    <legend class="visually-hidden">"Provinces"</legend>
                    {boxes}
                </fieldset>
            </details>
            <div class="ev-chips" aria-label="Chosen provinces" role="group">{chips}</div>
        </div>
    }
}
