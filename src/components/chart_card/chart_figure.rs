//! The drawn chart with its tooltips: pointer hover and tap, and arrow keys for keyboard readers.

use leptos::{ev, prelude::*};

use crate::charts::nearest_hit;
use crate::model::chart_render::ChartDrawing;
use crate::web::element_size::use_element_size;

/// What the tooltip shows: a value (index into the hit targets) or a key-event marker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Active {
    Value(usize),
    Marker(usize),
}

/// Percent position of a chart px inside the drawing, for overlays that scale with the SVG.
fn percent(px: f64, size_px: u32) -> f64 {
    if size_px == 0 {
        0.0
    } else {
        (px / f64::from(size_px) * 100.0).clamp(0.0, 100.0)
    }
}

/// How close (px) the pointer must be to a marker line, in the label band, to explain it.
const MARKER_REACH_PX: f64 = 10.0;

/// In the band above the plot the pointer reads key-event markers; inside it, values.
fn pick_active(chart: &crate::charts::RenderedChart, px_in_chart: (f64, f64)) -> Option<Active> {
    let (x, y) = px_in_chart;
    if y < chart.plot_area_px.y0 {
        return chart
            .markers
            .iter()
            .enumerate()
            .map(|(index, marker)| (index, (marker.x_px - x).abs()))
            .filter(|(_, distance)| *distance <= MARKER_REACH_PX)
            .min_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(index, _)| Active::Marker(index));
    }
    let hit = nearest_hit(chart, px_in_chart)?;
    chart
        .hit_targets
        .iter()
        .position(|candidate| candidate == hit)
        .map(Active::Value)
}

/// The SVG of a chart, measured to its container's width, with an accessible tooltip layer.
///
/// `width_px` is written whenever the container's width changes, so the card redraws to fit.
#[component]
pub fn ChartFigure(
    drawing: Memo<ChartDrawing>,
    width_px: RwSignal<u32>,
    /// Accessible name of the chart group, e.g. the chart's title.
    label: String,
    /// Called with the year of a value the reader clicks or presses Enter on, if the chart links
    /// its years somewhere (casualty charts open that year's events).
    on_pick_year: Option<Callback<i32>>,
    /// False for a static embed: the chart is a picture with no tooltips or focus stop.
    #[prop(default = true)]
    interactive: bool,
) -> impl IntoView {
    let container = NodeRef::<leptos::html::Div>::new();
    let active = RwSignal::new(None::<Active>);

    let size = use_element_size(container, (f64::from(width_px.get_untracked()), 0.0));
    Effect::new(move |_| {
        let width = size.get().0.round() as u32;
        if width > 0 && width != width_px.get_untracked() {
            width_px.set(width);
        }
    });

    let on_pointer = move |event: ev::PointerEvent| {
        let Some(element) = container.get_untracked().filter(|_| interactive) else {
            return;
        };
        let rect = element.get_bounding_client_rect();
        drawing.with_untracked(|drawing| {
            let chart = &drawing.rendered;
            if rect.width() <= 0.0 || rect.height() <= 0.0 {
                return;
            }
            let px_in_chart = (
                (f64::from(event.client_x()) - rect.left()) * f64::from(chart.width_px)
                    / rect.width(),
                (f64::from(event.client_y()) - rect.top()) * f64::from(chart.height_px)
                    / rect.height(),
            );
            active.set(pick_active(chart, px_in_chart));
        });
    };

    let pick_active_year = move || {
        let (Some(callback), Some(Active::Value(index))) = (on_pick_year, active.get_untracked())
        else {
            return;
        };
        let year = drawing.with_untracked(|drawing| {
            drawing
                .rendered
                .hit_targets
                .get(index)
                .map(|hit| hit.x_value.round() as i32)
        });
        if let Some(year) = year {
            callback.run(year);
        }
    };

    let on_key = move |event: ev::KeyboardEvent| {
        if !interactive {
            return;
        }
        if event.key() == "Enter" {
            pick_active_year();
            return;
        }
        let count = drawing.with_untracked(|drawing| drawing.rendered.hit_targets.len());
        if count == 0 {
            return;
        }
        let current = match active.get_untracked() {
            Some(Active::Value(index)) => Some(index),
            _ => None,
        };
        let next = match event.key().as_str() {
            "ArrowRight" | "ArrowDown" => current.map_or(0, |index| (index + 1).min(count - 1)),
            "ArrowLeft" | "ArrowUp" => current.map_or(0, |index| index.saturating_sub(1)),
            "Home" => 0,
            "End" => count - 1,
            "Escape" => {
                active.set(None);
                return;
            }
            _ => return,
        };
        event.prevent_default();
        active.set(Some(Active::Value(next)));
    };

    // Tooltip text and position (percent of the drawing), or nothing.
    let tooltip = move || {
        drawing.with(|drawing| {
            let chart = &drawing.rendered;
            match active.get()? {
                Active::Value(index) => {
                    let hit = chart.hit_targets.get(index)?;
                    let mut text = drawing.tooltips.get(index)?.clone();
                    if on_pick_year.is_some() {
                        text.push_str(" · Click or press Enter for this year's events");
                    }
                    Some((
                        text,
                        percent(hit.x_px, chart.width_px),
                        percent(hit.y_px, chart.height_px),
                    ))
                }
                Active::Marker(index) => {
                    let marker = chart.markers.get(index)?;
                    let top = chart.plot_area_px.y0;
                    Some((
                        marker.full_label.clone(),
                        percent(marker.x_px, chart.width_px),
                        percent(top, chart.height_px),
                    ))
                }
            }
        })
    };

    view! {
        <div
            class="chart-figure"
            node_ref=container
            tabindex=interactive.then_some("0")
            role="group"
            aria-label=if interactive {
                format!("{label}. Use the arrow keys to read each value.")
            } else {
                label
            }
            on:pointermove=on_pointer
            on:pointerdown=on_pointer
            on:pointerleave=move |_| active.set(None)
            on:click=move |_| pick_active_year()
            on:keydown=on_key
            on:blur=move |_| active.set(None)
        >
            <div class="chart-figure__svg" inner_html=move || drawing.with(|d| d.rendered.svg.clone())></div>
            {move || {
                drawing.with(|drawing| {
                    let chart = &drawing.rendered;
                    chart
                        .markers
                        .iter()
                        .map(|marker| {
                            // Only the label band above the plot: over the plot the pointer
                            // belongs to the values, which may sit on a marker line.
                            // Set through the CSSOM (`style:`), which a strict CSP allows, unlike a
                            // `style` attribute.
                            let left = format!("{:.2}%", percent(marker.x_px, chart.width_px));
                            let height =
                                format!("{:.2}%", percent(chart.plot_area_px.y0, chart.height_px));
                            view! {
                                <span
                                    class="chart-marker-hit"
                                    style:left=left
                                    style:top="0"
                                    style:height=height
                                    title=marker.full_label.clone()
                                ></span>
                            }
                        })
                        .collect_view()
                })
            }}
            {move || {
                tooltip()
                    .map(|(text, left, top)| {
                        let side = match (left > 60.0, top < 20.0) {
                            (true, true) => "chart-tooltip chart-tooltip--left chart-tooltip--below",
                            (false, true) => "chart-tooltip chart-tooltip--below",
                            (true, false) => "chart-tooltip chart-tooltip--left",
                            (false, false) => "chart-tooltip",
                        };
                        view! {
                            <div
                                class=side
                                style:left=format!("{left:.2}%")
                                style:top=format!("{top:.2}%")
                                role="status"
                            >
                                {text}
                            </div>
                        }
                    })
            }}
        </div>
    }
}
