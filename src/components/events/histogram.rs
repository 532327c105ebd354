//! Events per year of the current selection, as simple bars; a bar filters to its year.

use leptos::prelude::*;

use super::state::{EventState, History};
use crate::model::events::summary::{year_histogram, YearCount};
use crate::model::events::{dataset_index, DateBound, RowId};
use crate::model::format::format_int;

/// Bar height as a share of the tallest bar; any year with events gets at least a sliver.
fn height_percent(events: usize, most: usize) -> f64 {
    if events == 0 || most == 0 {
        return 0.0;
    }
    (events as f64 / most as f64 * 100.0).max(2.0)
}

/// A bar per year from the selection's first to last year. The bars are a pointer shortcut
/// (click a year to filter to it); the same counts are in a table for screen readers, and the
/// date fields do the same from the keyboard.
#[component]
pub fn YearHistogram(state: EventState, selection: Memo<Vec<RowId>>) -> impl IntoView {
    let index = dataset_index();
    let years = Memo::new(move |_| selection.with(|rows| year_histogram(index, rows)));
    let most = move || years.with(|ys| ys.iter().map(|y| y.tally.events).max().unwrap_or(0));
    // One bar per year, kept while the year stays in range; only heights and titles follow
    // the selection.
    let tally_of = move |year: i32| {
        years.with(|ys| {
            ys.iter()
                .find(|y| y.year == year)
                .map_or(0, |y| y.tally.events)
        })
    };
    let bar = move |YearCount { year, .. }: YearCount| {
        let choose = move |_| {
            state.update(History::Push, |f| {
                f.from = Some(DateBound::year(year));
                f.to = Some(DateBound::year(year));
            })
        };
        let title = move || format!("{year}: {} events", format_int(tally_of(year) as i64));
        let height = move || format!("{:.1}%", height_percent(tally_of(year), most()));
        view! {
            <li class="ev-hist__slot" title=title on:click=choose>
                <span class="ev-hist__bar" style:height=height></span>
            </li>
        }
    };
    let span = move || {
        years.with(|ys| match (ys.first(), ys.last()) {
            (Some(first), Some(last)) => (first.year.to_string(), last.year.to_string()),
            _ => (String::new(), String::new()),
        })
    };
    let peak = move || {
        years.with(|ys| {
            ys.iter()
                .max_by_key(|y| y.tally.events)
                .filter(|y| y.tally.events > 0)
                .map(|y| {
                    format!(
                        "Tallest bar: {} events in {}",
                        format_int(y.tally.events as i64),
                        y.year
                    )
                })
                .unwrap_or_else(|| "No events in this selection".to_string())
        })
    };
    // Like the bars: a row per year, kept while the year stays in range.
    let row = move |YearCount { year, .. }: YearCount| {
        view! { <tr><th scope="row">{year}</th><td>{move || format_int(tally_of(year) as i64)}</td></tr> }
    };
    view! {
        <figure class="ev-hist">
            <figcaption class="ev-hist__caption">"Events per year in this selection"</figcaption>
            <ol class="ev-hist__bars" aria-hidden="true">
                <For each=move || years.get() key=|y| y.year children=bar/>
            </ol>
            <div class="ev-hist__axis" aria-hidden="true">
                <span>{move || span().0}</span>
                <span>{move || span().1}</span>
            </div>
            <p class="ev-hist__peak">{peak}</p>
            <table class="visually-hidden">
                <caption>"Events per year in this selection"</caption>
                <thead><tr><th scope="col">"Year"</th><th scope="col">"Events"</th></tr></thead>
                <tbody><For each=move || years.get() key=|y| y.year children=row/></tbody>
            </table>
        </figure>
    }
}
