//! Chart drawing: plain functions from a series to an SVG string, tested natively.
//!
//! Input types ([`ChartSeries`], [`ChartPoint`], [`ChartMarker`], [`ChartCategory`]) are the
//! charts' own; nothing here reads the dataset. Each drawer returns a [`RenderedChart`]: the SVG
//! plus the hit targets a component overlays for tooltips and keyboard focus. All positions are
//! in chart px (SVG user units, origin top-left); a component scales pointer positions by
//! `width_px / bounding_rect.width` before calling [`nearest_hit`].

mod axes;
mod bar;
mod bar_grid;
mod canvas;
mod cumulative;
mod frame;
mod hbar;
mod hbar_layout;
mod hit;
mod legend;
mod line;
mod line_marks;
mod map;
mod map_marks;
mod map_projection;
mod markers;
mod marks;
mod options;
mod palette;
mod rendered;
mod scale;
mod spec;
mod support;
mod text;
mod theme;
mod ticks;

pub use bar::draw_bar;
pub use canvas::{escape_xml, NO_DATA_TEXT};
pub use cumulative::running_total;
pub use hbar::{draw_hbar, hbar_height_px};
pub use hit::{nearest_hit, HitKind, HitTarget, PxRect};
pub use line::draw_line;
pub use map::{
    draw_map, draw_map_layers, map_dot_layer, region_at, DotLayer, DotMark, MapDot, MapLayers,
    MapOptions, MapRegion, RenderedMap,
};
pub use map_marks::{dot_radius_px, MERGE_CELL_PX};
pub use map_projection::{point_in_rings, LonLatBounds, MapProjection};
pub use options::{
    BarMode, BarOptions, ChartOptions, CumulativeLine, HBarOptions, LineOptions,
    DEFAULT_ESTIMATE_LABEL,
};
pub use palette::{contrast_ratio, Rgb};
pub use rendered::{PlacedMarker, RenderedChart};
pub use scale::LinearScale;
pub use spec::{ChartCategory, ChartMarker, ChartPoint, ChartSeries, PointStyle};
pub use text::{text_width_px, Typography};
pub use theme::{ChartTheme, ThemeColors};
pub use ticks::{nice_ticks, tick_labels, year_ticks, Ticks};

#[cfg(test)]
mod tests;
