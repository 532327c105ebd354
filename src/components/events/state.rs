//! The event list's state lives in the query string: this reads it and writes it back.

use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;

use crate::model::events::{dataset_index, parse_event_query, with_event_query, EventFilter};

/// Whether a change gets its own history entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum History {
    /// A discrete choice (a preset, a province, a sort): back undoes it.
    Push,
    /// Typing: the entry is updated in place, so back does not step through keystrokes.
    Replace,
}

/// The filter as the URL states it, the notices for what the URL got wrong, and a way to
/// change the filter (which changes the URL, and through it everything else).
#[derive(Clone, Copy)]
pub struct EventState {
    pub filter: Memo<EventFilter>,
    pub notices: Memo<Vec<String>>,
    set: Callback<(EventFilter, History)>,
}

impl EventState {
    /// Applies `change` to the current filter and writes the result to the URL.
    pub fn update(&self, history: History, change: impl FnOnce(&mut EventFilter)) {
        let mut filter = self.filter.get_untracked();
        change(&mut filter);
        self.set.run((filter, history));
    }

    /// Replaces the whole filter.
    pub fn replace_with(&self, filter: EventFilter, history: History) {
        self.set.run((filter, history));
    }
}

/// Reads `ev.*` from the router's query string; must be called inside `<Router>`.
pub fn use_event_state() -> EventState {
    let location = use_location();
    let navigate = use_navigate();
    let provinces = dataset_index().provinces();
    let parsed = Memo::new(move |_| {
        location
            .search
            .with(|search| parse_event_query(search, provinces))
    });
    let filter = Memo::new(move |_| parsed.with(|parsed| parsed.filter.clone()));
    let notices = Memo::new(move |_| parsed.with(|parsed| parsed.notices.clone()));
    let set = Callback::new(move |(filter, history): (EventFilter, History)| {
        let current = location.search.get_untracked();
        let search = with_event_query(&current, &filter);
        if search == current {
            return;
        }
        // The hash is dropped on purpose: the router scrolls to the element a hash names
        // after every navigation, which would yank the page while the reader types.
        let path = location.pathname.get_untracked();
        let url = if search.is_empty() {
            path
        } else {
            format!("{path}?{search}")
        };
        let options = NavigateOptions {
            replace: history == History::Replace,
            scroll: false,
            ..NavigateOptions::default()
        };
        navigate(&url, options);
    });
    EventState {
        filter,
        notices,
        set,
    }
}
