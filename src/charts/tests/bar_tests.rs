//! Vertical bar chart output.

use super::fixtures::{options, series, twelve_years, war_markers};
use super::probe::*;
use crate::charts::*;

fn five_years(label: &str, color_index: usize, values: [Option<f64>; 5]) -> ChartSeries {
    let points = values
        .iter()
        .enumerate()
        .map(|(i, v)| ChartPoint {
            y: *v,
            ..ChartPoint::gap(2001.0 + i as f64)
        })
        .collect();
    series(label, label, color_index, points)
}

fn bar_options(mode: BarMode) -> BarOptions {
    BarOptions {
        chart: options(640, ChartTheme::Light),
        mode,
    }
}

#[test]
fn grouped_bars_sit_side_by_side_one_per_value() {
    let us = five_years(
        "US",
        0,
        [Some(10.0), Some(20.0), Some(30.0), Some(40.0), Some(50.0)],
    );
    let uk = five_years(
        "UK",
        1,
        [Some(5.0), Some(6.0), Some(7.0), Some(8.0), Some(9.0)],
    );
    let chart = draw_bar(&[us, uk], &[], &bar_options(BarMode::Grouped));
    let light = ChartTheme::Light;
    let us_bars = rects_filled(&chart.svg, &light.series_color(0).to_hex());
    let uk_bars = rects_filled(&chart.svg, &light.series_color(1).to_hex());
    assert_eq!(us_bars.len(), 5 + 1, "five bars plus the legend swatch");
    assert_eq!(uk_bars.len(), 5 + 1);
    assert_eq!(chart.hit_targets.len(), 10);
    for (us_hit, uk_hit) in chart.hit_targets[..5].iter().zip(&chart.hit_targets[5..]) {
        let (a, b) = (
            us_hit.rect_px.expect("bar rect"),
            uk_hit.rect_px.expect("bar rect"),
        );
        assert!(
            a.x1 <= b.x0 + 1e-9,
            "UK bar right of US bar in the same year"
        );
        assert_eq!(us_hit.x_value, uk_hit.x_value);
    }
    // A bar's height matches its value.
    let hit = &chart.hit_targets[4];
    let rect = hit.rect_px.expect("bar rect");
    assert!((chart.y_scale.value_from_px(rect.y0) - 50.0).abs() < 1e-6);
}

#[test]
fn stacked_segments_rest_on_each_other() {
    let us = five_years(
        "US",
        0,
        [Some(10.0), Some(20.0), Some(30.0), Some(40.0), Some(50.0)],
    );
    let uk = five_years(
        "UK",
        1,
        [Some(5.0), Some(6.0), Some(7.0), Some(8.0), Some(9.0)],
    );
    let chart = draw_bar(&[us, uk], &[], &bar_options(BarMode::Stacked));
    for (below, above) in chart.hit_targets[..5].iter().zip(&chart.hit_targets[5..]) {
        let (a, b) = (below.rect_px.expect("rect"), above.rect_px.expect("rect"));
        assert!(
            (a.y0 - b.y1).abs() < 1e-9,
            "UK segment starts where US ends"
        );
        assert_eq!((a.x0, a.x1), (b.x0, b.x1));
    }
    let top = chart.hit_targets[9].rect_px.expect("rect").y0;
    assert!((chart.y_scale.value_from_px(top) - 59.0).abs() < 1e-6);
}

#[test]
fn a_missing_value_gets_a_no_data_stub_not_a_zero_bar() {
    let us = five_years(
        "US",
        0,
        [Some(10.0), None, Some(30.0), Some(40.0), Some(50.0)],
    );
    let chart = draw_bar(&[us], &[], &bar_options(BarMode::Grouped));
    assert_eq!(chart.hit_targets.len(), 4);
    assert_eq!(
        rects_filled(&chart.svg, &ChartTheme::Light.series_color(0).to_hex()).len(),
        4 + 1
    );
    let axis = ChartTheme::Light.colors().axis.to_hex();
    let stubs = elements(&chart.svg)
        .into_iter()
        .filter(|e| e.tag == "rect" && e.attr("fill") == "none" && e.attr("stroke") == axis)
        .count();
    assert_eq!(stubs, 1 + 1, "one stub plus its legend swatch");
    assert!(texts(&chart.svg).contains(&"No data".to_string()));
}

#[test]
fn bars_take_markers_and_axis_labels() {
    let chart = draw_bar(
        &[twelve_years()],
        &war_markers(),
        &bar_options(BarMode::Grouped),
    );
    let labels = texts(&chart.svg);
    assert!(
        labels.contains(&"US-led invasion".to_string())
            && labels.contains(&"Troop surge".to_string())
    );
    assert!(labels.contains(&"8,000".to_string()), "{labels:?}");
    assert_eq!(chart.hit_targets.len(), 12);
    assert_no_nan(&chart.svg);
    // Bars are centred on their year.
    let hit = &chart.hit_targets[0];
    assert!((chart.x_scale.value_from_px(hit.x_px) - 2001.0).abs() < 1e-6);
    assert_eq!(nearest_hit(&chart, (hit.x_px, hit.y_px + 1.0)), Some(hit));
}

#[test]
fn hollow_values_are_pale_outlined_bars_with_whiskers() {
    let points = vec![
        ChartPoint::new(2001.0, 10.0),
        ChartPoint::new(2002.0, 12.0).hollow().with_range(9.0, 15.0),
    ];
    let chart = draw_bar(
        &[series("s", "S", 0, points)],
        &[],
        &bar_options(BarMode::Grouped),
    );
    let blue = ChartTheme::Light.series_color(0).to_hex();
    let outlined = elements(&chart.svg)
        .into_iter()
        .filter(|e| e.tag == "rect" && e.attr("fill") == "none" && e.attr("stroke") == blue)
        .count();
    assert_eq!(outlined, 1);
    let text_colour = ChartTheme::Light.colors().text.to_hex();
    assert_eq!(
        polylines_stroked(&chart.svg, &text_colour),
        1,
        "one whisker"
    );
    assert!(texts(&chart.svg).contains(&DEFAULT_ESTIMATE_LABEL.to_string()));
}
