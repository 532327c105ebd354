//! The Sources section: one card per publication, with what in the dashboard rests on it.

use leptos::prelude::*;

use crate::components::Deferred;
use crate::dataset::{Source, SOURCES};
use crate::model::source_usage::source_usage;

/// One source: publisher, document, date, where read, licence, caveats and its uses.
#[component]
fn SourceCard(source: &'static Source) -> impl IntoView {
    let usage = source_usage(source.id);
    let charts = usage
        .charts
        .iter()
        .map(|def| {
            view! {
                <li>
                    "Chart: " <a href=format!("#chart-{}", def.id)>{def.title}</a>
                </li>
            }
        })
        .collect_view();
    let uses = usage
        .series
        .iter()
        .map(|series| format!("Series: {}", series.label))
        .chain(
            usage
                .figures
                .iter()
                .map(|figure| format!("Figure: {}", figure.label)),
        )
        .chain(
            usage
                .claims
                .iter()
                .map(|claim| format!("Article check, claim {}", claim.number)),
        )
        .collect::<Vec<_>>();
    let licence = if source.licence.is_empty() {
        "Not stated by the source"
    } else {
        source.licence
    };
    view! {
        <li class="card source-card" id=format!("source-{}", source.id) tabindex="-1">
            <h3 class="source-card__publisher">{source.publisher}</h3>
            <dl>
                <dt>"Document"</dt>
                <dd>{source.document}</dd>
                <dt>"Date"</dt>
                <dd>{source.date}</dd>
                <dt>"Where read"</dt>
                <dd>{source.where_read}</dd>
                <dt>"Licence"</dt>
                <dd>{licence}</dd>
                {(!source.caveats.is_empty())
                    .then(|| view! { <dt>"Caveats"</dt> <dd>{source.caveats}</dd> })}
                <dt>"Used for"</dt>
                <dd>
                    <ul class="source-card__uses">
                        {charts}
                        {uses.into_iter().map(|text| view! { <li>{text}</li> }).collect_view()}
                    </ul>
                </dd>
            </dl>
        </li>
    }
}

/// Every source in the dataset as a card; every "Source:" line in the app links here.
#[component]
pub fn SourceCards() -> impl IntoView {
    view! {
        <ul class="source-cards">
            {SOURCES
                .iter()
                .map(|source| {
                    view! {
                        <Deferred twin=format!("#source-{}", source.id)>
                            <SourceCard source=source/>
                        </Deferred>
                    }
                })
                .collect_view()}
        </ul>
    }
}
