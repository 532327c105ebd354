//! What happens when something breaks: a Rust panic, an uncaught JavaScript error or an
//! unhandled promise rejection is still logged to the console, is shown to the reader as a calm
//! banner that offers a reload, and is recorded on `<html data-app-error="…">` so that browser
//! tests in every engine can fail on it (only Chromium's WebDriver exposes the console).
//!
//! The banner is built with plain DOM calls, outside Leptos: after a panic the reactive runtime
//! may be mid-update and must not be entered again.

use std::panic::PanicHookInfo;

/// Attribute of the document element that lists what went wrong, one report per line.
pub const ERROR_ATTRIBUTE: &str = "data-app-error";
/// `id` of the banner shown to the reader.
pub const BANNER_ID: &str = "app-error";
/// The banner's message, before the reload link.
pub const BANNER_TEXT: &str =
    "Something went wrong on this page, and part of it may have stopped working. ";
/// The text of the banner's reload link.
pub const RELOAD_TEXT: &str = "Reload the page";
/// Longest record kept on the document element; later reports are dropped once it is full.
pub const MAX_RECORD_CHARS: usize = 4000;

/// Starts reporting: panics through the panic hook, uncaught errors and unhandled rejections
/// through window listeners. Call once, first thing at start-up.
pub fn install() {
    report_panics_to(show_error);
    #[cfg(target_arch = "wasm32")]
    page::listen_for_uncaught_errors();
}

/// Sets the panic hook: every panic is written to the console (with its stack, as
/// `console_error_panic_hook` does) and then handed to `report` as one line of text.
pub fn report_panics_to(report: impl Fn(&str) + Send + Sync + 'static) {
    std::panic::set_hook(Box::new(move |info: &PanicHookInfo| {
        console_error_panic_hook::hook(info);
        report(&panic_text(info));
    }));
}

/// Browser notices that arrive as window `error` events but are not failures: a
/// `ResizeObserver` that resized what it observes within one frame is told so, and simply
/// delivers the rest in the next frame.
pub fn is_benign_notice(text: &str) -> bool {
    text.contains("ResizeObserver loop")
}

/// One line describing a panic: `panic: <message> at <file>:<line>:<column>`.
pub fn panic_text(info: &PanicHookInfo) -> String {
    let message = info
        .payload()
        .downcast_ref::<&str>()
        .map(|text| (*text).to_string())
        .or_else(|| info.payload().downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "(no message)".to_string());
    match info.location() {
        Some(at) => format!(
            "panic: {} at {}:{}:{}",
            one_line(&message),
            at.file(),
            at.line(),
            at.column()
        ),
        None => format!("panic: {}", one_line(&message)),
    }
}

/// The record after adding `message` to `existing`: one report per line, capped at
/// [`MAX_RECORD_CHARS`] so a loop of errors cannot grow the page without bound.
pub fn merged_record(existing: Option<&str>, message: &str) -> String {
    let message = one_line(message);
    let merged = match existing.filter(|text| !text.is_empty()) {
        Some(existing) => format!("{existing}\n{message}"),
        None => message,
    };
    if merged.chars().count() <= MAX_RECORD_CHARS {
        return merged;
    }
    let kept: String = merged.chars().take(MAX_RECORD_CHARS - 1).collect();
    format!("{kept}…")
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Records `message` and shows the banner (in the browser; natively it only prints).
pub fn show_error(message: &str) {
    #[cfg(target_arch = "wasm32")]
    page::record_and_show(message);
    #[cfg(not(target_arch = "wasm32"))]
    eprintln!("{message}");
}

#[cfg(target_arch = "wasm32")]
mod page {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::{JsCast, JsValue};

    use super::{merged_record, BANNER_ID, BANNER_TEXT, ERROR_ATTRIBUTE, RELOAD_TEXT};

    /// Adds `message` to the record and shows the banner once. Never panics: a failure here
    /// (no document, say) is ignored, since the console already has the report.
    pub fn record_and_show(message: &str) {
        let Some(document) = web_sys::window().and_then(|window| window.document()) else {
            return;
        };
        if let Some(root) = document.document_element() {
            let existing = root.get_attribute(ERROR_ATTRIBUTE);
            let _ = root.set_attribute(
                ERROR_ATTRIBUTE,
                &merged_record(existing.as_deref(), message),
            );
        }
        if document.get_element_by_id(BANNER_ID).is_none() {
            let _ = add_banner(&document);
        }
    }

    /// `<div id="app-error" role="alert">…<a rel="external">Reload the page</a>.</div>`, built
    /// from text nodes. The link is `rel="external"` so the router lets the browser reload.
    fn add_banner(document: &web_sys::Document) -> Result<(), JsValue> {
        let banner = document.create_element("div")?;
        banner.set_id(BANNER_ID);
        banner.set_attribute("class", "app-error")?;
        banner.set_attribute("role", "alert")?;
        let text = document.create_element("p")?;
        text.append_with_str_1(BANNER_TEXT)?;
        let link = document.create_element("a")?;
        let here = web_sys::window()
            .and_then(|window| window.location().href().ok())
            .unwrap_or_else(|| "/".to_string());
        link.set_attribute("href", &here)?;
        link.set_attribute("rel", "external")?;
        link.set_text_content(Some(RELOAD_TEXT));
        text.append_with_node_1(&link)?;
        text.append_with_str_1(".")?;
        banner.append_with_node_1(&text)?;
        let parent = document
            .body()
            .map(web_sys::Element::from)
            .or_else(|| document.document_element());
        if let Some(parent) = parent {
            parent.append_with_node_1(&banner)?;
        }
        Ok(())
    }

    /// Listens for uncaught errors and unhandled promise rejections on the window; both are
    /// already in the console, so they are only recorded and shown.
    pub fn listen_for_uncaught_errors() {
        let Some(window) = web_sys::window() else {
            return;
        };
        let on_error = Closure::<dyn Fn(JsValue)>::new(|event: JsValue| {
            let text = error_event_text(&event);
            if !super::is_benign_notice(&text) {
                record_and_show(&text);
            }
        });
        let on_rejection = Closure::<dyn Fn(JsValue)>::new(|event: JsValue| {
            let reason = property(&event, "reason").unwrap_or(JsValue::UNDEFINED);
            record_and_show(&format!("unhandled rejection: {}", describe(&reason)));
        });
        let _ = window.add_event_listener_with_callback("error", on_error.as_ref().unchecked_ref());
        let _ = window.add_event_listener_with_callback(
            "unhandledrejection",
            on_rejection.as_ref().unchecked_ref(),
        );
        // The listeners live as long as the page.
        on_error.forget();
        on_rejection.forget();
    }

    /// `error: <message> at <file>:<line>:<column>` from an `ErrorEvent`.
    fn error_event_text(event: &JsValue) -> String {
        let text = |name| property(event, name).and_then(|value| value.as_string());
        let number = |name| property(event, name).and_then(|value| value.as_f64());
        let message = text("message")
            .filter(|message| !message.is_empty())
            .or_else(|| property(event, "error").map(|error| describe(&error)))
            .unwrap_or_else(|| "(no message)".to_string());
        match (text("filename"), number("lineno"), number("colno")) {
            (Some(file), Some(line), Some(column)) if !file.is_empty() => {
                format!("error: {message} at {file}:{line}:{column}")
            }
            _ => format!("error: {message}"),
        }
    }

    /// An error's message, or the value as text.
    fn describe(value: &JsValue) -> String {
        if let Some(text) = value.as_string() {
            return text;
        }
        match property(value, "message").and_then(|message| message.as_string()) {
            Some(message) => message,
            None => format!("{value:?}"),
        }
    }

    fn property(target: &JsValue, name: &str) -> Option<JsValue> {
        if !target.is_object() {
            return None;
        }
        js_sys::Reflect::get(target, &JsValue::from_str(name))
            .ok()
            .filter(|value| !value.is_undefined() && !value.is_null())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resize_observer_loop_notices_are_not_errors() {
        assert!(is_benign_notice(
            "error: ResizeObserver loop completed with undelivered notifications. at x:0:0"
        ));
        assert!(is_benign_notice(
            "error: ResizeObserver loop limit exceeded"
        ));
        assert!(!is_benign_notice("error: RuntimeError: unreachable"));
    }

    #[test]
    fn records_are_one_report_per_line_and_capped() {
        assert_eq!(merged_record(None, "first\nline"), "first line");
        assert_eq!(merged_record(Some(""), "first"), "first");
        assert_eq!(merged_record(Some("first"), "second"), "first\nsecond");
        let long = "x".repeat(MAX_RECORD_CHARS * 2);
        let capped = merged_record(Some("first"), &long);
        assert_eq!(capped.chars().count(), MAX_RECORD_CHARS);
        assert!(capped.starts_with("first\n") && capped.ends_with('…'));
    }
}
