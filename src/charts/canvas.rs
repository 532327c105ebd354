//! The only file that talks to plotters: a pixel-space canvas over `SVGBackend::with_string`.
//! Drawers work in chart px (see `scale.rs`), so hit targets match what is drawn exactly.

use plotters::backend::SVGBackend;
use plotters::coord::Shift;
use plotters::drawing::{DrawingArea, IntoDrawingArea};
use plotters::element::{Circle, DashedPathElement, PathElement, Polygon, Rectangle, Text};
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::{Color, FontDesc, FontFamily, FontStyle, ShapeStyle, TextStyle};

use super::hit::PxRect;
use super::palette::Rgb;
use super::text::{plotters_font_size, FONT_FAMILY};
use super::theme::ChartTheme;

/// A drawing failure reported by plotters (in practice unreachable for a `String` target).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct ChartError(pub String);

/// Result of one drawing step.
pub(crate) type DrawResult = Result<(), ChartError>;

/// How a line or outline is stroked.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Stroke {
    pub color: Rgb,
    pub width_px: u32,
    pub opacity: f64,
}

/// How a shape is painted: filled, or outlined with a 1 px stroke.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Paint {
    pub color: Rgb,
    pub opacity: f64,
    pub filled: bool,
}

/// Horizontal alignment of a label relative to its anchor point.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Align {
    Start,
    Middle,
    End,
}

/// A label's look; the anchor's y is the vertical centre of the text.
#[derive(Debug, Clone, Copy)]
pub(crate) struct LabelStyle {
    pub font_px: f64,
    pub color: Rgb,
    pub align: Align,
    pub bold: bool,
}

/// A canvas in chart px over an SVG string buffer.
pub(crate) struct Canvas<'a> {
    area: DrawingArea<SVGBackend<'a>, Shift>,
}

fn px((x, y): (f64, f64)) -> (i32, i32) {
    (x.round() as i32, y.round() as i32)
}

fn to_error(error: impl std::fmt::Display) -> ChartError {
    ChartError(error.to_string())
}

impl<'a> Canvas<'a> {
    fn new(buf: &'a mut String, (width, height): (u32, u32)) -> Canvas<'a> {
        Canvas {
            area: SVGBackend::with_string(buf, (width, height)).into_drawing_area(),
        }
    }

    /// Fills the whole SVG (the theme background).
    pub fn fill(&self, color: Rgb) -> DrawResult {
        self.area.fill(&color.to_plotters()).map_err(to_error)
    }

    /// A solid polyline through the points.
    pub fn polyline(&self, points: &[(f64, f64)], stroke: Stroke) -> DrawResult {
        let points: Vec<(i32, i32)> = points.iter().copied().map(px).collect();
        self.area
            .draw(&PathElement::new(points, shape(stroke)))
            .map_err(to_error)
    }

    /// A dashed polyline (each dash becomes its own `<polyline>`: the SVG backend has no
    /// `stroke-dasharray`).
    pub fn dashed_polyline(&self, points: &[(f64, f64)], stroke: Stroke) -> DrawResult {
        let points: Vec<(i32, i32)> = points.iter().copied().map(px).collect();
        let element = DashedPathElement::new(points, 5, 4, shape(stroke));
        self.area.draw(&element).map_err(to_error)
    }

    /// A filled polygon (range bands).
    pub fn polygon(&self, points: &[(f64, f64)], color: Rgb, opacity: f64) -> DrawResult {
        let points: Vec<(i32, i32)> = points.iter().copied().map(px).collect();
        let style = ShapeStyle::from(color.to_plotters().mix(opacity)).filled();
        self.area
            .draw(&Polygon::new(points, style))
            .map_err(to_error)
    }

    /// A rectangle.
    pub fn rect(&self, rect: PxRect, paint: Paint) -> DrawResult {
        let corners = [px((rect.x0, rect.y0)), px((rect.x1, rect.y1))];
        self.area
            .draw(&Rectangle::new(corners, fill_style(paint, 1)))
            .map_err(to_error)
    }

    /// A circle of `radius_px` round a centre.
    pub fn circle(
        &self,
        centre: (f64, f64),
        radius_px: u32,
        paint: Paint,
        stroke_px: u32,
    ) -> DrawResult {
        let element = Circle::new(px(centre), radius_px, fill_style(paint, stroke_px));
        self.area.draw(&element).map_err(to_error)
    }

    /// One line of text whose vertical centre sits at `anchor_px`.
    pub fn text(&self, text: &str, anchor_px: (f64, f64), style: LabelStyle) -> DrawResult {
        let h_pos = match style.align {
            Align::Start => HPos::Left,
            Align::Middle => HPos::Center,
            Align::End => HPos::Right,
        };
        let font_style = if style.bold {
            FontStyle::Bold
        } else {
            FontStyle::Normal
        };
        let text_style = TextStyle {
            font: FontDesc::new(
                FontFamily::SansSerif,
                plotters_font_size(style.font_px),
                font_style,
            ),
            color: style.color.to_plotters().to_backend_color(),
            pos: Pos::new(h_pos, VPos::Center),
        };
        self.area
            .draw(&Text::new(text, px(anchor_px), text_style))
            .map_err(to_error)
    }
}

fn shape(stroke: Stroke) -> ShapeStyle {
    ShapeStyle::from(stroke.color.to_plotters().mix(stroke.opacity)).stroke_width(stroke.width_px)
}

fn fill_style(paint: Paint, stroke_px: u32) -> ShapeStyle {
    let style =
        ShapeStyle::from(paint.color.to_plotters().mix(paint.opacity)).stroke_width(stroke_px);
    if paint.filled {
        style.filled()
    } else {
        style
    }
}

/// Draws into a fresh SVG of `size` and returns the document with `role="img"` and
/// `aria-label` added. No `<title>`: browsers would show it as a native tooltip over the
/// component's own tooltips.
pub(crate) fn render_svg(
    size: (u32, u32),
    aria_label: &str,
    draw: impl FnOnce(&Canvas) -> DrawResult,
) -> Result<String, ChartError> {
    let mut buf = String::new();
    {
        let canvas = Canvas::new(&mut buf, size);
        draw(&canvas)?;
        canvas.area.present().map_err(to_error)?;
    }
    let opening = "xmlns=\"http://www.w3.org/2000/svg\">";
    let accessible = format!(
        "xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"{}\" font-family=\"{FONT_FAMILY}\">",
        escape_xml(aria_label)
    );
    Ok(buf.replacen(opening, &accessible, 1))
}

/// Text shown in place of a chart with nothing to draw.
pub const NO_DATA_TEXT: &str = "No data for this period";

/// A chart-sized SVG holding only a centred message, written by hand so it cannot fail.
pub(crate) fn message_svg(
    size: (u32, u32),
    theme: ChartTheme,
    message: &str,
    font_px: f64,
) -> String {
    let (width, height) = size;
    let colors = theme.colors();
    let message = escape_xml(message);
    format!(
        "<svg width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" \
         xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"{message}\" \
         font-family=\"{FONT_FAMILY}\">\n\
         <rect x=\"0\" y=\"0\" width=\"{width}\" height=\"{height}\" fill=\"{}\"/>\n\
         <text x=\"{}\" y=\"{}\" dy=\"0.5ex\" text-anchor=\"middle\" font-family=\"{FONT_FAMILY}\" \
         font-size=\"{font_px}\" fill=\"{}\">{message}</text>\n</svg>\n",
        colors.background.to_hex(),
        width / 2,
        height / 2,
        colors.text_muted.to_hex(),
    )
}

/// Escapes text for an XML attribute or element.
pub fn escape_xml(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            other => escaped.push(other),
        }
    }
    escaped
}
