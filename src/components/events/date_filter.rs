//! The date range: two fields that take a year or a date, and one-click historical periods.

use leptos::prelude::*;

use super::state::{EventState, History};
use crate::model::events::presets::DATE_PRESETS;
use crate::model::events::DateBound;

/// Which end of the range a field sets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum End {
    From,
    To,
}

/// From and to fields (a year such as 2018, or 2018-03-05) and the period presets.
#[component]
pub fn DateFilter(state: EventState) -> impl IntoView {
    let range = state.part(|f| (f.from, f.to));
    let preset_buttons = DATE_PRESETS
        .iter()
        .map(|preset| {
            let (from, to) = (DateBound::year(preset.from_year), DateBound::year(preset.to_year));
            let pressed = move || range.get() == (Some(from), Some(to));
            let choose = move |_| {
                state.update(History::Push, |f| {
                    f.from = Some(from);
                    f.to = Some(to);
                })
            };
            view! {
                <button type="button" class="ev-chip" aria-pressed=move || pressed().to_string() on:click=choose>
                    {preset.label}
                </button>
            }
        })
        .collect_view();
    view! {
        <fieldset class="ev-field ev-field--dates">
            <legend>"Dates"</legend>
            <div class="ev-dates">
                <BoundInput state=state end=End::From/>
                <BoundInput state=state end=End::To/>
            </div>
            <p class="ev-hint" id="ev-dates-hint">"A year (2018) or a date (2018-03-05); both ends included."</p>
            <div class="ev-chips" role="group" aria-label="Periods">{preset_buttons}</div>
        </fieldset>
    }
}

/// One end of the range. Applied when the reader leaves the field or presses Enter; text that
/// is not a year or date is marked invalid and leaves the filter unchanged.
#[component]
fn BoundInput(state: EventState, end: End) -> impl IntoView {
    let invalid = RwSignal::new(false);
    let (id, label) = match end {
        End::From => ("ev-from", "From"),
        End::To => ("ev-to", "To"),
    };
    let bound = state.part(move |f| if end == End::From { f.from } else { f.to });
    let shown = move || bound.get().map(|b| b.to_text()).unwrap_or_default();
    let apply = move |ev| {
        let text = event_target_value(&ev);
        let bound = match text.trim() {
            "" => Some(None),
            trimmed => DateBound::parse(trimmed).map(Some),
        };
        invalid.set(bound.is_none());
        if let Some(bound) = bound {
            state.update(History::Push, |f| match end {
                End::From => f.from = bound,
                End::To => f.to = bound,
            });
        }
    };
    view! {
        <div class="ev-date">
            <label for=id>{label}</label>
            <input
                id=id
                type="text"
                inputmode="numeric"
                autocomplete="off"
                size="10"
                placeholder=if end == End::From { "1979" } else { "2022" }
                aria-describedby="ev-dates-hint"
                aria-invalid=move || invalid.get().to_string()
                prop:value=shown
                on:change=apply
            />
        </div>
    }
}
