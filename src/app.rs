//! The app root: meta tags and routes.

use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Title};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::pages::{Dashboard, EmbedPage};

/// Root component: provides meta context and maps every path to its page: the dashboard, and
/// one embed page per chart (`/embed/<chart>.html`, written by the build as static files).
///
/// Unknown paths (e.g. `/index.html` on a static host) show the dashboard rather than an error,
/// because `dist/` is served by plain static servers with no rewrite rules.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    crate::web::theme::provide_theme();
    view! {
        <Title text="The cost of the war in Afghanistan, 2001–2021 — every figure sourced"/>
        <Router>
            <Routes fallback=Dashboard>
                <Route path=path!("/") view=Dashboard/>
                <Route path=path!("/embed/:file") view=EmbedPage/>
            </Routes>
        </Router>
    }
}
