//! One sourced figure as a card: value, what it counts, when, and its source line.

use leptos::prelude::*;

use crate::components::SourceLine;
use crate::dataset::Figure;
use crate::model::figure_text::figure_value_text;

/// A single figure with its label, as-of date, caveat and source line.
#[component]
pub fn FigureCard(
    figure: &'static Figure,
    /// Headline cards use a larger value; lists use the compact form.
    #[prop(default = false)]
    headline: bool,
) -> impl IntoView {
    // Only the list card carries the `figure-<id>` anchor, so ids stay unique on the page.
    let (class, anchor) = if headline {
        ("card headline-card", None)
    } else {
        (
            "card figure-card headline-card",
            Some(format!("figure-{}", figure.id)),
        )
    };
    view! {
        <li class=class id=anchor>
            <span class="headline-card__value">{figure_value_text(figure)}</span>
            <span class="headline-card__label">{figure.label}</span>
            <p class="headline-card__context">
                {figure.as_of}
                {(!figure.note.is_empty()).then(|| format!(" · {}", figure.note))}
            </p>
            <SourceLine sources=vec![figure.source]/>
        </li>
    }
}
