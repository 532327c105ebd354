//! Taking over the pre-rendered static page one small piece at a time.
//!
//! The static copy is already laid out and painted when the app starts. Building the whole
//! page again in one go would block the main thread for seconds on a slow phone and replace
//! what the reader is looking at. Instead the page is built in small jobs, one per browser
//! task, so input and painting get a turn in between: each part (a section of the dashboard)
//! replaces its static twin, and inside a part a [`Deferred`](super::Deferred) piece (a chart
//! card, a source card) shows its own static twin until its job runs. Jobs run top to bottom:
//! the pieces a job defers run right after it, before the parts below.

use std::cell::RefCell;
use std::collections::VecDeque;
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

type Job = Box<dyn FnOnce()>;

/// The jobs of a takeover in progress.
struct Queue {
    copy: StaticCopy,
    jobs: VecDeque<Job>,
    /// Jobs deferred by the job that is running, in the order they were deferred.
    deferred_by_current: Vec<Job>,
}

thread_local! {
    static QUEUE: RefCell<Option<Queue>> = const { RefCell::new(None) };
}

/// The static copy being taken over, if a takeover is in progress.
pub fn copy_in_progress() -> Option<StaticCopy> {
    QUEUE.with_borrow(|queue| queue.as_ref().map(|queue| queue.copy.clone()))
}

/// Runs `job` in a later task of the takeover in progress, right after the job that is running
/// now (and after what it deferred before). Runs it at once when no takeover is in progress.
pub fn defer(job: impl FnOnce() + 'static) {
    let job: Job = Box::new(job);
    let not_queued = QUEUE.with_borrow_mut(|queue| match queue {
        Some(queue) => {
            queue.deferred_by_current.push(job);
            None
        }
        None => Some(job),
    });
    if let Some(job) = not_queued {
        job();
    }
}

/// Starts swapping `parts` into `copy`, one per task, top to bottom, in `owner` (the page's
/// own, so the parts see the router and theme). The caller has checked that the copy holds a
/// twin for every part.
pub fn take_over(owner: Owner, copy: StaticCopy, parts: Vec<Part>) {
    // The live parts' view states hold their reactive bindings; they live as long as the page.
    let mounted = StoredValue::new_local(Vec::<AnyViewState>::with_capacity(parts.len()));
    let jobs = parts
        .into_iter()
        .map(|part| {
            let owner = owner.clone();
            let copy = copy.clone();
            Box::new(move || swap_in(&owner, &copy, part, mounted)) as Job
        })
        .collect();
    QUEUE.set(Some(Queue {
        copy,
        jobs,
        deferred_by_current: Vec::new(),
    }));
    schedule_next();
}

fn schedule_next() {
    set_timeout(run_next, Duration::ZERO);
}

/// Runs the next job: what the previous job deferred (while it ran or in its microtasks, where
/// reactive views update) goes first. Finishes the copy when nothing is left.
fn run_next() {
    let next = QUEUE.with_borrow_mut(|queue| {
        let queue = queue.as_mut()?;
        for job in queue.deferred_by_current.drain(..).rev() {
            queue.jobs.push_front(job);
        }
        queue.jobs.pop_front()
    });
    match next {
        Some(job) => {
            job();
            schedule_next();
        }
        None => {
            if let Some(queue) = QUEUE.take() {
                queue.copy.finish();
            }
        }
    }
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
