//! The page footer: data licences and how to cite the dashboard.

use leptos::prelude::*;

use crate::components::sections::{DATA_LICENCES, HOW_TO_CITE, RUNS_LOCALLY};

/// Licences of the data, how to cite, and the data version shown.
#[component]
pub fn SiteFooter(
    /// Dataset version (date and content hash), so a citation names exactly what was shown.
    #[prop(into)]
    data_version: String,
) -> impl IntoView {
    view! {
        <footer class="site-footer">
            <div class="site-footer__inner">
                <h2 class="site-footer__heading">"Data and licences"</h2>
                <p>{DATA_LICENCES}</p>
                <h2 class="site-footer__heading">"How to cite"</h2>
                <p class="site-footer__cite">
                    {HOW_TO_CITE}
                    <span class="data-version">{data_version}</span>
                    "."
                </p>
                <p class="site-footer__note">{RUNS_LOCALLY}</p>
            </div>
        </footer>
    }
}
