//! A piece of the page built in a later task while the app takes over the static copy.

use leptos::html::Div;
use leptos::prelude::*;

use super::takeover;
use crate::web::focus_keeper::keep_focus_across;

/// Builds `children` once the takeover reaches this piece (see `components::takeover`); until
/// then the static twin that `twin` (a CSS selector) names in the pre-rendered copy stays on
/// screen in its place, or nothing for a piece the copy lacks. Without a takeover in progress
/// the children are built at once.
#[component]
pub fn Deferred(
    /// Selector of the piece's static twin in the copy.
    #[prop(optional, into)]
    twin: Option<String>,
    children: Children,
) -> impl IntoView {
    let Some(copy) = takeover::copy_in_progress() else {
        return children().into_any();
    };
    let twin = twin.and_then(|twin| copy.part(&twin));
    let ready = RwSignal::new(false);
    let children = StoredValue::new_local(Some(children));
    // The twin is moved, not copied, out of the static part that this piece's part replaces,
    // into a box that takes no part in the layout (`display: contents`).
    let slot = NodeRef::<Div>::new();
    Effect::new(move |_| {
        if let (Some(slot), Some(twin)) = (slot.get(), twin.as_ref()) {
            let _ = slot.append_child(twin);
        }
    });
    // A reader may have tabbed into the twin: the focus moves on to its live counterpart.
    takeover::defer(move || match slot.get_untracked() {
        Some(slot) => keep_focus_across(&slot, || ready.set(true)),
        None => ready.set(true),
    });
    (move || match ready.get() {
        true => children
            .try_update_value(Option::take)
            .flatten()
            .map(|children| children()),
        false => Some(view! { <div class="static-twin" node_ref=slot></div> }.into_any()),
    })
    .into_any()
}
