//! A visible, polite notice that part of the address was not understood and was ignored.

use leptos::prelude::*;

/// Lists URL parameters that were ignored, so a reader knows why the view differs from the
/// link; renders nothing when every parameter was understood.
#[component]
pub fn UrlNotice(
    /// One sentence per ignored parameter, e.g. "“ev.min=abc” is not a number; ignored."
    #[prop(into)]
    notices: Signal<Vec<String>>,
) -> impl IntoView {
    view! {
        <Show when=move || !notices.read().is_empty()>
            <div class="url-notice" role="status">
                <p class="url-notice__title">"Part of this link was not understood and was ignored:"</p>
                <ul>
                    {move || {
                        notices.get().into_iter().map(|notice| view! { <li>{notice}</li> }).collect_view()
                    }}
                </ul>
            </div>
        </Show>
    }
}
