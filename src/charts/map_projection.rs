//! Map coordinates: longitude/latitude to chart px and back, and which region holds a point.
//!
//! The projection is equirectangular with longitudes shrunk by cos(latitude) at the map's
//! middle, which keeps a country the size of Afghanistan (29–38° N) close to true shape.

/// Longitude/latitude bounds, in degrees.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LonLatBounds {
    pub lon_min: f64,
    pub lat_min: f64,
    pub lon_max: f64,
    pub lat_max: f64,
}

impl LonLatBounds {
    /// The smallest bounds holding every finite point; `None` without one.
    pub fn of_points(points: impl Iterator<Item = (f64, f64)>) -> Option<LonLatBounds> {
        points
            .filter(|(lon, lat)| lon.is_finite() && lat.is_finite())
            .fold(None, |bounds, (lon, lat)| {
                let b = bounds.unwrap_or(LonLatBounds {
                    lon_min: lon,
                    lat_min: lat,
                    lon_max: lon,
                    lat_max: lat,
                });
                Some(LonLatBounds {
                    lon_min: b.lon_min.min(lon),
                    lat_min: b.lat_min.min(lat),
                    lon_max: b.lon_max.max(lon),
                    lat_max: b.lat_max.max(lat),
                })
            })
    }
}

/// Maps lon/lat degrees to chart px (origin top-left) and back.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MapProjection {
    bounds: LonLatBounds,
    /// cos(middle latitude): how much a degree of longitude is shorter than one of latitude.
    lon_factor: f64,
    /// Chart px per degree of latitude.
    px_per_degree: f64,
    pad_px: f64,
}

impl MapProjection {
    /// Fits `bounds` into `width_px` with `pad_px` on every side; returns the projection and
    /// the height in px the map needs. Degenerate bounds are widened so nothing divides by 0.
    pub fn fit(bounds: LonLatBounds, width_px: f64, pad_px: f64) -> (MapProjection, f64) {
        let mut bounds = bounds;
        if bounds.lon_max - bounds.lon_min < 1e-6 {
            bounds.lon_min -= 0.5;
            bounds.lon_max += 0.5;
        }
        if bounds.lat_max - bounds.lat_min < 1e-6 {
            bounds.lat_min -= 0.5;
            bounds.lat_max += 0.5;
        }
        let middle = ((bounds.lat_min + bounds.lat_max) / 2.0).to_radians();
        let lon_factor = middle.cos().clamp(0.05, 1.0);
        let inner_width = (width_px - 2.0 * pad_px).max(1.0);
        let px_per_degree = inner_width / ((bounds.lon_max - bounds.lon_min) * lon_factor);
        let height_px = 2.0 * pad_px + (bounds.lat_max - bounds.lat_min) * px_per_degree;
        let projection = MapProjection {
            bounds,
            lon_factor,
            px_per_degree,
            pad_px,
        };
        (projection, height_px)
    }

    /// Chart px of a longitude/latitude.
    pub fn px_from_lonlat(&self, (lon, lat): (f64, f64)) -> (f64, f64) {
        (
            self.pad_px + (lon - self.bounds.lon_min) * self.lon_factor * self.px_per_degree,
            self.pad_px + (self.bounds.lat_max - lat) * self.px_per_degree,
        )
    }

    /// Longitude/latitude under a chart px (the inverse of [`MapProjection::px_from_lonlat`]).
    pub fn lonlat_from_px(&self, (x, y): (f64, f64)) -> (f64, f64) {
        (
            self.bounds.lon_min + (x - self.pad_px) / (self.lon_factor * self.px_per_degree),
            self.bounds.lat_max - (y - self.pad_px) / self.px_per_degree,
        )
    }
}

/// True when `point` lies inside the polygon made of `rings` (exterior and holes) by the
/// even–odd rule; rings may be open or closed. Works in lon/lat, so it needs no projection.
pub fn point_in_rings(rings: &[&[(f32, f32)]], (x, y): (f64, f64)) -> bool {
    let mut inside = false;
    for ring in rings {
        let Some(&last) = ring.last() else {
            continue;
        };
        let mut previous = (f64::from(last.0), f64::from(last.1));
        for &(px, py) in ring.iter() {
            let current = (f64::from(px), f64::from(py));
            let crosses = (current.1 > y) != (previous.1 > y);
            if crosses {
                let x_at_y = current.0
                    + (y - current.1) * (previous.0 - current.0) / (previous.1 - current.1);
                if x < x_at_y {
                    inside = !inside;
                }
            }
            previous = current;
        }
    }
    inside
}

#[cfg(test)]
mod tests {
    use super::*;

    const SQUARE: &[(f32, f32)] = &[(0.0, 0.0), (4.0, 0.0), (4.0, 4.0), (0.0, 4.0), (0.0, 0.0)];
    const HOLE: &[(f32, f32)] = &[(1.0, 1.0), (1.0, 3.0), (3.0, 3.0), (3.0, 1.0), (1.0, 1.0)];

    #[test]
    fn point_in_polygon_respects_holes() {
        assert!(point_in_rings(&[SQUARE], (2.0, 2.0)));
        assert!(!point_in_rings(&[SQUARE, HOLE], (2.0, 2.0)));
        assert!(point_in_rings(&[SQUARE, HOLE], (0.5, 2.0)));
        assert!(!point_in_rings(&[SQUARE], (5.0, 2.0)));
        assert!(!point_in_rings(&[], (2.0, 2.0)));
    }

    #[test]
    fn projection_round_trips_and_keeps_north_up() {
        let bounds = LonLatBounds {
            lon_min: 60.5,
            lat_min: 29.4,
            lon_max: 74.9,
            lat_max: 38.5,
        };
        let (projection, height) = MapProjection::fit(bounds, 640.0, 8.0);
        assert!((300.0..600.0).contains(&height), "{height}");
        let (x0, y0) = projection.px_from_lonlat((60.5, 38.5));
        assert!((x0 - 8.0).abs() < 1e-9 && (y0 - 8.0).abs() < 1e-9);
        let (x1, _) = projection.px_from_lonlat((74.9, 38.5));
        assert!((x1 - 632.0).abs() < 1e-9);
        let kabul = (69.17, 34.53);
        let back = projection.lonlat_from_px(projection.px_from_lonlat(kabul));
        assert!((back.0 - kabul.0).abs() < 1e-9 && (back.1 - kabul.1).abs() < 1e-9);
        assert!(
            projection.px_from_lonlat((69.0, 30.0)).1 > projection.px_from_lonlat((69.0, 37.0)).1
        );
    }

    #[test]
    fn degenerate_bounds_stay_finite() {
        let point = LonLatBounds::of_points([(69.0, 34.0)].into_iter());
        let Some(point) = point else {
            panic!("one point has bounds");
        };
        let (projection, height) = MapProjection::fit(point, 320.0, 4.0);
        assert!(height.is_finite());
        let (x, y) = projection.px_from_lonlat((69.0, 34.0));
        assert!(x.is_finite() && y.is_finite());
        assert!(LonLatBounds::of_points([(f64::NAN, 1.0)].into_iter()).is_none());
    }
}
