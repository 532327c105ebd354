//! Taking over the pre-rendered static page one part at a time.
//!
//! The static copy is already laid out and painted when the app starts. Building the whole
//! page again in one go would block the main thread for seconds on a slow phone and replace
//! what the reader is looking at. Instead each part (header, a section, the footer) is built
//! in its own browser task and swapped in for its static twin, top to bottom, so input and
//! painting get a turn between parts and nothing on screen is thrown away early.

use std::time::Duration;

use leptos::prelude::*;
use leptos::tachys::view::any_view::AnyViewState;
use leptos::tachys::view::{Mountable, Render};

use crate::web::static_copy::StaticCopy;

/// One part of a page: where its static twin is in the copy, and how to build it live.
pub struct Part {
    /// CSS selector of the static twin inside the copy.
    pub selector: String,
    /// Builds the live part.
    pub view: Box<dyn FnOnce() -> AnyView>,
}

impl Part {
    pub fn new(selector: impl Into<String>, view: impl FnOnce() -> AnyView + 'static) -> Self {
        Self {
            selector: selector.into(),
            view: Box::new(view),
        }
    }
}

/// Starts swapping `parts` into `copy`, one per task, top to bottom, in `owner` (the page's
/// own, so the parts see the router and theme). The caller has checked that the copy holds a
/// twin for every part.
pub fn take_over(owner: Owner, copy: StaticCopy, parts: Vec<Part>) {
    // The live parts' view states hold their reactive bindings; they live as long as the page.
    let mounted = StoredValue::new_local(Vec::<AnyViewState>::with_capacity(parts.len()));
    swap_next(owner, copy, parts.into_iter(), mounted);
}

/// Schedules the next part in a task of its own, or finishes the copy after the last one.
fn swap_next(
    owner: Owner,
    copy: StaticCopy,
    mut parts: std::vec::IntoIter<Part>,
    mounted: StoredValue<Vec<AnyViewState>, LocalStorage>,
) {
    set_timeout(
        move || match parts.next() {
            Some(part) => {
                swap_in(&owner, &copy, part, mounted);
                swap_next(owner, copy, parts, mounted);
            }
            None => copy.finish(),
        },
        Duration::ZERO,
    );
}

/// Builds one part live and puts it where its static twin was.
fn swap_in(
    owner: &Owner,
    copy: &StaticCopy,
    part: Part,
    mounted: StoredValue<Vec<AnyViewState>, LocalStorage>,
) {
    // A twin gone since the check (removed by another script) leaves nothing to replace.
    let Some(twin) = copy.part(&part.selector) else {
        return;
    };
    let Some(parent) = twin.parent_element() else {
        return;
    };
    owner.with(|| {
        let mut state = (part.view)().build();
        state.mount(&parent, Some(twin.as_ref()));
        twin.remove();
        mounted.update_value(|states| states.push(state));
    });
}
