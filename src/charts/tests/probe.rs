//! A tiny reader of the SVG the backend writes: elements, attributes and text extents.

use crate::charts::text_width_px;
use std::collections::HashMap;

/// One SVG element: its tag, attributes and (for `<text>`) content.
#[derive(Debug, Clone)]
pub struct Element {
    pub tag: String,
    pub attrs: HashMap<String, String>,
    pub content: String,
}

impl Element {
    pub fn attr(&self, key: &str) -> &str {
        self.attrs.get(key).map_or("", String::as_str)
    }

    pub fn num(&self, key: &str) -> f64 {
        self.attr(key).parse().unwrap_or(f64::NAN)
    }
}

/// Every element of `svg`, in document order.
pub fn elements(svg: &str) -> Vec<Element> {
    let mut out = Vec::new();
    let mut rest = svg;
    while let Some(start) = rest.find('<') {
        rest = &rest[start + 1..];
        if rest.starts_with('/') {
            continue;
        }
        let end = rest.find('>').expect("unterminated tag");
        let inside = rest[..end].trim_end_matches('/');
        let tag: String = inside
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        let attrs = parse_attrs(&inside[tag.len()..]);
        rest = &rest[end + 1..];
        let content = if tag == "text" || tag == "title" {
            let close = rest.find("</").unwrap_or(0);
            unescape(rest[..close].trim())
        } else {
            String::new()
        };
        out.push(Element {
            tag,
            attrs,
            content,
        });
    }
    out
}

fn parse_attrs(mut text: &str) -> HashMap<String, String> {
    let mut attrs = HashMap::new();
    while let Some(eq) = text.find("=\"") {
        let key = text[..eq].trim().to_string();
        let after = &text[eq + 2..];
        let close = after.find('"').expect("unterminated attribute");
        attrs.insert(key, unescape(&after[..close]));
        text = &after[close + 1..];
    }
    attrs
}

fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

/// Elements with this tag.
pub fn tagged<'a>(all: &'a [Element], tag: &str) -> Vec<&'a Element> {
    all.iter().filter(|e| e.tag == tag).collect()
}

/// Polylines stroked in `hex` (a series' line, or its dashes).
pub fn polylines_stroked(svg: &str, hex: &str) -> usize {
    elements(svg)
        .iter()
        .filter(|e| e.tag == "polyline" && e.attr("stroke") == hex)
        .count()
}

/// Rectangles filled with `hex`.
pub fn rects_filled(svg: &str, hex: &str) -> Vec<Element> {
    elements(svg)
        .into_iter()
        .filter(|e| e.tag == "rect" && e.attr("fill") == hex)
        .collect()
}

/// Circles filled with `hex` (solid points).
pub fn circles_filled(svg: &str, hex: &str) -> usize {
    elements(svg)
        .iter()
        .filter(|e| e.tag == "circle" && e.attr("fill") == hex)
        .count()
}

/// Circles outlined (not filled) in `hex` (hollow points).
pub fn rings_stroked(svg: &str, hex: &str) -> usize {
    elements(svg)
        .iter()
        .filter(|e| e.tag == "circle" && e.attr("fill") == "none" && e.attr("stroke") == hex)
        .count()
}

/// Contents of every `<text>`.
pub fn texts(svg: &str) -> Vec<String> {
    elements(svg)
        .into_iter()
        .filter(|e| e.tag == "text")
        .map(|e| e.content)
        .collect()
}

/// Horizontal extent of a `<text>` from its anchor, x and estimated width.
pub fn text_extent(text: &Element) -> (f64, f64) {
    let width = text_width_px(&text.content, text.num("font-size"));
    let x = text.num("x");
    match text.attr("text-anchor") {
        "end" => (x - width, x),
        "middle" => (x - width / 2.0, x + width / 2.0),
        _ => (x, x + width),
    }
}

/// Panics naming any `<text>` that sticks out of the SVG: across by its estimated width, down
/// by half its font size either side of the vertical centre it is anchored on.
pub fn assert_texts_inside(svg: &str, width: f64) {
    let all = elements(svg);
    let height = tagged(&all, "svg")
        .first()
        .map_or(f64::INFINITY, |root| root.num("height"));
    for text in tagged(&all, "text") {
        let (left, right) = text_extent(text);
        assert!(
            left >= -0.5 && right <= width + 0.5,
            "{:?} spans {left:.1}..{right:.1} of {width}",
            text.content
        );
        let (y, half) = (text.num("y"), text.num("font-size") / 2.0);
        assert!(
            y - half >= -0.5 && y + half <= height + 0.5,
            "{:?} at y {y} of {height}",
            text.content
        );
    }
}

/// Panics if the SVG holds a non-number anywhere.
pub fn assert_no_nan(svg: &str) {
    for bad in ["NaN", "\"inf", "inf\"", "-inf", ">inf", " inf", "inf,"] {
        assert!(!svg.contains(bad), "SVG contains {bad}");
    }
}
