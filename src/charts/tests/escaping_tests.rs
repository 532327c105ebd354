//! Labels from the data reach the page inside SVG strings that the browser parses (innerHTML),
//! so every drawer must escape them, once: markup stays text, "&" becomes "&amp;" and an
//! already escaped-looking "&amp;" becomes "&amp;amp;". Checked on every kind of label a chart
//! draws (legend, categories, markers, axis title, accessible name), with the strings of the
//! hostile test data (tests/fixtures/hostile-data/).

use super::fixtures::{appropriations, deaths_by_category, options, series};
use crate::charts::*;

const SCRIPT: &str = "<script>window.__pwned=1</script>";
const IMG: &str = "<img src=x onerror=\"window.__pwned=1\">";
const MIXED: &str = "Australia <b>&amp;</b> \u{202e}د افغانستان\u{202c} & co\u{200d}";

/// Tags a drawer may write; anything else after a `<` is a label that escaped its escaping.
const SVG_TAGS: &[&str] = &[
    "svg", "rect", "circle", "polyline", "polygon", "text", "line", "path", "g",
];

/// Every `<` opens (or closes) a known SVG tag and every `&` starts an XML entity.
fn assert_well_escaped(svg: &str) {
    for (at, _) in svg.match_indices('<') {
        let rest = svg[at + 1..].trim_start_matches('/');
        let name: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        assert!(
            SVG_TAGS.contains(&name.as_str()),
            "unexpected markup <{name} at {at}: {}",
            &svg[at..(at + 60).min(svg.len())]
        );
    }
    for (at, _) in svg.match_indices('&') {
        let rest = &svg[at..];
        assert!(
            ["&amp;", "&lt;", "&gt;", "&quot;", "&apos;", "&#"]
                .iter()
                .any(|entity| rest.starts_with(entity)),
            "a bare & at {at}: {}",
            &rest[..rest.len().min(40)]
        );
    }
}

fn hostile_markers() -> Vec<ChartMarker> {
    vec![
        ChartMarker {
            x: 2009.92,
            label: format!("Troop surge: {SCRIPT}"),
            short_label: format!("{IMG} surge"),
        },
        ChartMarker {
            x: 2014.99,
            label: MIXED.to_string(),
            short_label: "&amp; ends".to_string(),
        },
    ]
}

fn hostile_chart_options(width_px: u32) -> ChartOptions {
    ChartOptions {
        value_label: format!("US$ {IMG} & more"),
        x_label: SCRIPT.to_string(),
        aria_label: format!("A chart of {MIXED} \"quoted\""),
        estimate_label: format!("{SCRIPT} estimate"),
        ..options(width_px, ChartTheme::Light)
    }
}

fn hostile_series() -> Vec<ChartSeries> {
    let mut money = appropriations();
    money.label = format!("In Iran {SCRIPT} \u{202e}NARI\u{202c}");
    let other = series(
        "other",
        MIXED,
        1,
        (2001..2013)
            .map(|year| ChartPoint::new(f64::from(year), f64::from(year - 2000) * 1e9))
            .collect(),
    );
    vec![money, other]
}

#[test]
fn line_and_bar_labels_are_escaped_once() {
    for width in [320, 1200] {
        let line = draw_line(
            &hostile_series(),
            &hostile_markers(),
            &LineOptions {
                chart: hostile_chart_options(width),
                ..LineOptions::default()
            },
        );
        let bar = draw_bar(
            &hostile_series(),
            &hostile_markers(),
            &BarOptions {
                chart: hostile_chart_options(width),
                mode: BarMode::Stacked,
            },
        );
        for svg in [&line.svg, &bar.svg] {
            assert_well_escaped(svg);
            assert!(!svg.contains("<script") && !svg.contains("<img") && !svg.contains("<b>"));
            // The accessible name and the legend keep the text, escaped.
            assert!(svg.contains("aria-label=\"A chart of Australia &lt;b&gt;&amp;amp;&lt;/b&gt;"));
            assert!(svg.contains("&quot;quoted&quot;"));
            assert!(
                svg.contains("&lt;script&gt;window.__pwned=1&lt;/script&gt;"),
                "{width}"
            );
        }
    }
}

#[test]
fn category_labels_are_escaped_once() {
    let mut categories = deaths_by_category();
    categories[0].label = format!("{IMG} DoD war-fighting & costs\u{200d}");
    categories[1].label = MIXED.to_string();
    for width in [320, 1200] {
        let mut chart = hostile_chart_options(width);
        chart.height_px = hbar_height_px(categories.len(), width);
        let drawn = draw_hbar(
            &categories,
            &HBarOptions {
                chart,
                ..HBarOptions::default()
            },
        );
        assert_well_escaped(&drawn.svg);
        assert!(drawn
            .svg
            .contains("&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;"));
        assert!(drawn.svg.contains("Australia &lt;b&gt;&amp;amp;&lt;/b&gt;"));
        assert!(!drawn.svg.contains("&amp;amp;amp;"), "escaped twice");
    }
}

#[test]
fn map_and_message_svgs_are_escaped() {
    const SQUARE: &[(f32, f32)] = &[(60.0, 30.0), (65.0, 30.0), (65.0, 38.0), (60.0, 30.0)];
    const RINGS: &[&[(f32, f32)]] = &[SQUARE];
    let regions = [MapRegion {
        name: SCRIPT,
        rings: RINGS,
        highlighted: true,
    }];
    let map = draw_map(
        &regions,
        &[MapDot {
            lon: 62.0,
            lat: 33.0,
            deaths: 3.0,
        }],
        &MapOptions {
            width_px: 400,
            theme: ChartTheme::Dark,
            aria_label: format!("Events in {MIXED}"),
        },
    );
    assert_well_escaped(&map.svg);
    assert!(map
        .svg
        .contains("Events in Australia &lt;b&gt;&amp;amp;&lt;/b&gt;"));
    // An empty chart draws the message SVG by hand; its accessible name is escaped too.
    let empty = draw_line(
        &[],
        &[],
        &LineOptions {
            chart: hostile_chart_options(640),
            ..LineOptions::default()
        },
    );
    assert!(empty.is_empty);
    assert_well_escaped(&empty.svg);
}
