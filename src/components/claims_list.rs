//! "The article's figures, checked": each claim with its verdict and what the sources say.

use leptos::prelude::*;

use crate::components::SourceLine;
use crate::dataset::{figure, Verdict, CLAIMS};
use crate::model::figure_text::figure_value_text;

pub fn verdict_class(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Confirmed => "verdict verdict--confirmed",
        Verdict::Differs => "verdict verdict--differs",
        Verdict::Caveat => "verdict verdict--caveat",
    }
}

/// The checked claims of the article that started the project, calmly and with sources.
#[component]
pub fn ClaimsList() -> impl IntoView {
    view! {
        <ol class="claims">
            {CLAIMS
                .iter()
                .map(|claim| {
                    view! {
                        <li class="card claim" id=format!("claim-{}", claim.number)>
                            <p class="claim__quote">
                                <span class="visually-hidden">{format!("Claim {}: ", claim.number)}</span>
                                "“" {claim.quote} "”"
                            </p>
                            <span class=verdict_class(claim.verdict)>{claim.verdict_label}</span>
                            <p>{claim.sources_say}</p>
                            {(!claim.figures.is_empty())
                                .then(|| {
                                    view! {
                                        <p class="claim__figures">
                                            "In the dashboard: "
                                            {claim
                                                .figures
                                                .iter()
                                                .filter_map(|id| figure(id))
                                                .enumerate()
                                                .map(|(index, figure)| {
                                                    view! {
                                                        {if index > 0 { "; " } else { "" }}
                                                        <a href=format!("#figure-{}", figure.id)>
                                                            {format!("{} ({})", figure_value_text(figure), figure.label)}
                                                        </a>
                                                    }
                                                })
                                                .collect_view()}
                                        </p>
                                    }
                                })}
                            <SourceLine sources=claim.sources.to_vec()/>
                        </li>
                    }
                })
                .collect_view()}
        </ol>
    }
}
