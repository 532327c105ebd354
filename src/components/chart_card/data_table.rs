//! A chart's data as an accessible HTML table.

use leptos::prelude::*;

use crate::model::chart_table::TableView;

/// The table view of a chart: a caption, column headers and one row header per period.
#[component]
pub fn DataTable(
    /// Caption read by screen readers and shown above the table.
    caption: String,
    table: TableView,
) -> impl IntoView {
    let TableView { headers, rows } = table;
    let region_label = caption.clone();
    view! {
        <div class="table-wrap" tabindex="0" role="region" aria-label=region_label>
            <table class="data-table">
                <caption>{caption}</caption>
                <thead>
                    <tr>
                        {headers
                            .into_iter()
                            .enumerate()
                            .map(|(index, header)| {
                                let class = if index == 0 { "" } else { "num" };
                                view! { <th scope="col" class=class>{header}</th> }
                            })
                            .collect_view()}
                    </tr>
                </thead>
                <tbody>
                    {rows
                        .into_iter()
                        .map(|row| {
                            let mut cells = row.into_iter();
                            let label = cells.next().unwrap_or_default();
                            view! {
                                <tr>
                                    <th scope="row">{label}</th>
                                    {cells.map(|cell| view! { <td class="num">{cell}</td> }).collect_view()}
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
    }
}
