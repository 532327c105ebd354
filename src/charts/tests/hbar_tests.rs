//! Horizontal bar chart output.

use super::fixtures::{deaths_by_category, options};
use super::probe::*;
use crate::charts::*;

fn hbar_options(width_px: u32, theme: ChartTheme) -> HBarOptions {
    let categories = deaths_by_category().len();
    let mut chart = options(width_px, theme);
    chart.height_px = hbar_height_px(categories, width_px);
    HBarOptions {
        chart,
        ..HBarOptions::default()
    }
}

#[test]
fn values_are_written_at_bar_ends_with_separators() {
    let chart = draw_hbar(&deaths_by_category(), &hbar_options(800, ChartTheme::Light));
    let all = elements(&chart.svg);
    let value_text = tagged(&all, "text")
        .into_iter()
        .find(|t| t.content == "69,095")
        .expect("value label");
    let bar = chart
        .hit_targets
        .iter()
        .find(|h| h.point_index == 0)
        .and_then(|h| h.rect_px)
        .expect("bar");
    assert!(value_text.num("x") > bar.x1, "label right of the bar end");
    assert!((chart.x_scale.value_from_px(bar.x1) - 69_095.0).abs() < 1e-6);
    let labels = texts(&chart.svg);
    for expected in [
        "46,319",
        "2,324",
        "444",
        "Afghan civilians",
        "US military",
        "no data",
    ] {
        assert!(
            labels.contains(&expected.to_string()),
            "{expected} in {labels:?}"
        );
    }
    assert_eq!(
        chart.hit_targets.len(),
        7,
        "the journalists row has no value"
    );
    assert!(chart.hit_targets.iter().all(|h| h.kind == HitKind::HBar));
}

#[test]
fn rows_keep_input_order_and_a_range_draws_a_whisker() {
    let chart = draw_hbar(&deaths_by_category(), &hbar_options(800, ChartTheme::Light));
    let ys: Vec<f64> = chart.hit_targets.iter().map(|h| h.y_px).collect();
    assert!(ys.windows(2).all(|w| w[0] < w[1]), "top to bottom");
    let text_colour = ChartTheme::Light.colors().text.to_hex();
    assert_eq!(polylines_stroked(&chart.svg, &text_colour), 1);
    // The civilians' value label clears the whisker's high end (48,000), not just the bar.
    let whisker_end = chart.x_scale.px_from_value(48_000.0);
    let all = elements(&chart.svg);
    let label = tagged(&all, "text")
        .into_iter()
        .find(|t| t.content == "46,319")
        .expect("label");
    assert!(label.num("x") > whisker_end);
}

#[test]
fn narrow_charts_shorten_labels_and_stay_inside() {
    let chart = draw_hbar(&deaths_by_category(), &hbar_options(320, ChartTheme::Dark));
    assert_texts_inside(&chart.svg, 320.0);
    assert!(
        texts(&chart.svg).iter().any(|t| t.ends_with('…')),
        "long row labels are shortened"
    );
    assert!(chart
        .hit_targets
        .iter()
        .all(|h| h.rect_px.is_some_and(|r| r.x1 <= 320.0)));
    assert_no_nan(&chart.svg);
}
