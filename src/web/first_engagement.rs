//! The reader's first sign that they want more than what the page first shows.

use leptos::prelude::*;

/// What a reader does when they start to use the page rather than look at it: turn a wheel,
/// touch, point, click, press a key or move focus. Not `scroll` itself: the browser also scrolls
/// on its own (to a linked section, or to keep the view still while the app changes the page
/// above it), and a reader's own scrolling starts with one of these.
const ENGAGEMENT_EVENTS: [&str; 6] = [
    "wheel",
    "touchstart",
    "pointermove",
    "pointerdown",
    "keydown",
    "focusin",
];

/// Runs `then` once, on the first engagement event the window sees (events in the page bubble
/// to it), and stops listening.
pub fn on_first_engagement(then: impl FnOnce() + 'static) {
    let then = StoredValue::new_local(Some(then));
    let handles = StoredValue::new_local(Vec::<WindowListenerHandle>::new());
    let engaged = move || {
        handles.update_value(|handles| handles.drain(..).for_each(WindowListenerHandle::remove));
        if let Some(then) = then.try_update_value(Option::take).flatten() {
            then();
        }
    };
    handles.update_value(|handles| {
        handles.extend(
            ENGAGEMENT_EVENTS
                .into_iter()
                .map(|name| window_event_listener_untyped(name, move |_| engaged())),
        )
    });
}
