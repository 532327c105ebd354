//! Which rows of a long list a scrolled viewport shows, for a list that keeps only those rows
//! in the page (fixed row height, spacers above and below).

/// The rows to render, `start..end`, and the heights of the spacers standing in for the rest.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RowWindow {
    pub start: usize,
    pub end: usize,
    pub top_px: f64,
    pub bottom_px: f64,
}

/// The window of `total` rows of `row_px` each that a viewport of `viewport_px` scrolled to
/// `scroll_top_px` shows, with `overscan` extra rows on each side so fast scrolling does not
/// flash blank. Any input gives a valid window (`start <= end <= total`).
pub fn row_window(
    total: usize,
    row_px: f64,
    scroll_top_px: f64,
    viewport_px: f64,
    overscan: usize,
) -> RowWindow {
    let row_px = if row_px.is_finite() && row_px >= 1.0 {
        row_px
    } else {
        1.0
    };
    let clean = |px: f64| if px.is_finite() { px.max(0.0) } else { 0.0 };
    let first_visible = (clean(scroll_top_px) / row_px).floor() as usize;
    let visible = (clean(viewport_px) / row_px).ceil() as usize + 1;
    let start = first_visible.saturating_sub(overscan).min(total);
    let end = first_visible
        .saturating_add(visible)
        .saturating_add(overscan)
        .min(total)
        .max(start);
    RowWindow {
        start,
        end,
        top_px: start as f64 * row_px,
        bottom_px: (total - end) as f64 * row_px,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shows_only_what_the_viewport_needs() {
        let window = row_window(100_000, 64.0, 6400.0, 480.0, 4);
        assert_eq!((window.start, window.end), (96, 113));
        assert_eq!(window.top_px, 96.0 * 64.0);
        let rendered = (window.end - window.start) as f64 * 64.0;
        assert_eq!(
            window.top_px + rendered + window.bottom_px,
            100_000.0 * 64.0
        );
    }

    #[test]
    fn survives_any_input() {
        for (total, row, top, view) in [
            (0, 64.0, 0.0, 480.0),
            (5, 64.0, 1e12, 480.0),
            (5, 0.0, f64::NAN, f64::INFINITY),
            (5, -3.0, -100.0, -1.0),
        ] {
            let window = row_window(total, row, top, view, 4);
            assert!(
                window.start <= window.end && window.end <= total,
                "{window:?}"
            );
            assert!(window.top_px.is_finite() && window.bottom_px >= 0.0);
        }
    }
}
