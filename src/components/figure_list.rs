//! Every single sourced figure of one topic, as cards.

use leptos::prelude::*;

use crate::components::FigureCard;
use crate::dataset::{Topic, FIGURES};

/// All figures of `topic`, each with its own anchor (`#figure-<id>`) and source line.
#[component]
pub fn FigureList(topic: Topic) -> impl IntoView {
    view! {
        <ul class="figure-list">
            {FIGURES
                .iter()
                .filter(|figure| figure.topic == topic)
                .map(|figure| view! { <FigureCard figure=figure/> })
                .collect_view()}
        </ul>
    }
}
