//! Text sizes and a deterministic text-width estimate used for layout.
//!
//! Layout measures text itself instead of asking plotters: plotters' native estimator counts
//! bytes, and its browser one measures a DOM span at 1.24× the size the SVG backend writes. One
//! estimate everywhere keeps native tests and the browser in agreement; widths are deliberately
//! generous (about DejaVu Sans, the widest common `sans-serif`) so labels never touch.

/// The CSS font family of every label.
pub const FONT_FAMILY: &str = "sans-serif";

/// Font sizes in CSS px for one chart width.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Typography {
    /// Tick, legend, value and marker labels.
    pub label_px: f64,
    /// Vertical space one line of label text takes, including leading.
    pub line_px: f64,
}

impl Typography {
    /// 11 px below 480 px of width (phones), 12 px otherwise. Only sizes that survive the
    /// SVG backend's division by 1.24 without a float tail are used.
    pub fn for_width(width_px: u32) -> Typography {
        let label_px = if width_px < 480 { 11.0 } else { 12.0 };
        Typography {
            label_px,
            line_px: (label_px * 1.35).round(),
        }
    }
}

/// Size to hand plotters so the SVG says `font-size="{font_px}"`: the SVG backend writes
/// `size / 1.24`.
pub(crate) fn plotters_font_size(font_px: f64) -> f64 {
    font_px * 1.24
}

/// Estimated rendered width of `text` in px at `font_px`.
pub fn text_width_px(text: &str, font_px: f64) -> f64 {
    let em: f64 = text.chars().map(char_width_em).sum();
    em * font_px
}

/// Advance widths in em, close to DejaVu Sans (wider than Arial/Helvetica, so a safe upper bound).
fn char_width_em(c: char) -> f64 {
    match c {
        'i' | 'l' | 'j' | '\'' | '’' | '|' => 0.30,
        '.' | ',' | ':' | ';' | ' ' | 'I' | '!' => 0.33,
        'f' | 't' | 'r' | '(' | ')' | '-' | '[' | ']' => 0.42,
        '0'..='9' | '$' | '£' | '–' | '…' | '+' => 0.64,
        'm' | 'w' | '%' => 0.98,
        'M' | 'W' | '—' => 1.0,
        'a'..='z' => 0.62,
        'A'..='Z' => 0.74,
        _ => 0.8,
    }
}

/// `text` shortened with a trailing "…" so it fits `max_px`; unchanged when it already fits.
pub fn truncate_to_width(text: &str, font_px: f64, max_px: f64) -> String {
    if text_width_px(text, font_px) <= max_px {
        return text.to_string();
    }
    let mut kept = String::new();
    let budget = max_px - text_width_px("…", font_px);
    for c in text.chars() {
        if text_width_px(&kept, font_px) + char_width_em(c) * font_px > budget {
            break;
        }
        kept.push(c);
    }
    format!("{}…", kept.trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wider_text_measures_wider() {
        let narrow = text_width_px("2001", 12.0);
        assert!((25.0..40.0).contains(&narrow), "{narrow}");
        assert!(text_width_px("2,197,821", 12.0) > narrow);
        assert!(text_width_px("2001", 11.0) < narrow);
    }

    #[test]
    fn truncation_fits_and_marks_the_cut() {
        let long = "Afghan National Army and Police";
        let short = truncate_to_width(long, 11.0, 80.0);
        assert!(short.ends_with('…'), "{short}");
        assert!(text_width_px(&short, 11.0) <= 80.0);
        assert_eq!(truncate_to_width("Civilians", 11.0, 200.0), "Civilians");
    }

    #[test]
    fn chosen_sizes_print_without_float_tails() {
        for width in [320, 1200] {
            let px = Typography::for_width(width).label_px;
            assert_eq!(
                format!("{}", plotters_font_size(px) / 1.24),
                format!("{px}")
            );
        }
    }
}
