//! The province map: shapes, dots, merging, the size key and the hit test.

use super::*;

const WEST: &[(f32, f32)] = &[(60.0, 30.0), (65.0, 30.0), (65.0, 38.0), (60.0, 30.0)];
const EAST: &[(f32, f32)] = &[
    (65.0, 30.0),
    (75.0, 30.0),
    (75.0, 38.0),
    (65.0, 38.0),
    (65.0, 30.0),
];
const WEST_RINGS: &[&[(f32, f32)]] = &[WEST];
const EAST_RINGS: &[&[(f32, f32)]] = &[EAST];

fn regions(highlight_east: bool) -> Vec<MapRegion<'static>> {
    vec![
        MapRegion {
            name: "West",
            rings: WEST_RINGS,
            highlighted: false,
        },
        MapRegion {
            name: "East",
            rings: EAST_RINGS,
            highlighted: highlight_east,
        },
    ]
}

fn options(width_px: u32) -> MapOptions {
    MapOptions {
        width_px,
        theme: ChartTheme::Light,
        aria_label: "Map of test regions".to_string(),
    }
}

fn dot(lon: f64, lat: f64, deaths: f64) -> MapDot {
    MapDot { lon, lat, deaths }
}

#[test]
fn draws_every_region_and_a_dot_per_place() {
    let dots = [dot(70.0, 34.0, 5.0), dot(62.0, 31.0, 500.0)];
    let map = draw_map(&regions(false), &dots, &options(640));
    assert_eq!(map.svg.matches("<polygon").count(), 2);
    assert_eq!(map.dots_drawn, 2);
    // Two event dots and three in the size key.
    assert_eq!(map.svg.matches("<circle").count(), 5);
    assert!(map.svg.contains("aria-label=\"Map of test regions\""));
    assert!(
        map.svg.contains("Deaths") && map.svg.contains("1,000"),
        "{}",
        map.svg
    );
}

#[test]
fn nearby_events_merge_into_one_dot_with_their_deaths() {
    let dots: Vec<MapDot> = (0..1000).map(|_| dot(70.0, 34.0, 1.0)).collect();
    let map = draw_map(&regions(false), &dots, &options(640));
    assert_eq!(map.dots_drawn, 1);
    let hundred_thousand: Vec<MapDot> = (0..100_000)
        .map(|i| {
            dot(
                60.0 + f64::from(i % 1000) * 0.015,
                30.0 + f64::from(i / 1000) * 0.08,
                1.0,
            )
        })
        .collect();
    let map = draw_map(&regions(false), &hundred_thousand, &options(640));
    assert!(map.dots_drawn < 50_000, "{}", map.dots_drawn);
}

#[test]
fn highlighted_regions_get_a_tint() {
    let plain = draw_map(&regions(false), &[], &options(640));
    let tinted = draw_map(&regions(true), &[], &options(640));
    assert_eq!(
        tinted.svg.matches("<polygon").count(),
        plain.svg.matches("<polygon").count() + 1
    );
}

#[test]
fn a_click_finds_its_region() {
    let regions = regions(false);
    let map = draw_map(&regions, &[], &options(320));
    let Some(projection) = map.projection else {
        panic!("regions give a projection");
    };
    let east_px = projection.px_from_lonlat((70.0, 34.0));
    assert_eq!(region_at(&regions, &map, east_px), Some(1));
    let west_px = projection.px_from_lonlat((61.0, 30.5));
    assert_eq!(region_at(&regions, &map, west_px), Some(0));
    assert_eq!(region_at(&regions, &map, (-50.0, -50.0)), None);
}

#[test]
fn stays_legible_on_a_phone() {
    let map = draw_map(&regions(false), &[dot(70.0, 34.0, 0.0)], &options(320));
    assert_eq!(map.width_px, 320);
    assert!(
        map.height_px >= 160 && map.height_px < 400,
        "{}",
        map.height_px
    );
    assert!(map.svg.contains("font-size=\"11\""));
    assert!(dot_radius_px(0.0, 320) >= 2.0);
}

#[test]
fn dot_area_grows_with_deaths_and_is_capped() {
    let radii: Vec<f64> = [0.0, 10.0, 100.0, 1000.0, 1e9]
        .map(|d| dot_radius_px(d, 640))
        .to_vec();
    assert!(radii.windows(2).all(|pair| pair[0] <= pair[1]), "{radii:?}");
    assert!(radii[4] <= 16.0);
    assert_eq!(dot_radius_px(f64::NAN, 640), dot_radius_px(0.0, 640));
}

#[test]
fn no_regions_still_gives_an_svg() {
    let map = draw_map(&[], &[dot(f64::NAN, 1.0, 1.0)], &options(100));
    assert!(map.svg.starts_with("<svg"));
    assert_eq!(map.width_px, 240);
    assert!(map.projection.is_none());
}

#[test]
fn layers_stack_into_the_whole_map() {
    let dots = [dot(70.0, 34.0, 5.0), dot(62.0, 31.0, 500.0)];
    let whole = draw_map(&regions(true), &dots, &options(480));
    let base = draw_map_layers(&regions(true), &dots, &options(480), MapLayers::Regions);
    let overlay = draw_map_layers(&regions(true), &dots, &options(480), MapLayers::Dots);
    assert_eq!(
        (base.width_px, base.height_px),
        (whole.width_px, whole.height_px)
    );
    assert_eq!(
        (overlay.width_px, overlay.height_px),
        (whole.width_px, whole.height_px)
    );
    assert_eq!(base.projection, overlay.projection);
    let count = |svg: &str, tag: &str| svg.matches(tag).count();
    assert_eq!(count(&base.svg, "<polygon"), count(&whole.svg, "<polygon"));
    assert_eq!(
        count(&overlay.svg, "<polygon") + count(&overlay.svg, "<rect"),
        0,
        "the overlay is transparent"
    );
    assert_eq!(
        count(&base.svg, "<circle") + count(&overlay.svg, "<circle"),
        count(&whole.svg, "<circle")
    );
    assert_eq!(overlay.dots_drawn, 2);
}

#[test]
fn the_dot_layer_holds_the_dots_the_svg_draws() {
    let dots = [
        dot(70.0, 34.0, 5.0),
        dot(70.0, 34.0, 7.0),
        dot(62.0, 31.0, 500.0),
        dot(f64::NAN, 31.0, 9.0),
    ];
    let drawn = draw_map_layers(&regions(false), &dots, &options(480), MapLayers::Dots);
    let layer = map_dot_layer(&regions(false), &dots, &options(480));
    assert_eq!(
        (layer.width_px, layer.height_px),
        (drawn.width_px, drawn.height_px)
    );
    assert_eq!(layer.marks.len(), drawn.dots_drawn);
    // The two events at one place are one dot carrying 12 deaths; the biggest dot comes first.
    assert_eq!(layer.marks.len(), 2);
    assert_eq!(layer.marks[0].radius_px, dot_radius_px(500.0, 480).round());
    assert_eq!(layer.marks[1].radius_px, dot_radius_px(12.0, 480).round());
    let projection = drawn.projection.expect("regions give a projection");
    let (x, y) = projection.px_from_lonlat((70.0, 34.0));
    let (mark_x, mark_y) = layer.marks[1].centre_px;
    assert!((mark_x - x).abs() < 1e-9 && (mark_y - y).abs() < 1e-9);
    // Each mark is a circle in the SVG, at its place and size.
    let circle = format!(
        "<circle cx=\"{}\" cy=\"{}\" r=\"{}\"",
        mark_x.round(),
        mark_y.round(),
        layer.marks[1].radius_px
    );
    assert!(drawn.svg.contains(&circle), "{circle} in {}", drawn.svg);
    assert!(layer.opacity > 0.0 && layer.opacity <= 1.0);
    assert_eq!(layer.color, ChartTheme::Light.series_color(1));
}

#[test]
fn the_dot_layer_without_regions_is_empty() {
    let layer = map_dot_layer(&[], &[dot(70.0, 34.0, 5.0)], &options(100));
    assert!(layer.marks.is_empty());
    assert_eq!(layer.width_px, 240);
}
