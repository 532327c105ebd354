//! Province boundaries: reading the GeoJSON and finding the province a point falls in.

use std::path::Path;

use serde_json::Value;

use crate::error::Errors;
use crate::model::Province;
use crate::table::label;

/// The province boundary file in `data/`.
pub(crate) const PROVINCES_FILE: &str = "afghanistan_provinces_adm1.geojson";

/// Reads the provinces (one GeoJSON `Polygon` feature each, with `shapeName` and `shapeISO`).
pub(crate) fn read_provinces(dir: &Path, errors: &mut Errors) -> Vec<Province> {
    let file = label(PROVINCES_FILE);
    let text = match std::fs::read_to_string(dir.join(PROVINCES_FILE)) {
        Ok(text) => text,
        Err(error) => {
            errors.push(&file, None, "(file)", format!("cannot be read: {error}"));
            return Vec::new();
        }
    };
    let json: Value = match serde_json::from_str(&text) {
        Ok(json) => json,
        Err(error) => {
            errors.push(
                &file,
                Some(error.line()),
                "(file)",
                format!("is not JSON: {error}"),
            );
            return Vec::new();
        }
    };
    let Some(features) = json.get("features").and_then(Value::as_array) else {
        errors.push(&file, None, "features", "is missing or not an array");
        return Vec::new();
    };
    let mut provinces: Vec<Province> = Vec::new();
    for (index, feature) in features.iter().enumerate() {
        let at = |what: &str| format!("features[{index}].{what}");
        let text_property = |key: &str| {
            feature
                .pointer(&format!("/properties/{key}"))
                .and_then(Value::as_str)
                .filter(|value| !value.is_empty())
                .map(str::to_string)
        };
        let (Some(name), Some(iso)) = (text_property("shapeName"), text_property("shapeISO"))
        else {
            errors.push(
                &file,
                None,
                &at("properties"),
                "needs shapeName and shapeISO",
            );
            continue;
        };
        if feature.pointer("/geometry/type").and_then(Value::as_str) != Some("Polygon") {
            errors.push(&file, None, &at("geometry.type"), "is not Polygon");
            continue;
        }
        let Some(raw_rings) = feature
            .pointer("/geometry/coordinates")
            .and_then(Value::as_array)
        else {
            errors.push(&file, None, &at("geometry.coordinates"), "is not an array");
            continue;
        };
        let mut rings = Vec::new();
        for (ring_index, raw_ring) in raw_rings.iter().enumerate() {
            let where_ = at(&format!("geometry.coordinates[{ring_index}]"));
            let ring: Option<Vec<(f64, f64)>> = raw_ring.as_array().and_then(|points| {
                points
                    .iter()
                    .map(|point| {
                        let lon = point.get(0)?.as_f64()?;
                        let lat = point.get(1)?.as_f64()?;
                        (lon.abs() <= 180.0 && lat.abs() <= 90.0).then_some((lon, lat))
                    })
                    .collect()
            });
            match ring {
                Some(ring) if ring.len() >= 4 && ring.first() == ring.last() => rings.push(ring),
                _ => errors.push(
                    &file,
                    None,
                    &where_,
                    "is not a closed ring of at least 4 [longitude, latitude] positions",
                ),
            }
        }
        if rings.is_empty() {
            errors.push(&file, None, &at("geometry.coordinates"), "has no ring");
            continue;
        }
        if provinces.iter().any(|province| province.iso == iso) {
            errors.push(
                &file,
                None,
                &at("properties.shapeISO"),
                format!("{iso:?} appears twice"),
            );
            continue;
        }
        provinces.push(Province { name, iso, rings });
    }
    provinces
}

/// True when the point lies inside the ring (ray casting; points on an edge may fall either way).
fn ring_contains(ring: &[(f64, f64)], lon: f64, lat: f64) -> bool {
    let mut inside = false;
    let mut previous = ring[ring.len() - 1];
    for &current in ring {
        let ((x1, y1), (x2, y2)) = (previous, current);
        if (y1 > lat) != (y2 > lat) {
            let x_cross = x1 + (lat - y1) * (x2 - x1) / (y2 - y1);
            if lon < x_cross {
                inside = !inside;
            }
        }
        previous = current;
    }
    inside
}

/// True when the point lies inside the exterior ring and outside every hole.
pub(crate) fn contains(province: &Province, lon: f64, lat: f64) -> bool {
    let mut rings = province.rings.iter();
    rings
        .next()
        .is_some_and(|exterior| ring_contains(exterior, lon, lat))
        && rings.all(|hole| !ring_contains(hole, lon, lat))
}

/// Squared distance from the point to the province's boundary, in degrees with longitude
/// scaled by cos(latitude) (an equirectangular approximation, fine at this scale).
fn distance_squared(province: &Province, lon: f64, lat: f64) -> f64 {
    let scale = lat.to_radians().cos();
    let mut best = f64::INFINITY;
    for ring in &province.rings {
        for pair in ring.windows(2) {
            let (ax, ay) = ((pair[0].0 - lon) * scale, pair[0].1 - lat);
            let (bx, by) = ((pair[1].0 - lon) * scale, pair[1].1 - lat);
            let (dx, dy) = (bx - ax, by - ay);
            let length = dx * dx + dy * dy;
            let t = if length > 0.0 {
                (-(ax * dx + ay * dy) / length).clamp(0.0, 1.0)
            } else {
                0.0
            };
            let (px, py) = (ax + t * dx, ay + t * dy);
            best = best.min(px * px + py * py);
        }
    }
    best
}

/// Where a point falls: the province containing it, else the nearest one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Located {
    Inside(usize),
    Nearest(usize),
}

impl Located {
    pub(crate) fn index(self) -> usize {
        match self {
            Located::Inside(index) | Located::Nearest(index) => index,
        }
    }
}

/// The province (index into `provinces`) that contains the point, or else the nearest one.
pub(crate) fn locate(provinces: &[Province], lon: f64, lat: f64) -> Option<Located> {
    if let Some(index) = provinces
        .iter()
        .position(|province| contains(province, lon, lat))
    {
        return Some(Located::Inside(index));
    }
    provinces
        .iter()
        .enumerate()
        .map(|(index, province)| (index, distance_squared(province, lon, lat)))
        .min_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(index, _)| Located::Nearest(index))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn square(name: &str, x: f64, y: f64) -> Province {
        Province {
            name: name.to_string(),
            iso: name.to_string(),
            rings: vec![vec![
                (x, y),
                (x + 1.0, y),
                (x + 1.0, y + 1.0),
                (x, y + 1.0),
                (x, y),
            ]],
        }
    }

    #[test]
    fn inside_outside_and_nearest() {
        let provinces = [square("A", 0.0, 0.0), square("B", 2.0, 0.0)];
        assert_eq!(locate(&provinces, 0.5, 0.5), Some(Located::Inside(0)));
        assert_eq!(locate(&provinces, 2.5, 0.5), Some(Located::Inside(1)));
        assert_eq!(locate(&provinces, 1.2, 0.5), Some(Located::Nearest(0)));
        assert_eq!(locate(&provinces, 1.8, 0.5), Some(Located::Nearest(1)));
        assert_eq!(locate(&[], 1.8, 0.5), None);
    }

    #[test]
    fn holes_are_outside() {
        let mut province = square("A", 0.0, 0.0);
        province.rings.push(vec![
            (0.25, 0.25),
            (0.75, 0.25),
            (0.75, 0.75),
            (0.25, 0.75),
            (0.25, 0.25),
        ]);
        assert!(contains(&province, 0.1, 0.1));
        assert!(!contains(&province, 0.5, 0.5));
    }
}
