//! Small pieces every drawer shares: the "No data" result, accessible names, x-range filtering.

use super::canvas::{message_svg, NO_DATA_TEXT};
use super::hit::PxRect;
use super::options::ChartOptions;
use super::rendered::RenderedChart;
use super::scale::LinearScale;
use super::spec::ChartMarker;
use super::text::Typography;

/// What is drawn when a chart has no finite value in range.
pub(crate) fn empty_chart(options: &ChartOptions) -> RenderedChart {
    message_chart(options, NO_DATA_TEXT)
}

/// What is drawn if plotters reports an error (not expected for a `String` target).
pub(crate) fn failed_chart(options: &ChartOptions) -> RenderedChart {
    message_chart(options, "This chart could not be drawn")
}

fn message_chart(options: &ChartOptions, message: &str) -> RenderedChart {
    let size = options.size_px();
    let (width, height) = (f64::from(size.0), f64::from(size.1));
    let font_px = Typography::for_width(size.0).label_px;
    RenderedChart {
        svg: message_svg(size, options.theme, message, font_px),
        width_px: size.0,
        height_px: size.1,
        plot_area_px: PxRect {
            x0: 0.0,
            y0: 0.0,
            x1: width,
            y1: height,
        },
        x_scale: LinearScale::new((0.0, 1.0), (0.0, width)),
        y_scale: LinearScale::new((0.0, 1.0), (height, 0.0)),
        hit_targets: Vec::new(),
        markers: Vec::new(),
        is_empty: true,
    }
}

/// The caller's accessible name, or "{kind}: {label}, {label}" built from the series labels.
pub(crate) fn aria_label<'a>(
    options: &ChartOptions,
    kind: &str,
    labels: impl Iterator<Item = &'a str>,
) -> String {
    if !options.aria_label.is_empty() {
        return options.aria_label.clone();
    }
    let labels: Vec<&str> = labels.filter(|label| !label.is_empty()).collect();
    if labels.is_empty() {
        kind.to_string()
    } else {
        format!("{kind}: {}", labels.join(", "))
    }
}

/// True when `x` is finite and inside the caller's x range (or there is none).
pub(crate) fn x_visible(x: f64, x_range: Option<(f64, f64)>) -> bool {
    x.is_finite()
        && match x_range {
            Some((a, b)) => x >= a.min(b) && x <= a.max(b),
            None => true,
        }
}

/// Widens a data-fitted domain to take in markers up to one unit beyond either end: yearly
/// values at 2021 cover the whole year, so August 2021 (2021.62) belongs on that chart. A
/// domain the caller fixed with `x_range` is kept as is.
pub(crate) fn extend_for_markers(
    domain: (f64, f64),
    markers: &[ChartMarker],
    x_range: Option<(f64, f64)>,
) -> (f64, f64) {
    if x_range.is_some() {
        return domain;
    }
    markers
        .iter()
        .map(|m| m.x)
        .filter(|x| x.is_finite())
        .fold(domain, |(lo, hi), x| {
            if x < lo && x >= lo - 1.0 {
                (x, hi)
            } else if x > hi && x <= hi + 1.0 {
                (lo, x)
            } else {
                (lo, hi)
            }
        })
}

/// The caller's x range if finite and non-empty, else the span of `xs`; `None` without any x.
pub(crate) fn x_domain(
    xs: impl Iterator<Item = f64>,
    x_range: Option<(f64, f64)>,
) -> Option<(f64, f64)> {
    if let Some((a, b)) = x_range.filter(|(a, b)| a.is_finite() && b.is_finite() && a != b) {
        return Some((a.min(b), a.max(b)));
    }
    xs.filter(|x| x.is_finite())
        .fold(None, |span, x| match span {
            None => Some((x, x)),
            Some((lo, hi)) => Some((lo.min(x), hi.max(x))),
        })
}
