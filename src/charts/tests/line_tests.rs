//! Line chart output.

use super::fixtures::{appropriations, options, series, twelve_years, war_markers};
use super::probe::*;
use crate::charts::*;
use crate::model::format::UnitKind;

fn line_options(width_px: u32) -> LineOptions {
    LineOptions {
        chart: options(width_px, ChartTheme::Light),
        ..LineOptions::default()
    }
}

fn blue() -> String {
    ChartTheme::Light.series_color(0).to_hex()
}

#[test]
fn twelve_points_give_one_polyline_and_twelve_dots() {
    let chart = draw_line(&[twelve_years()], &[], &line_options(640));
    assert_eq!(polylines_stroked(&chart.svg, &blue()), 1);
    assert_eq!(circles_filled(&chart.svg, &blue()), 12);
    assert_eq!(chart.hit_targets.len(), 12);
    assert!(chart.svg.starts_with("<svg width=\"640\" height=\"420\""));
    assert!(chart
        .svg
        .contains("role=\"img\" aria-label=\"Line chart: Civilians killed\""));
    assert_no_nan(&chart.svg);
}

#[test]
fn a_gap_splits_the_line_and_is_not_drawn_as_zero() {
    let mut input = twelve_years();
    input.points[5].y = None;
    let chart = draw_line(&[input], &[], &line_options(640));
    assert_eq!(polylines_stroked(&chart.svg, &blue()), 2);
    assert_eq!(circles_filled(&chart.svg, &blue()), 11);
    assert!(chart.hit_targets.iter().all(|hit| hit.point_index != 5));
    // Nothing of the series' colour sits on the zero line at 2006.
    let zero_y = chart.y_scale.px_from_value(0.0).round();
    let gap_x = chart.x_scale.px_from_value(2006.0).round();
    let on_zero = elements(&chart.svg)
        .into_iter()
        .filter(|e| e.tag == "circle" && e.num("cy") == zero_y && e.num("cx") == gap_x)
        .count();
    assert_eq!(on_zero, 0);
}

#[test]
fn an_isolated_value_between_gaps_still_gets_a_dot() {
    let points = vec![
        ChartPoint::new(2001.0, 5.0),
        ChartPoint::gap(2002.0),
        ChartPoint::new(2003.0, 7.0),
        ChartPoint::gap(2004.0),
        ChartPoint::new(2005.0, 6.0),
        ChartPoint::new(2006.0, 8.0),
    ];
    let opts = LineOptions {
        show_points: false,
        ..line_options(640)
    };
    let chart = draw_line(&[series("s", "S", 0, points)], &[], &opts);
    assert_eq!(
        polylines_stroked(&chart.svg, &blue()),
        1,
        "only 2005-2006 forms a line"
    );
    assert_eq!(
        circles_filled(&chart.svg, &blue()),
        2,
        "2001 and 2003 stand alone"
    );
}

#[test]
fn requests_are_hollow_dashed_and_explained_in_the_legend() {
    let mut opts = line_options(640);
    opts.chart.value_unit = UnitKind::Usd;
    let chart = draw_line(&[appropriations()], &[], &opts);
    assert_eq!(
        rings_stroked(&chart.svg, &blue()),
        2,
        "FY2020 and FY2021 are requests"
    );
    assert_eq!(circles_filled(&chart.svg, &blue()), 19);
    // One solid polyline for 2001-2019, then dashes (several short polylines) into the requests.
    assert!(polylines_stroked(&chart.svg, &blue()) > 3);
    assert!(texts(&chart.svg).contains(&DEFAULT_ESTIMATE_LABEL.to_string()));
    assert!(
        texts(&chart.svg).iter().any(|t| t == "$100bn"),
        "{:?}",
        texts(&chart.svg)
    );
}

#[test]
fn ranges_become_a_band_and_a_lone_range_a_whisker() {
    let mut input = twelve_years();
    for point in input.points.iter_mut().take(4) {
        *point = point.with_range(point.y.unwrap_or(0.0) * 0.8, point.y.unwrap_or(0.0) * 1.2);
    }
    input.points[8] = input.points[8].with_range(5000.0, 7000.0);
    let chart = draw_line(&[input], &[], &line_options(640));
    let all = elements(&chart.svg);
    let bands = tagged(&all, "polygon")
        .into_iter()
        .filter(|e| e.attr("fill") == blue())
        .count();
    assert_eq!(bands, 1);
    let text_colour = ChartTheme::Light.colors().text.to_hex();
    assert_eq!(
        polylines_stroked(&chart.svg, &text_colour),
        1,
        "whisker for 2009"
    );
}

#[test]
fn axis_labels_use_separators_and_years_do_not() {
    let chart = draw_line(&[twelve_years()], &[], &line_options(1200));
    let labels = texts(&chart.svg);
    assert!(labels.contains(&"8,000".to_string()), "{labels:?}");
    assert!(labels.contains(&"2010".to_string()));
    for year in 2001..=2012 {
        let grouped = format!("2,{:03}", year - 2000);
        assert!(
            !labels.contains(&grouped),
            "year {year} must not get a separator"
        );
    }
    assert!(labels.contains(&"Deaths".to_string()), "value axis title");
}

#[test]
fn the_legend_lists_series_only_when_there_are_several() {
    let mut other = twelve_years();
    other.label = "Security forces killed".to_string();
    other.color_index = 1;
    let chart = draw_line(&[twelve_years(), other], &[], &line_options(640));
    let labels = texts(&chart.svg);
    assert!(
        labels.contains(&"Civilians killed".to_string())
            && labels.contains(&"Security forces killed".to_string())
    );
    let single = draw_line(&[twelve_years()], &[], &line_options(640));
    assert!(!texts(&single.svg).contains(&"Civilians killed".to_string()));
}

#[test]
fn cumulative_line_gets_its_own_axis_and_totals() {
    let mut opts = line_options(640);
    opts.chart.value_unit = UnitKind::Usd;
    opts.cumulative = Some(CumulativeLine {
        series_index: 0,
        label: "Running total".to_string(),
        color_index: 1,
        axis_label: "Total".to_string(),
    });
    let chart = draw_line(&[appropriations()], &[], &opts);
    let vermillion = ChartTheme::Light.series_color(1).to_hex();
    assert!(polylines_stroked(&chart.svg, &vermillion) >= 1);
    let totals: Vec<&HitTarget> = chart
        .hit_targets
        .iter()
        .filter(|h| h.kind == HitKind::CumulativePoint)
        .collect();
    assert_eq!(totals.len(), 21);
    let sum: f64 = appropriations().points.iter().filter_map(|p| p.y).sum();
    assert!(totals
        .last()
        .is_some_and(|last| (last.value - sum).abs() < 1.0));
    let labels = texts(&chart.svg);
    assert!(labels.contains(&"Running total".to_string()) && labels.contains(&"Total".to_string()));
    assert!(
        labels.iter().any(|l| l.ends_with("tn")),
        "right axis reaches trillions: {labels:?}"
    );
}

#[test]
fn markers_show_full_labels_when_wide_and_stay_inside_when_narrow() {
    let mut input = appropriations();
    input.points.insert(0, ChartPoint::gap(1989.0));
    let wide = draw_line(&[input.clone()], &war_markers(), &line_options(1200));
    let labels = texts(&wide.svg);
    for expected in [
        "Soviet withdrawal",
        "US-led invasion",
        "Doha agreement",
        "Fall of Kabul",
    ] {
        assert!(
            labels.contains(&expected.to_string()),
            "{expected} in {labels:?}"
        );
    }
    assert_eq!(wide.markers.len(), 6);
    let narrow = draw_line(&[input], &war_markers(), &line_options(320));
    assert_texts_inside(&narrow.svg, 320.0);
    assert!(!texts(&narrow.svg).contains(&"Fall of Kabul".to_string()));
    assert!(narrow.markers.iter().all(|m| m.shown_text.is_some()));
}

#[test]
fn markers_outside_the_x_range_are_left_out() {
    let chart = draw_line(&[twelve_years()], &war_markers(), &line_options(1200));
    assert_eq!(
        chart.markers.len(),
        2,
        "only invasion (2001.77) and surge (2009.92) fall in 2001-2012"
    );
    assert!(!texts(&chart.svg).contains(&"Soviet withdrawal".to_string()));
}

#[test]
fn hit_targets_map_back_to_their_points() {
    let input = twelve_years();
    let chart = draw_line(std::slice::from_ref(&input), &[], &line_options(640));
    for hit in &chart.hit_targets {
        let point = input.points[hit.point_index];
        assert_eq!(Some(hit.value), point.y);
        let (x, y) = chart
            .value_from_px((hit.x_px, hit.y_px))
            .expect("inside plot");
        assert!((x - point.x).abs() < 1e-6 && (y - hit.value).abs() < 1e-6);
        assert_eq!(
            nearest_hit(&chart, (hit.x_px + 2.0, hit.y_px - 2.0)),
            Some(hit)
        );
    }
    // Hit targets sit where the dots are drawn.
    let dots: Vec<(f64, f64)> = elements(&chart.svg)
        .iter()
        .filter(|e| e.tag == "circle")
        .map(|e| (e.num("cx"), e.num("cy")))
        .collect();
    assert!(chart
        .hit_targets
        .iter()
        .all(|h| dots.contains(&(h.x_px.round(), h.y_px.round()))));
    assert_eq!(
        nearest_hit(&chart, (1.0, 1.0)),
        None,
        "far outside the plot"
    );
}

#[test]
fn x_range_and_non_finite_values_are_handled() {
    let mut input = twelve_years();
    input.points[3].y = Some(f64::NAN);
    input.points[4] = input.points[4].with_range(f64::NEG_INFINITY, 3.0);
    let mut opts = line_options(640);
    opts.chart.x_range = Some((2003.0, 2008.0));
    let chart = draw_line(&[input], &[], &opts);
    assert_no_nan(&chart.svg);
    assert_eq!(chart.hit_targets.len(), 5, "2003-2008 minus the NaN year");
    assert_eq!(
        polylines_stroked(&chart.svg, &blue()),
        1,
        "NaN is a gap: 2003 stands alone"
    );
    assert_eq!(circles_filled(&chart.svg, &blue()), 5);
}
