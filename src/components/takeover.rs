//! Taking over the pre-rendered static page one small piece at a time.
//!
//! The static copy is already laid out and painted when the app starts. Building the whole
//! page again in one go would block the main thread for seconds on a slow phone and replace
//! what the reader is looking at. Instead the page is built in small jobs, one per browser
//! task, so input and painting get a turn in between: each part (a section of the dashboard)
//! replaces its static twin, and inside a part a [`Deferred`](super::Deferred) piece (a chart
//! card, a source card) shows its own static twin until its job runs. Jobs run top to bottom:
//! the pieces a job defers run right after it, before the parts below.
//!
//! Only the parts down to the last one on screen are taken over at once. The static copy below
//! is complete and readable, so the parts there wait until the reader engages with the page
//! (turns a wheel, touches, points, presses a key or moves focus), then follow in the same small jobs.
//! A reader who only reads the first screen, on a slow phone, is spared seconds of work.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::time::Duration;

use leptos::prelude::*;
use leptos::tachys::view::any_view::AnyViewState;
use leptos::tachys::view::{Mountable, Render};

use crate::web::first_engagement::on_first_engagement;
use crate::web::focus_keeper::keep_focus_across;
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
    /// The parts below the screen, until the reader engages with the page.
    held: Option<Vec<Job>>,
    /// Whether a job is queued to run (false while waiting for the reader).
    running: bool,
}

thread_local! {
    static QUEUE: RefCell<Option<Queue>> = const { RefCell::new(None) };
}

/// The static copy being taken over, if a takeover is in progress.
pub fn copy_in_progress() -> Option<StaticCopy> {
    QUEUE.with_borrow(|queue| queue.as_ref().map(|queue| queue.copy.clone()))
}

/// Runs `job` in a later task of the takeover in progress, right after the job that is running
/// now (and after what it deferred before). Runs it at once when no job is running.
pub fn defer(job: impl FnOnce() + 'static) {
    let job: Job = Box::new(job);
    // While the takeover waits for the reader no job is running to defer to.
    let not_queued = QUEUE.with_borrow_mut(|queue| match queue {
        Some(queue) if queue.running => {
            queue.deferred_by_current.push(job);
            None
        }
        _ => Some(job),
    });
    if let Some(job) = not_queued {
        job();
    }
}

/// Starts swapping `parts` into `copy`, one per task, top to bottom, in `owner` (the page's
/// own, so the parts see the router and theme). The caller has checked that the copy holds a
/// twin for every part.
pub fn take_over(owner: Owner, copy: StaticCopy, parts: Vec<Part>) {
    // Read before anything changes, while the copy's layout is current.
    let on_screen = parts_through_the_screen(&copy, &parts);
    // The live parts' view states hold their reactive bindings; they live as long as the page.
    let mounted = StoredValue::new_local(Vec::<AnyViewState>::with_capacity(parts.len()));
    let mut jobs: VecDeque<Job> = parts
        .into_iter()
        .map(|part| {
            let owner = owner.clone();
            let copy = copy.clone();
            Box::new(move || swap_in(&owner, &copy, part, mounted)) as Job
        })
        .collect();
    let held: Vec<Job> = jobs.split_off(on_screen).into();
    if !held.is_empty() {
        on_first_engagement(release_held_parts);
    }
    QUEUE.set(Some(Queue {
        copy,
        jobs,
        deferred_by_current: Vec::new(),
        held: (!held.is_empty()).then_some(held),
        running: true,
    }));
    schedule_next();
}

/// How many of `parts`, from the top, the reader sees first: those down to the last one whose
/// static twin starts above the bottom of the viewport, or down to the one holding the element
/// the address links to (`#events`), whichever is further. The link counts on its own because
/// the browser may still be scrolling to it, smoothly, when the app starts.
fn parts_through_the_screen(copy: &StaticCopy, parts: &[Part]) -> usize {
    let viewport_px = window()
        .inner_height()
        .ok()
        .and_then(|height| height.as_f64())
        .unwrap_or(f64::INFINITY);
    let hash = window().location().hash().unwrap_or_default();
    let linked = Some(hash.trim_start_matches('#'))
        .filter(|id| !id.is_empty())
        .and_then(|id| document().get_element_by_id(id));
    parts
        .iter()
        .rposition(|part| {
            copy.part(&part.selector).is_some_and(|twin| {
                twin.get_bounding_client_rect().top() < viewport_px
                    || linked
                        .as_ref()
                        .is_some_and(|linked| twin.contains(Some(linked)))
            })
        })
        .map_or(0, |last| last + 1)
}

fn release_held_parts() {
    let start = QUEUE.with_borrow_mut(|queue| {
        let queue = queue.as_mut()?;
        queue.jobs.extend(queue.held.take()?);
        (!queue.running).then(|| queue.running = true)
    });
    if start.is_some() {
        schedule_next();
    }
}

fn schedule_next() {
    set_timeout(run_next, Duration::ZERO);
}

/// What to do after a job.
enum Next {
    Run(Job),
    /// The parts on screen are live; the held ones wait for the reader.
    WaitForTheReader(StaticCopy),
    Finish,
}

/// Runs the next job: what the previous job deferred (while it ran or in its microtasks, where
/// reactive views update) goes first. Once the parts on screen are live the loading status goes;
/// the copy is finished when nothing is left or held.
fn run_next() {
    let next = QUEUE.with_borrow_mut(|queue| {
        let Some(queue) = queue.as_mut() else {
            return Next::Finish;
        };
        for job in queue.deferred_by_current.drain(..).rev() {
            queue.jobs.push_front(job);
        }
        match (queue.jobs.pop_front(), queue.held.is_some()) {
            (Some(job), _) => Next::Run(job),
            (None, true) => {
                queue.running = false;
                Next::WaitForTheReader(queue.copy.clone())
            }
            (None, false) => Next::Finish,
        }
    });
    match next {
        Next::Run(job) => {
            job();
            schedule_next();
        }
        Next::WaitForTheReader(copy) => copy.started(),
        Next::Finish => {
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
    keep_focus_across(&twin, || {
        owner.with(|| {
            let mut state = (part.view)().build();
            state.mount(&parent, Some(twin.as_ref()));
            twin.remove();
            mounted.update_value(|states| states.push(state));
        })
    });
}
