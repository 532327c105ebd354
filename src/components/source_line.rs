//! The "Source:" line under every figure and chart; each name opens its source card.

use leptos::prelude::*;

use crate::dataset::source;

/// "Source: Publisher, Document (date)" for each cited source, linking to its card.
///
/// An unknown id is shown as such rather than dropped, so a broken reference is visible.
#[component]
pub fn SourceLine(
    /// `Source::id`s, in the order they should be read.
    #[prop(into)]
    sources: Vec<&'static str>,
) -> impl IntoView {
    let label = if sources.len() > 1 {
        "Sources: "
    } else {
        "Source: "
    };
    let links = sources
        .into_iter()
        .enumerate()
        .map(|(index, id)| {
            let separator = if index > 0 { "; " } else { "" };
            let link = match source(id) {
                Some(found) => view! {
                    // Publisher and date keep the line short; the card holds the full citation.
                    <a href=format!("#source-{}", found.id) title=found.document>
                        {format!("{} ({})", found.publisher, found.date)}
                    </a>
                }
                .into_any(),
                None => view! { <span>{format!("unknown source “{id}”")}</span> }.into_any(),
            };
            view! { {separator} {link} }
        })
        .collect_view();
    view! { <p class="source-line">{label} {links}</p> }
}
