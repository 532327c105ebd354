//! Keeps the keyboard focus where the reader put it while the app takes over the static copy.
//!
//! A reader tabbing through the page may focus a link of the static copy just before the app
//! replaces that piece with its live twin. Removing a focused element sends the focus back to
//! the document, so the next Tab would start again from the top and a screen reader would lose
//! its place. The focus is noted before a piece is replaced and put back afterwards: on the
//! same element if it was moved into the live piece, else on the live control that matches it
//! (same tag, text and link target, at the same position among such controls).

use std::time::Duration;

use leptos::prelude::{document, set_timeout};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, ScrollBehavior, ScrollIntoViewOptions, ScrollLogicalPosition};

/// Runs `replace`, which puts the live twin of `piece` in its place, and gives the focus, if it
/// was inside `piece`, to its counterpart in the live twin. That happens in the next task: the
/// live piece's effects, which move static pieces into it, run after `replace` returns.
pub fn keep_focus_across(piece: &Element, replace: impl FnOnce()) {
    let focus = piece
        .parent_element()
        .and_then(|scope| HeldFocus::inside(piece, &scope));
    replace();
    if let Some(focus) = focus {
        set_timeout(move || focus.restore(), Duration::ZERO);
    }
}

/// The focused control inside a piece about to be replaced, and how to find its live twin.
struct HeldFocus {
    element: HtmlElement,
    /// What stays on the page around the piece, where the twin is looked for.
    scope: Element,
    /// Position of `element` among the controls in `scope` that match it.
    position: usize,
}

impl HeldFocus {
    /// The focus, if it lies inside `piece`; `scope` holds `piece` and stays in the page.
    fn inside(piece: &Element, scope: &Element) -> Option<HeldFocus> {
        let element: HtmlElement = document().active_element()?.dyn_into().ok()?;
        if !piece.contains(Some(&element)) {
            return None;
        }
        let position = matching(scope, &element)
            .iter()
            .position(|candidate| candidate == &element)?;
        Some(HeldFocus {
            element,
            scope: scope.clone(),
            position,
        })
    }

    /// Puts the focus back, once the piece has been replaced, unless the reader has moved it
    /// meanwhile, and scrolls it into view if the live parts above it have pushed it off the
    /// screen.
    fn restore(self) {
        let active = document().active_element();
        let lost = active.is_none() || active == document().body().map(Element::from);
        if !lost {
            return;
        }
        let target = if self.element.is_connected() {
            Some(self.element)
        } else {
            let twins = matching(&self.scope, &self.element);
            twins.get(self.position).or_else(|| twins.last()).cloned()
        };
        if let Some(target) = target {
            let _ = target.focus();
            // `focus()` alone leaves a control that the live parts above pushed off the screen
            // out of view in some engines; "nearest" scrolls only when it is not in view.
            let options = ScrollIntoViewOptions::new();
            options.set_block(ScrollLogicalPosition::Nearest);
            options.set_behavior(ScrollBehavior::Instant);
            target.scroll_into_view_with_scroll_into_view_options(&options);
        }
    }
}

/// The controls in `scope` that a reader would take for `element`: same tag, text and link
/// target, in document order.
fn matching(scope: &Element, element: &HtmlElement) -> Vec<HtmlElement> {
    let Ok(found) = scope.query_selector_all(&element.tag_name()) else {
        return Vec::new();
    };
    let text = element.text_content();
    let href = element.get_attribute("href");
    (0..found.length())
        .filter_map(|i| found.item(i)?.dyn_into::<HtmlElement>().ok())
        .filter(|candidate| {
            candidate.text_content() == text && candidate.get_attribute("href") == href
        })
        .collect()
}
