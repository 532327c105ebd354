//! Writing view state into the query string without a history entry per change or a scroll.

use leptos::prelude::*;
use leptos_router::{hooks::use_location, hooks::use_navigate, NavigateOptions};

/// A function that sets (`Some`) or removes (`None`) query parameters, keeping all others and
/// replacing the current history entry so that back still leaves the page as expected.
pub fn use_query_writer() -> impl Fn(Vec<(String, Option<String>)>) + Clone + 'static {
    let location = use_location();
    let navigate = use_navigate();
    move |changes: Vec<(String, Option<String>)>| {
        let mut query = location.query.get_untracked();
        for (key, value) in changes {
            match value {
                Some(value) => query.replace(key, value),
                None => {
                    query.remove(&key);
                }
            }
        }
        let path = location.pathname.get_untracked();
        let hash = location.hash.get_untracked();
        navigate(
            &format!("{path}{}{hash}", query.to_query_string()),
            NavigateOptions {
                replace: true,
                scroll: false,
                ..NavigateOptions::default()
            },
        );
    }
}
