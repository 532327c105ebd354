//! The key timeline: dated events from the Soviet intervention to the last US flight.

use leptos::prelude::*;

use crate::components::SourceLine;
use crate::dataset::{Collection, EVENTS};
use crate::model::dates::date_text;

/// The key events of the timeline, oldest first, each with its date at the precision known.
#[component]
pub fn KeyEvents() -> impl IntoView {
    let mut events: Vec<_> = EVENTS
        .iter()
        .filter(|event| event.collection == Collection::Timeline)
        .collect();
    events.sort_by_key(|event| event.date);
    let sources: Vec<&'static str> = events
        .first()
        .map(|event| event.source)
        .into_iter()
        .collect();
    view! {
        <ol class="timeline">
            {events
                .into_iter()
                .map(|event| {
                    view! {
                        <li class="timeline__item">
                            <time class="timeline__date num">{date_text(&event.date, event.precision)}</time>
                            <span class="timeline__text">{event.description}</span>
                        </li>
                    }
                })
                .collect_view()}
        </ol>
        <SourceLine sources=sources/>
    }
}
