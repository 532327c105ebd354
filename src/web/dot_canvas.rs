//! Paints a map's dot layer on a `<canvas>`: thousands of dots cost a canvas a few
//! milliseconds, where the same dots as SVG markup cost the browser many times that to parse.

use std::f64::consts::TAU;

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

use crate::charts::DotLayer;

/// Device px per CSS px are capped: a 3× phone gains nothing visible above 2× for these dots,
/// and every extra device px is memory and fill time.
const MAX_DEVICE_PX_PER_CSS_PX: f64 = 2.0;

/// Paints `layer` over the whole canvas, which is sized to the layer in device px; CSS scales
/// it to the shown width like the SVG beneath it.
pub fn paint_dot_layer(canvas: &HtmlCanvasElement, layer: &DotLayer) -> Result<(), JsValue> {
    let device_px_per_css_px = leptos::prelude::window()
        .device_pixel_ratio()
        .clamp(1.0, MAX_DEVICE_PX_PER_CSS_PX);
    let device_px = |css_px: u32| (f64::from(css_px) * device_px_per_css_px).round() as u32;
    // Setting the size also clears the canvas and resets its state.
    canvas.set_width(device_px(layer.width_px));
    canvas.set_height(device_px(layer.height_px));
    let context: CanvasRenderingContext2d = canvas
        .get_context("2d")?
        .ok_or_else(|| JsValue::from_str("no 2D canvas context"))?
        .unchecked_into();
    // From here on the context takes chart px, as the marks are.
    context.set_transform(
        device_px_per_css_px,
        0.0,
        0.0,
        device_px_per_css_px,
        0.0,
        0.0,
    )?;
    context.set_fill_style_str(&layer.color.to_hex());
    // One fill per dot, each at the layer's opacity, so overlapping dots darken as in the SVG.
    context.set_global_alpha(layer.opacity);
    for mark in &layer.marks {
        context.begin_path();
        context.arc(mark.centre_px.0, mark.centre_px.1, mark.radius_px, 0.0, TAU)?;
        context.fill();
    }
    Ok(())
}
