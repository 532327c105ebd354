//! A chart's controls: period, visible series, and chart-or-table.

use leptos::prelude::*;

use crate::dataset::series;
use crate::model::chart_catalog::{ChartDef, ChartShape};
use crate::model::chart_url::{ChartView, YEAR_LIMITS};

/// A year picker bound to one end of the period.
#[component]
fn YearSelect(label: &'static str, value: Signal<i32>, on_pick: Callback<i32>) -> impl IntoView {
    view! {
        <label class="control">
            <span class="control__label">{label}</span>
            <select on:change=move |event| {
                if let Ok(year) = event_target_value(&event).parse::<i32>() {
                    on_pick.run(year);
                }
            }>
                {(YEAR_LIMITS.from..=YEAR_LIMITS.to)
                    .map(|year| {
                        view! {
                            <option value=year.to_string() selected=move || value.get() == year>
                                {year.to_string()}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </label>
    }
}

/// Period pickers, one checkbox per series and a chart/table switch, all writing `view`.
#[component]
pub fn ChartControls(
    def: &'static ChartDef,
    view: Signal<ChartView>,
    set_view: Callback<ChartView>,
) -> impl IntoView {
    let update = move |change: &dyn Fn(&mut ChartView)| {
        let mut next = view.get_untracked();
        change(&mut next);
        set_view.run(next);
    };
    let pick_from = Callback::new(move |year: i32| {
        update(&|next: &mut ChartView| {
            next.span.from = year;
            next.span.to = next.span.to.max(year);
        })
    });
    let pick_to = Callback::new(move |year: i32| {
        update(&|next: &mut ChartView| {
            next.span.to = year;
            next.span.from = next.span.from.min(year);
        })
    });
    let is_time_chart = def.shape != ChartShape::Categories;
    let series_toggles = (def.series.len() > 1).then(|| {
        view! {
            <fieldset class="control control--series">
                <legend class="control__label">"Series"</legend>
                {def
                    .series
                    .iter()
                    .filter_map(|id| series(id))
                    .map(|shown| {
                        let id = shown.id;
                        view! {
                            <label class="series-toggle">
                                <input
                                    type="checkbox"
                                    prop:checked=move || !view.get().hidden.iter().any(|hidden| hidden == id)
                                    on:change=move |_| {
                                        update(&|next: &mut ChartView| {
                                            if let Some(at) = next.hidden.iter().position(|hidden| hidden == id) {
                                                next.hidden.remove(at);
                                            } else {
                                                next.hidden.push(id.to_string());
                                            }
                                        })
                                    }
                                />
                                {shown.label}
                            </label>
                        }
                    })
                    .collect_view()}
            </fieldset>
        }
    });
    view! {
        <div class="chart-controls">
            {is_time_chart
                .then(|| {
                    view! {
                        <YearSelect label="From" value=Signal::derive(move || view.get().span.from) on_pick=pick_from/>
                        <YearSelect label="To" value=Signal::derive(move || view.get().span.to) on_pick=pick_to/>
                    }
                })}
            {is_time_chart.then_some(series_toggles)}
            <button
                type="button"
                class="button"
                aria-pressed=move || view.get().table.to_string()
                on:click=move |_| update(&|next: &mut ChartView| next.table = !next.table)
            >
                {move || if view.get().table { "Show chart" } else { "Show table" }}
            </button>
        </div>
    }
}
