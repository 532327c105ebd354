//! The page header: title, purpose and the section navigation.

use leptos::prelude::*;

/// Sections of the dashboard, in page order: (anchor id, navigation label).
pub const SECTIONS: [(&str, &str); 6] = [
    ("spending", "Spending"),
    ("casualties", "Casualties"),
    ("displacement", "Displacement"),
    ("events", "Events"),
    ("claims", "Article check"),
    ("sources", "Sources"),
];

/// Title, one-line purpose and navigation to each section of the dashboard.
#[component]
pub fn SiteHeader() -> impl IntoView {
    view! {
        <header class="site-header">
            <a class="skip-link" href="#main">"Skip to the figures"</a>
            <div class="site-header__inner">
                <h1 class="site-header__title">"The cost of the war in Afghanistan, 2001–2021"</h1>
                <p class="site-header__purpose">
                    "Money spent, people killed and wounded, people driven from their homes, and what happened when — every figure traced to its public source."
                </p>
                <nav class="site-nav" aria-label="Sections">
                    <ul>
                        {SECTIONS
                            .iter()
                            .map(|(id, label)| {
                                view! {
                                    <li>
                                        <a href=format!("#{id}")>{*label}</a>
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
