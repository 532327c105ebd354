//! Behaviour every drawer shares: empty input, themes, narrow and wide sizes, clean numbers.

use super::fixtures::{appropriations, deaths_by_category, options, twelve_years, war_markers};
use super::probe::*;
use crate::charts::*;

fn all_three(width_px: u32, theme: ChartTheme) -> Vec<RenderedChart> {
    let chart = options(width_px, theme);
    let mut markers_input = appropriations();
    markers_input.points.insert(0, ChartPoint::gap(1989.0));
    let mut hbar = HBarOptions {
        chart: chart.clone(),
        ..HBarOptions::default()
    };
    hbar.chart.height_px = hbar_height_px(8, width_px);
    vec![
        draw_line(
            &[markers_input.clone(), twelve_years()],
            &war_markers(),
            &LineOptions {
                chart: chart.clone(),
                ..LineOptions::default()
            },
        ),
        draw_bar(
            &[markers_input],
            &war_markers(),
            &BarOptions {
                chart,
                mode: BarMode::Grouped,
            },
        ),
        draw_hbar(&deaths_by_category(), &hbar),
    ]
}

#[test]
fn empty_input_says_no_data() {
    let chart = options(640, ChartTheme::Light);
    let gaps = ChartSeries {
        points: vec![ChartPoint::gap(2001.0), ChartPoint::new(2002.0, f64::NAN)],
        ..ChartSeries::default()
    };
    let outside = twelve_years();
    let far_away = LineOptions {
        chart: ChartOptions {
            x_range: Some((1980.0, 1990.0)),
            ..chart.clone()
        },
        ..LineOptions::default()
    };
    let results = [
        draw_line(
            &[],
            &war_markers(),
            &LineOptions {
                chart: chart.clone(),
                ..LineOptions::default()
            },
        ),
        draw_line(
            std::slice::from_ref(&gaps),
            &[],
            &LineOptions {
                chart: chart.clone(),
                ..LineOptions::default()
            },
        ),
        draw_line(&[outside], &[], &far_away),
        draw_bar(
            &[gaps],
            &[],
            &BarOptions {
                chart: chart.clone(),
                ..BarOptions::default()
            },
        ),
        draw_hbar(
            &[ChartCategory {
                label: "None".to_string(),
                ..ChartCategory::default()
            }],
            &HBarOptions {
                chart,
                ..HBarOptions::default()
            },
        ),
    ];
    for result in results {
        assert!(result.is_empty);
        assert_eq!(texts(&result.svg), vec![NO_DATA_TEXT.to_string()]);
        assert!(result.hit_targets.is_empty());
        assert!(result.svg.contains("width=\"640\""));
        assert_no_nan(&result.svg);
        assert_eq!(result.value_from_px((10.0, 10.0)), None);
    }
}

#[test]
fn themes_set_background_text_and_series_colours() {
    for theme in [ChartTheme::Light, ChartTheme::Dark] {
        let colors = theme.colors();
        for chart in all_three(640, theme) {
            let all = elements(&chart.svg);
            let background = tagged(&all, "rect")
                .into_iter()
                .next()
                .expect("background rect");
            assert_eq!(background.attr("fill"), colors.background.to_hex());
            assert_eq!(
                (background.num("width"), background.num("height")),
                (640.0, f64::from(chart.height_px))
            );
            let allowed = [colors.text.to_hex(), colors.text_muted.to_hex()];
            assert!(
                tagged(&all, "text")
                    .iter()
                    .all(|t| allowed.contains(&t.attr("fill").to_string())),
                "{theme:?}"
            );
            assert!(chart.svg.contains(&theme.series_color(0).to_hex()));
        }
    }
}

#[test]
fn labels_stay_inside_at_320_and_1200_px() {
    for width in [320, 1200] {
        for theme in [ChartTheme::Light, ChartTheme::Dark] {
            for chart in all_three(width, theme) {
                assert_eq!(chart.width_px, width);
                assert_texts_inside(&chart.svg, f64::from(width));
                assert_no_nan(&chart.svg);
                let plot = chart.plot_area_px;
                assert!(plot.x0 >= 0.0 && plot.x1 <= f64::from(width) && plot.y0 < plot.y1);
            }
        }
    }
}

#[test]
fn narrow_charts_use_fewer_ticks_and_smaller_type() {
    let [narrow, wide] = [320, 1200].map(|w| {
        draw_line(
            &[appropriations()],
            &[],
            &LineOptions {
                chart: options(w, ChartTheme::Light),
                ..LineOptions::default()
            },
        )
    });
    let years = |svg: &str| {
        texts(svg)
            .iter()
            .filter(|t| t.len() == 4 && t.starts_with("20"))
            .count()
    };
    assert!(
        years(&narrow.svg) < years(&wide.svg),
        "{} vs {}",
        years(&narrow.svg),
        years(&wide.svg)
    );
    assert!(narrow.svg.contains("font-size=\"11\"") && !narrow.svg.contains("font-size=\"12\""));
    assert!(wide.svg.contains("font-size=\"12\""));
}

#[test]
fn font_sizes_and_coordinates_are_plain_numbers() {
    for chart in all_three(640, ChartTheme::Light) {
        for element in elements(&chart.svg) {
            for (key, value) in &element.attrs {
                if ["x", "y", "cx", "cy", "width", "height", "font-size", "r"]
                    .contains(&key.as_str())
                {
                    assert!(
                        value.len() <= 6 && value.parse::<f64>().is_ok(),
                        "{key}={value}"
                    );
                }
            }
        }
    }
}

#[test]
fn nearest_hit_prefers_the_bar_under_the_pointer() {
    let chart = draw_hbar(&deaths_by_category(), &HBarOptions::default());
    let target = &chart.hit_targets[3];
    let rect = target.rect_px.expect("rect");
    let inside = ((rect.x0 + rect.x1) / 2.0, (rect.y0 + rect.y1) / 2.0);
    assert_eq!(nearest_hit(&chart, inside).map(|h| h.point_index), Some(3));
}
