//! The "Embed" button of a chart card and the snippets it shows: an auto-height iframe with
//! the host script, and a plain fixed-height iframe that needs no script.

use leptos::prelude::*;

use crate::model::chart_catalog::ChartDef;
use crate::model::chart_url::ChartView;
use crate::model::embed::{
    auto_height_snippet, embed_url, embed_view_params, fixed_height_px, iframe_snippet,
    EmbedOptions, EmbedTarget, ThemeChoice, BREAKPOINTS,
};
use crate::web::download::copy_to_clipboard;

/// One snippet with its label and a copy button.
#[component]
fn Snippet(
    id: String,
    label: &'static str,
    hint: &'static str,
    code: Signal<String>,
) -> impl IntoView {
    let copied = RwSignal::new(false);
    // A changed snippet has not been copied yet.
    Effect::new(move |_| {
        code.track();
        copied.set(false);
    });
    let hint_id = format!("{id}-hint");
    let described_by = hint_id.clone();
    view! {
        <div class="embed-snippet">
            <label class="embed-snippet__label" for=id.clone()>{label}</label>
            <p class="embed-snippet__hint" id=hint_id>{hint}</p>
            <textarea
                id=id
                class="embed-snippet__code"
                readonly
                rows="4"
                spellcheck="false"
                aria-describedby=described_by
                prop:value=move || code.get()
                on:focus=move |event| {
                    use wasm_bindgen::JsCast;
                    if let Some(area) = event
                        .target()
                        .and_then(|target| target.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
                    {
                        area.select();
                    }
                }
            ></textarea>
            <button
                type="button"
                class="button button--small"
                on:click=move |_| {
                    copy_to_clipboard(&code.get_untracked());
                    copied.set(true);
                }
            >
                {move || if copied.get() { "Copied" } else { "Copy" }}
            </button>
        </div>
    }
}

/// The embed button and, when open, the options and snippets for this chart's current view.
#[component]
pub fn EmbedPanel(def: &'static ChartDef, view: Signal<ChartView>) -> impl IntoView {
    let open = RwSignal::new(false);
    let width_px = RwSignal::new(BREAKPOINTS[1].width_px);
    let options = RwSignal::new(EmbedOptions::default());
    let target = EmbedTarget::Chart(def);
    let origin = window().location().origin().unwrap_or_default();

    let url = {
        let origin = origin.clone();
        Memo::new(move |_| {
            embed_url(
                &origin,
                target,
                &embed_view_params(def, &view.get()),
                options.get(),
            )
        })
    };
    // Sizing draws the chart once more, so it is done once per change and only while the panel
    // is open, not for every card as the page starts.
    let height_px = Memo::new(move |_| {
        if open.get() {
            fixed_height_px(target, options.get(), width_px.get())
        } else {
            0
        }
    });
    let height = move || height_px.get();
    let auto_code =
        Signal::derive(move || auto_height_snippet(&url.get(), &origin, target.title(), height()));
    let fixed_code = Signal::derive(move || iframe_snippet(&url.get(), target.title(), height()));
    let panel_id = format!("embed-{}", def.id);
    let controls = panel_id.clone();

    view! {
        <div class="embed-panel">
            <button
                type="button"
                class="button button--small"
                aria-expanded=move || open.get().to_string()
                aria-controls=controls
                on:click=move |_| open.update(|open| *open = !*open)
            >
                "Embed"
            </button>
            <div class="embed-panel__body" id=panel_id.clone() hidden=move || !open.get()>
                <div class="embed-panel__options">
                    <label class="control">
                        <span class="control__label">"Size for"</span>
                        <select on:change=move |event| {
                            if let Ok(width) = event_target_value(&event).parse::<u32>() {
                                width_px.set(width);
                            }
                        }>
                            {BREAKPOINTS
                                .iter()
                                .map(|point| {
                                    let width = point.width_px;
                                    view! {
                                        <option value=width.to_string() selected=move || width_px.get() == width>
                                            {point.label}
                                        </option>
                                    }
                                })
                                .collect_view()}
                        </select>
                    </label>
                    <label class="control">
                        <span class="control__label">"Theme"</span>
                        <select on:change=move |event| {
                            let theme = match event_target_value(&event).as_str() {
                                "light" => ThemeChoice::Light,
                                "dark" => ThemeChoice::Dark,
                                _ => ThemeChoice::Auto,
                            };
                            options.update(|options| options.theme = theme);
                        }>
                            <option value="auto">"Reader's setting"</option>
                            <option value="light">"Light"</option>
                            <option value="dark">"Dark"</option>
                        </select>
                    </label>
                    <label class="series-toggle">
                        <input
                            type="checkbox"
                            prop:checked=move || options.get().static_view
                            on:change=move |_| options.update(|options| options.static_view = !options.static_view)
                        />
                        "Static (no controls or tooltips)"
                    </label>
                    <label class="series-toggle">
                        <input
                            type="checkbox"
                            prop:checked=move || options.get().plain
                            on:change=move |_| options.update(|options| options.plain = !options.plain)
                        />
                        "Plain (no footer)"
                    </label>
                </div>
                <Snippet
                    id=format!("{panel_id}-auto")
                    label="Auto-height (recommended)"
                    hint="The iframe takes the chart's height as it changes; the small script only resizes our iframes."
                    code=auto_code
                />
                <Snippet
                    id=format!("{panel_id}-fixed")
                    label="Fixed height, no script"
                    hint="Works anywhere iframes do; its height suits the size chosen above."
                    code=fixed_code
                />
                <p class="embed-panel__preview">
                    <a href=move || url.get() target="_blank" rel="noopener">
                        "Open the embed page"
                    </a>
                    " · the period and series shown are this chart's current view."
                </p>
            </div>
        </div>
    }
}
