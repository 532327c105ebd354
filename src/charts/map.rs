//! A province map: regions filled (highlighted ones tinted), events as dots whose area grows
//! with deaths, and a size key. Input is the map's own types; nothing here reads the dataset.

use super::canvas::{render_svg, Canvas, DrawResult, Paint, Stroke};
use super::map_marks::{dot_radius_px, draw_size_key, merge_dots};
use super::map_projection::{point_in_rings, LonLatBounds, MapProjection};
use super::palette::Rgb;
use super::theme::{ChartTheme, Look};

/// One region (a province): its rings in lon/lat, exterior first, then holes.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MapRegion<'a> {
    pub name: &'a str,
    pub rings: &'a [&'a [(f32, f32)]],
    /// Drawn tinted, e.g. because the list is filtered to it.
    pub highlighted: bool,
}

/// One event to mark; `deaths` sizes the dot (0 for none published).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MapDot {
    pub lon: f64,
    pub lat: f64,
    pub deaths: f64,
}

/// Size, colours and accessible name of a map.
#[derive(Debug, Clone, PartialEq)]
pub struct MapOptions {
    /// SVG width in px, clamped to 240..=2000; the height follows the regions' shape.
    pub width_px: u32,
    pub theme: ChartTheme,
    pub aria_label: String,
}

/// A drawn map and how to find what lies under a pointer.
#[derive(Debug, Clone, PartialEq)]
pub struct RenderedMap {
    pub svg: String,
    pub width_px: u32,
    pub height_px: u32,
    /// Chart px <-> lon/lat; `None` when there were no regions to fit.
    pub projection: Option<MapProjection>,
    /// Dots drawn after events closer than `MERGE_CELL_PX` were merged.
    pub dots_drawn: usize,
}

/// Blank margin round the regions, in px.
pub(crate) const PAD_PX: f64 = 8.0;

/// Which parts of the map to draw: a page can keep the regions (which change rarely) in one
/// SVG and lay the dots (which change with every filter) over them in a second, transparent one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MapLayers {
    /// Background, regions, dots and size key: one self-contained map.
    All,
    /// Background, regions and size key.
    Regions,
    /// Only the dots, on a transparent background, at the same size and projection.
    Dots,
}

/// Draws the regions and dots. Dots without finite coordinates are left out.
pub fn draw_map(regions: &[MapRegion], dots: &[MapDot], options: &MapOptions) -> RenderedMap {
    draw_map_layers(regions, dots, options, MapLayers::All)
}

/// One event dot as drawn, in chart px.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DotMark {
    pub centre_px: (f64, f64),
    pub radius_px: f64,
}

/// The dots of a map as marks, for a page that paints them on a canvas of its own: a selection
/// of 100,000 events is thousands of dots, which as SVG markup cost the browser far more to
/// parse on every keystroke than to paint.
#[derive(Debug, Clone, PartialEq)]
pub struct DotLayer {
    pub width_px: u32,
    pub height_px: u32,
    pub color: Rgb,
    pub opacity: f64,
    /// Biggest first, so small dots are painted on top of large ones.
    pub marks: Vec<DotMark>,
}

/// Size and projection shared by every layer of the same regions, width and theme.
struct MapFrame {
    width_px: u32,
    height_px: u32,
    projection: Option<MapProjection>,
    look: Look,
}

impl MapFrame {
    fn fit(regions: &[MapRegion], options: &MapOptions) -> MapFrame {
        let width_px = options.width_px.clamp(240, 2000);
        let corners = regions
            .iter()
            .flat_map(|region| region.rings.iter().flat_map(|ring| ring.iter()))
            .map(|&(lon, lat)| (f64::from(lon), f64::from(lat)));
        let fitted = LonLatBounds::of_points(corners)
            .map(|bounds| MapProjection::fit(bounds, f64::from(width_px), PAD_PX));
        let height_px = fitted.map_or(160.0, |(_, height)| height).ceil().max(160.0) as u32;
        MapFrame {
            width_px,
            height_px,
            projection: fitted.map(|(projection, _)| projection),
            look: Look::new(options.theme, (width_px, height_px)),
        }
    }

    fn dot_paint(&self) -> Paint {
        Paint {
            color: self.look.theme.series_color(1),
            opacity: 0.6,
            filled: true,
        }
    }

    /// The dots, merged where they crowd; none without a projection.
    fn dot_marks(&self, dots: &[MapDot]) -> Vec<DotMark> {
        let Some(projection) = self.projection else {
            return Vec::new();
        };
        merge_dots(dots, &projection, (self.width_px, self.height_px))
            .into_iter()
            .map(|dot| DotMark {
                centre_px: dot.centre_px,
                radius_px: dot_radius_px(dot.deaths, self.width_px).round(),
            })
            .collect()
    }
}

/// The dot layer of a map of `regions` (same size and projection as its other layers).
pub fn map_dot_layer(regions: &[MapRegion], dots: &[MapDot], options: &MapOptions) -> DotLayer {
    let frame = MapFrame::fit(regions, options);
    let paint = frame.dot_paint();
    DotLayer {
        width_px: frame.width_px,
        height_px: frame.height_px,
        color: paint.color,
        opacity: paint.opacity,
        marks: frame.dot_marks(dots),
    }
}

/// Draws some layers of the map; every layer of the same regions and width has the same size
/// and projection, so they can be stacked.
pub fn draw_map_layers(
    regions: &[MapRegion],
    dots: &[MapDot],
    options: &MapOptions,
    layers: MapLayers,
) -> RenderedMap {
    let frame = MapFrame::fit(regions, options);
    let (with_regions, with_dots) = match layers {
        MapLayers::All => (true, true),
        MapLayers::Regions => (true, false),
        MapLayers::Dots => (false, true),
    };
    let marks = if with_dots {
        frame.dot_marks(dots)
    } else {
        Vec::new()
    };
    let dot_paint = frame.dot_paint();
    let (width_px, height_px, look) = (frame.width_px, frame.height_px, &frame.look);
    let svg = render_svg((width_px, height_px), &options.aria_label, |canvas| {
        if with_regions {
            canvas.fill(look.colors.background)?;
        }
        let Some(projection) = frame.projection else {
            return Ok(());
        };
        if with_regions {
            draw_regions(canvas, regions, &projection, look)?;
            draw_size_key(canvas, look, dot_paint)?;
        }
        for mark in &marks {
            canvas.circle(mark.centre_px, mark.radius_px as u32, dot_paint, 0)?;
        }
        Ok(())
    });
    RenderedMap {
        svg: svg.unwrap_or_default(),
        width_px,
        height_px,
        projection: frame.projection,
        dots_drawn: marks.len(),
    }
}

/// Index of the region under a chart px, if any.
pub fn region_at(
    regions: &[MapRegion],
    map: &RenderedMap,
    px_in_chart: (f64, f64),
) -> Option<usize> {
    let lonlat = map.projection?.lonlat_from_px(px_in_chart);
    regions
        .iter()
        .position(|region| point_in_rings(region.rings, lonlat))
}

fn draw_regions(
    canvas: &Canvas,
    regions: &[MapRegion],
    projection: &MapProjection,
    look: &Look,
) -> DrawResult {
    let border = Stroke {
        color: look.colors.text_muted,
        width_px: 1,
        opacity: 0.55,
    };
    let tint = look.theme.series_color(0);
    for region in regions {
        for (ring_index, ring) in region.rings.iter().enumerate() {
            let points: Vec<(f64, f64)> = ring
                .iter()
                .map(|&(lon, lat)| projection.px_from_lonlat((f64::from(lon), f64::from(lat))))
                .collect();
            // Holes are filled with the background so the region around them stays visible.
            let fill = if ring_index == 0 {
                look.colors.grid
            } else {
                look.colors.background
            };
            canvas.polygon(&points, fill, 1.0)?;
            if region.highlighted && ring_index == 0 {
                canvas.polygon(&points, tint, 0.3)?;
            }
            canvas.polyline(&points, border)?;
        }
    }
    Ok(())
}

#[cfg(test)]
#[path = "tests/map_tests.rs"]
mod tests;
