//! Which colour theme the reader sees: an explicit `data-theme` on `<html>` wins, otherwise the
//! system's `prefers-color-scheme`.

use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast};

use crate::charts::ChartTheme;

const DARK_QUERY: &str = "(prefers-color-scheme: dark)";

/// The theme in force right now.
pub fn current_theme() -> ChartTheme {
    let explicit = document()
        .document_element()
        .and_then(|root| root.get_attribute("data-theme"));
    match explicit.as_deref() {
        Some("dark") => ChartTheme::Dark,
        Some("light") => ChartTheme::Light,
        _ => {
            let prefers_dark = window()
                .match_media(DARK_QUERY)
                .ok()
                .flatten()
                .is_some_and(|query| query.matches());
            if prefers_dark {
                ChartTheme::Dark
            } else {
                ChartTheme::Light
            }
        }
    }
}

/// The chart theme as a signal, provided once by the app root.
#[derive(Debug, Clone, Copy)]
pub struct ThemeSignal(pub ReadSignal<ChartTheme>);

/// Creates the theme signal and follows system changes (e.g. the phone switching to dark at
/// night), so charts redraw in the new colours.
pub fn provide_theme() {
    let (theme, set_theme) = signal(current_theme());
    if let Ok(Some(query)) = window().match_media(DARK_QUERY) {
        let on_change = Closure::<dyn Fn()>::new(move || set_theme.set(current_theme()));
        let _ =
            query.add_event_listener_with_callback("change", on_change.as_ref().unchecked_ref());
        // Listens for the page's lifetime.
        on_change.forget();
    }
    provide_context(ThemeSignal(theme));
    provide_context(ThemeRefresh(set_theme));
}

/// Lets a page re-read the theme after changing `data-theme`.
#[derive(Debug, Clone, Copy)]
struct ThemeRefresh(WriteSignal<ChartTheme>);

/// Forces the theme (`Some("light" | "dark")`) or returns to the system's (`None`), for the
/// page and its charts alike.
pub fn set_theme_override(theme: Option<&str>) {
    if let Some(root) = document().document_element() {
        let _ = match theme {
            Some(value) => root.set_attribute("data-theme", value),
            None => root.remove_attribute("data-theme"),
        };
    }
    if let Some(ThemeRefresh(set_theme)) = use_context::<ThemeRefresh>() {
        set_theme.set(current_theme());
    }
}

/// The theme signal provided by the app root; without one (e.g. a component mounted alone in
/// a test), the theme in force when first read.
pub fn use_theme() -> Signal<ChartTheme> {
    match use_context::<ThemeSignal>() {
        Some(ThemeSignal(theme)) => theme.into(),
        None => Signal::derive(current_theme),
    }
}
