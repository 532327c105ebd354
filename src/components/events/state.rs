//! The event list's state lives in the query string: this reads it and writes it back.
//!
//! Only free-text typing is deferred. Writing each keystroke to the URL at once costs the
//! browser 2–20 ms of `history.replaceState` (more on a busy machine) and wakes every reader of
//! the location (the chart cards' views and share links), which would blow the frame budget of
//! a keystroke. So the typed text is applied to the list at once as a *pending* query and
//! reaches the URL when typing pauses ([`URL_WRITE_DELAY`]). Every other change (a preset, a
//! checkbox, a province, the minimum, the sort, clearing) is written in the same task as the
//! click, after any pending text, so the URL and the history are exactly what they would be
//! had every keystroke been written. Pending text is also written before the page is left, when
//! the reader copies the link or downloads the CSV ([`EventState::flush`]), and when another
//! part of the page changes the location; it is dropped when back or forward restore an entry.

use std::time::Duration;

use leptos::ev;
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;

use crate::model::events::ParsedQuery;
use crate::model::events::{dataset_index, parse_event_query, with_event_query, EventFilter};

/// How long typing must pause before the typed text is written to the URL.
const URL_WRITE_DELAY: Duration = Duration::from_millis(400);

/// Whether a change gets its own history entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum History {
    /// A discrete choice (a preset, a province, a sort): back undoes it.
    Push,
    /// A typed value (the minimum number of deaths): the entry is updated in place, so back
    /// does not step through keystrokes.
    Replace,
}

/// Typed text the URL does not hold yet.
#[derive(Debug, Clone, PartialEq)]
struct Pending {
    /// What the URL will say once written, read back as a link would be.
    parsed: ParsedQuery,
    /// The URL's filter when the text was typed: if the URL's filter changes meanwhile (a link
    /// to a year's events), the URL wins and the pending text is dropped.
    base: EventFilter,
}

/// The filter as the URL states it, the notices for what the URL got wrong, and a way to
/// change the filter (which changes the URL, and through it everything else).
#[derive(Clone, Copy)]
pub struct EventState {
    pub filter: Memo<EventFilter>,
    pub notices: Memo<Vec<String>>,
    set: Callback<(EventFilter, History)>,
    type_text: Callback<String>,
    flush: Callback<()>,
}

impl EventState {
    /// Applies `change` to the current filter and writes the result to the URL now.
    pub fn update(&self, history: History, change: impl FnOnce(&mut EventFilter)) {
        let mut filter = self.filter.get_untracked();
        change(&mut filter);
        self.set.run((filter, history));
    }

    /// Replaces the whole filter, writing it to the URL now.
    pub fn replace_with(&self, filter: EventFilter, history: History) {
        self.set.run((filter, history));
    }

    /// Sets the free text: the list follows at once, the URL when typing pauses.
    pub fn type_text(&self, text: String) {
        self.type_text.run(text);
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

    /// Writes text that is still pending to the URL now (before the URL is read as "the link
    /// to this view").
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
    // Forgets pending text and its timer, so that nothing writes it later.
    let drop_pending = move || {
        cancel_timer();
        if pending.try_with_untracked(Option::is_some) == Some(true) {
            pending.set(None);
        }
    };
    // Writes `filter` to the URL if it says something else. Callers drop or flush what is
    // pending first: a later timer must never write over this.
    let write = move |filter: &EventFilter, history: History| {
        let Some(current) = location.search.try_get_untracked() else {
            return;
        };
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
    let write_text = write.clone();
    let flush = Callback::new(move |()| {
        cancel_timer();
        let Some(Pending { parsed, base }) = pending.try_get_untracked().flatten() else {
            return;
        };
        pending.set(None);
        // If the URL's filter changed under the typing, the URL wins and the text is dropped.
        if from_url.with_untracked(|url| url.filter == base) {
            write_text(&parsed.filter, History::Replace);
        }
    });
    let set = Callback::new(move |(filter, history): (EventFilter, History)| {
        // `filter` was made from the filter on screen, so it already holds any pending text.
        if history == History::Push {
            // The pending text goes into the entry the reader leaves, so that back returns
            // to what was on screen, as if every keystroke had reached the URL.
            flush.run(());
        } else {
            // The replacing write below carries the text: one write, not two.
            drop_pending();
        }
        write(&filter, history);
    });
    let type_text = Callback::new(move |text: String| {
        let mut next = filter.get_untracked();
        next.text = text;
        cancel_timer();
        let current = location.search.get_untracked();
        let search = with_event_query(&current, &next);
        if search == current {
            // Typed back to what the URL says.
            drop_pending();
            return;
        }
        pending.set(Some(Pending {
            parsed: parse_event_query(&search, provinces),
            base: from_url.with_untracked(|url| url.filter.clone()),
        }));
        let handle = set_timeout_with_handle(move || flush.run(()), URL_WRITE_DELAY).ok();
        timer.set_value(handle);
    });

    // Back or forward restored an entry: it is what the reader asked to see, and a timer set
    // before must not write the text typed on another entry over it.
    let traversed = window_event_listener(ev::popstate, move |_| drop_pending());
    // Another part of the page changed the location (a chart's control, an in-page link): the
    // pending text is written into the new location at once, or dropped if the event filter
    // changed, rather than by a timer later over whatever the location has become by then.
    Effect::new(move |_| {
        location.pathname.track();
        location.search.track();
        location.hash.track();
        if pending.with_untracked(Option::is_some) {
            // In a task of its own: this effect runs as soon as the router's popstate listener
            // returns, before the listener above has dropped the text of a traversal.
            set_timeout(move || flush.run(()), Duration::ZERO);
        }
    });
    // A reload or a link followed while typing keeps what was typed.
    let leaving = window_event_listener_untyped("pagehide", move |_| flush.run(()));
    on_cleanup(move || {
        cancel_timer();
        traversed.remove();
        leaving.remove();
    });
    EventState {
        filter,
        notices,
        set,
        type_text,
        flush,
    }
}
