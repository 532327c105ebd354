//! The page header: title, purpose and the section navigation.

use leptos::prelude::*;

use crate::components::sections::{SECTIONS, SITE_PURPOSE, SITE_TITLE};

/// Title, one-line purpose and navigation to each section of the dashboard.
#[component]
pub fn SiteHeader() -> impl IntoView {
    view! {
        <header class="site-header">
            <a class="skip-link" href="#main">"Skip to the figures"</a>
            <div class="site-header__inner">
                <h1 class="site-header__title">{SITE_TITLE}</h1>
                <p class="site-header__purpose">{SITE_PURPOSE}</p>
                <nav class="site-nav" aria-label="Sections">
                    <ul>
                        {SECTIONS
                            .iter()
                            .map(|section| {
                                view! {
                                    <li>
                                        <a href=format!("#{}", section.id)>{section.nav_label}</a>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                </nav>
            </div>
        </header>
    }
}
