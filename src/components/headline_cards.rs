//! The headline figures at the top of the dashboard.

use leptos::prelude::*;

use crate::components::FigureCard;
use crate::model::headlines::headline_figures;

/// The leading figures (money, deaths, displacement), each with its source line.
#[component]
pub fn HeadlineCards() -> impl IntoView {
    view! {
        <section class="section" aria-labelledby="headline-heading">
            <h2 class="section__title" id="headline-heading">"The war in figures"</h2>
            <ul class="headline-cards">
                {headline_figures()
                    .into_iter()
                    .map(|figure| view! { <FigureCard figure=figure headline=true/> })
                    .collect_view()}
            </ul>
        </section>
    }
}
