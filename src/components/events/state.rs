//! The event list's state lives in the query string: this reads it and writes it back.
//!
//! Typing does not write each keystroke to the URL at once: `history.replaceState` costs the
//! browser 2–20 ms (more on a busy machine) and wakes every reader of the location (the chart
//! cards' views and share links), which would blow the frame budget of a keystroke. The typed
//! filter is applied to the list at once as a *pending* query and reaches the URL when typing
//! pauses ([`URL_WRITE_DELAY`]), before any other change of the filter, before the page is
//! left, and when the reader copies the link or downloads the CSV ([`EventState::flush`]).

use std::time::Duration;

use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;

use crate::model::events::ParsedQuery;
use crate::model::events::{dataset_index, parse_event_query, with_event_query, EventFilter};

/// How long typing must pause before the typed filter is written to the URL.
const URL_WRITE_DELAY: Duration = Duration::from_millis(400);

/// Whether a change gets its own history entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum History {
    /// A discrete choice (a preset, a province, a sort): back undoes it.
    Push,
    /// Typing: the entry is updated in place, so back does not step through keystrokes.
    Replace,
}

/// A typed filter the URL does not hold yet.
#[derive(Debug, Clone, PartialEq)]
struct Pending {
    /// What the URL will say once written, read back as a link would be.
    parsed: ParsedQuery,
    /// The URL's filter when typing began: if the URL's filter changes meanwhile (back,
    /// forward, a link to a year), the URL wins and the pending text is dropped.
    base: EventFilter,
}

/// The filter as the URL states it, the notices for what the URL got wrong, and a way to
/// change the filter (which changes the URL, and through it everything else).
#[derive(Clone, Copy)]
pub struct EventState {
    pub filter: Memo<EventFilter>,
    pub notices: Memo<Vec<String>>,
    set: Callback<(EventFilter, History)>,
    flush: Callback<()>,
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

    /// One part of the filter as a memo, for views of that part only: they then do not
    /// re-run on changes to the other parts (a keystroke changes only the text).
    pub fn part<T>(&self, pick: impl Fn(&EventFilter) -> T + Send + Sync + 'static) -> Memo<T>
    where
        T: PartialEq + Send + Sync + 'static,
    {
        let filter = self.filter;
        Memo::new(move |_| filter.with(&pick))
    }

    /// Writes a typed filter that is still pending to the URL now (before the URL is read
    /// as "the link to this view").
    pub fn flush(&self) {
        self.flush.run(());
    }
}

/// Reads `ev.*` from the router's query string; must be called inside `<Router>`.
pub fn use_event_state() -> EventState {
    let location = use_location();
    let navigate = use_navigate();
    let provinces = dataset_index().provinces();
    let from_url = Memo::new(move |_| {
        location
            .search
            .with(|search| parse_event_query(search, provinces))
    });
    let pending = RwSignal::new(None::<Pending>);
    let timer = StoredValue::new(None::<TimeoutHandle>);
    let parsed = Memo::new(move |_| {
        from_url.with(|url| {
            pending.with(|pending| match pending {
                Some(pending) if pending.base == url.filter => pending.parsed.clone(),
                _ => url.clone(),
            })
        })
    });
    let filter = Memo::new(move |_| parsed.with(|parsed| parsed.filter.clone()));
    let notices = Memo::new(move |_| parsed.with(|parsed| parsed.notices.clone()));

    let cancel_timer = move || {
        if let Some(handle) = timer.try_update_value(Option::take).flatten() {
            handle.clear();
        }
    };
    // Writes `filter` to the URL (if it says something else) and drops what was pending.
    let write = move |filter: &EventFilter, history: History| {
        cancel_timer();
        if pending.try_with_untracked(Option::is_some) == Some(true) {
            pending.set(None);
        }
        let current = location.search.get_untracked();
        let search = with_event_query(&current, filter);
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
    };
    let write_now = write.clone();
    let flush = Callback::new(move |()| {
        cancel_timer();
        let Some(Pending { parsed, base }) = pending.try_get_untracked().flatten() else {
            return;
        };
        if from_url.with_untracked(|url| url.filter == base) {
            write_now(&parsed.filter, History::Replace);
        } else {
            // The URL changed under the typing: it wins.
            pending.set(None);
        }
    });
    let set = Callback::new(move |(filter, history): (EventFilter, History)| {
        if history == History::Push {
            // As if every keystroke had reached the URL: the typed text stays in the entry
            // that back returns to.
            flush.run(());
            write(&filter, history);
            return;
        }
        let current = location.search.get_untracked();
        let search = with_event_query(&current, &filter);
        if search == current {
            // Typed back to what the URL says.
            cancel_timer();
            if pending.with_untracked(Option::is_some) {
                pending.set(None);
            }
            return;
        }
        let next = Pending {
            parsed: parse_event_query(&search, provinces),
            base: from_url.with_untracked(|url| url.filter.clone()),
        };
        pending.set(Some(next));
        cancel_timer();
        let handle = set_timeout_with_handle(move || flush.run(()), URL_WRITE_DELAY).ok();
        timer.set_value(handle);
    });
    // A reload or a link followed while typing keeps what was typed.
    let leaving = window_event_listener_untyped("pagehide", move |_| flush.run(()));
    on_cleanup(move || {
        cancel_timer();
        leaving.remove();
    });
    EventState {
        filter,
        notices,
        set,
        flush,
    }
}
