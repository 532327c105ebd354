//! Downloads of exactly what a chart shows (PNG, SVG, CSV) and a link that reopens the view.

use leptos::prelude::*;

use crate::charts::ChartTheme;
use crate::model::chart_catalog::ChartDef;
use crate::model::chart_render::ChartDrawing;
use crate::web::download::{copy_to_clipboard, download_svg_as_png, download_text};

/// Background of downloaded PNGs, matching the theme the chart was drawn in.
fn png_background(theme: ChartTheme) -> &'static str {
    match theme {
        ChartTheme::Light => "#ffffff",
        ChartTheme::Dark => "#121417",
    }
}

/// Download buttons and the share link of one chart card.
#[component]
pub fn ChartActions(
    def: &'static ChartDef,
    drawing: Memo<ChartDrawing>,
    csv: Memo<String>,
    theme: Signal<ChartTheme>,
    /// Problems to show the reader (e.g. a download the browser refused).
    set_problem: WriteSignal<Option<String>>,
) -> impl IntoView {
    let copied = RwSignal::new(false);
    let location = leptos_router::hooks::use_location();
    let share_url = move || {
        let origin = window().location().origin().unwrap_or_default();
        let search = location.search.get();
        let query = search.trim_start_matches('?');
        let query = if query.is_empty() {
            String::new()
        } else {
            format!("?{query}")
        };
        format!(
            "{origin}{}{query}#chart-{}",
            location.pathname.get(),
            def.id
        )
    };
    let share_url = Memo::new(move |_| share_url());
    let report = move |result: Result<(), crate::web::download::DownloadError>| {
        set_problem.set(
            result
                .err()
                .map(|error| format!("The download could not start: {}", error.0)),
        );
    };
    let save_svg = move |_| {
        drawing.with_untracked(|d| {
            report(download_text(
                &format!("{}.svg", def.id),
                "image/svg+xml",
                &d.rendered.svg,
            ))
        })
    };
    let save_png = move |_| {
        drawing.with_untracked(|d| {
            let size = (d.rendered.width_px, d.rendered.height_px);
            report(download_svg_as_png(
                &format!("{}.png", def.id),
                &d.rendered.svg,
                size,
                png_background(theme.get_untracked()),
            ))
        })
    };
    let save_csv = move |_| {
        csv.with_untracked(|text| {
            report(download_text(&format!("{}.csv", def.id), "text/csv", text))
        })
    };
    view! {
        <div class="chart-actions">
            <span class="chart-actions__label">"Download"</span>
            <button type="button" class="button button--small" on:click=save_png>"PNG"</button>
            <button type="button" class="button button--small" on:click=save_svg>"SVG"</button>
            <button type="button" class="button button--small" on:click=save_csv>"CSV"</button>
            <button
                type="button"
                class="button button--small"
                on:click=move |_| {
                    copy_to_clipboard(&share_url.get_untracked());
                    copied.set(true);
                }
            >
                {move || if copied.get() { "Link copied" } else { "Copy link" }}
            </button>
            <label class="chart-actions__link">
                <span class="visually-hidden">"Link to this view"</span>
                <input type="text" readonly prop:value=move || share_url.get() on:focus=move |event| {
                    use wasm_bindgen::JsCast;
                    if let Some(input) = event.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
                        input.select();
                    }
                }/>
            </label>
        </div>
    }
}
