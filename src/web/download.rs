//! Saving text and images the reader asked for, without any request leaving the page.

use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, HtmlCanvasElement, HtmlImageElement, Url};

/// Why a download could not start.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DownloadError(pub String);

impl From<JsValue> for DownloadError {
    fn from(value: JsValue) -> Self {
        DownloadError(value.as_string().unwrap_or_else(|| format!("{value:?}")))
    }
}

fn blob_from_text(text: &str, mime: &str) -> Result<Blob, DownloadError> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    Ok(Blob::new_with_str_sequence_and_options(&parts, &options)?)
}

fn save_blob(blob: &Blob, file_name: &str) -> Result<(), DownloadError> {
    let document = leptos::prelude::document();
    let url = Url::create_object_url_with_blob(blob)?;
    let anchor: HtmlAnchorElement = document.create_element("a")?.unchecked_into();
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.click();
    Url::revoke_object_url(&url)?;
    Ok(())
}

/// Saves `text` as a file named `file_name` with the given MIME type.
pub fn download_text(file_name: &str, mime: &str, text: &str) -> Result<(), DownloadError> {
    save_blob(&blob_from_text(text, mime)?, file_name)
}

/// Rasterises an SVG string at twice its size (crisp on high-density screens) and saves it as
/// a PNG. The work finishes asynchronously, once the browser has decoded the SVG.
pub fn download_svg_as_png(
    file_name: &str,
    svg: &str,
    (width_px, height_px): (u32, u32),
    background: &str,
) -> Result<(), DownloadError> {
    let document = leptos::prelude::document();
    let svg_url = Url::create_object_url_with_blob(&blob_from_text(svg, "image/svg+xml")?)?;
    let image = HtmlImageElement::new()?;
    let canvas: HtmlCanvasElement = document.create_element("canvas")?.unchecked_into();
    canvas.set_width(width_px * 2);
    canvas.set_height(height_px * 2);
    let file_name = file_name.to_string();
    let background = background.to_string();
    let loaded_image = image.clone();
    let loaded_url = svg_url.clone();
    let on_load = Closure::once(move || {
        let drawn = (|| -> Result<(), DownloadError> {
            let context: web_sys::CanvasRenderingContext2d = canvas
                .get_context("2d")?
                .ok_or_else(|| DownloadError("no 2D canvas".to_string()))?
                .unchecked_into();
            context.set_fill_style_str(&background);
            context.fill_rect(0.0, 0.0, f64::from(width_px * 2), f64::from(height_px * 2));
            context.draw_image_with_html_image_element_and_dw_and_dh(
                &loaded_image,
                0.0,
                0.0,
                f64::from(width_px * 2),
                f64::from(height_px * 2),
            )?;
            let data_url = canvas.to_data_url_with_type("image/png")?;
            let anchor: HtmlAnchorElement = leptos::prelude::document()
                .create_element("a")?
                .unchecked_into();
            anchor.set_href(&data_url);
            anchor.set_download(&file_name);
            anchor.click();
            Ok(())
        })();
        if let Err(DownloadError(message)) = drawn {
            leptos::logging::warn!("PNG download failed: {message}");
        }
        let _ = Url::revoke_object_url(&loaded_url);
    });
    image.set_onload(Some(on_load.as_ref().unchecked_ref()));
    // The closure must outlive this call; the browser calls it once.
    on_load.forget();
    image.set_src(&svg_url);
    Ok(())
}

/// Copies text to the clipboard; the promise's outcome is not awaited because the link is also
/// shown for manual copying.
pub fn copy_to_clipboard(text: &str) {
    let clipboard = leptos::prelude::window().navigator().clipboard();
    let _promise = clipboard.write_text(text);
}
