//! Test inputs shaped like the dashboard's data.

use crate::charts::{
    ChartCategory, ChartMarker, ChartOptions, ChartPoint, ChartSeries, ChartTheme, PointStyle,
};
use crate::model::format::UnitKind;

/// Twelve years of a count series (2001-2012), values in the thousands.
pub fn twelve_years() -> ChartSeries {
    let values = [
        120.0, 450.0, 900.0, 1200.0, 1800.0, 2600.0, 3100.0, 4200.0, 5900.0, 8100.0, 7600.0, 6200.0,
    ];
    series(
        "civilians",
        "Civilians killed",
        0,
        values
            .iter()
            .enumerate()
            .map(|(i, v)| ChartPoint::new(2001.0 + i as f64, *v))
            .collect(),
    )
}

pub fn series(id: &str, label: &str, color_index: usize, points: Vec<ChartPoint>) -> ChartSeries {
    ChartSeries {
        id: id.to_string(),
        label: label.to_string(),
        color_index,
        points,
    }
}

/// The six event markers of the dashboard, as fractional years.
pub fn war_markers() -> Vec<ChartMarker> {
    [
        (1989.13, "Soviet withdrawal", "Soviets out"),
        (2001.77, "US-led invasion", "Invasion"),
        (2009.92, "Troop surge", "Surge"),
        (2014.99, "ISAF mission ends", "ISAF ends"),
        (2020.16, "Doha agreement", "Doha"),
        (2021.62, "Fall of Kabul", "Kabul"),
    ]
    .iter()
    .map(|(x, label, short)| ChartMarker {
        x: *x,
        label: label.to_string(),
        short_label: short.to_string(),
    })
    .collect()
}

/// US appropriations-like money series 2001-2021 (dollars), the last two as requests.
pub fn appropriations() -> ChartSeries {
    let billions = [
        20.8, 14.7, 14.7, 20.0, 19.0, 19.0, 39.2, 43.5, 59.5, 93.8, 118.6, 105.1, 86.1, 77.1, 46.9,
        51.9, 55.5, 57.6, 52.5, 45.0, 40.0,
    ];
    let points = billions
        .iter()
        .enumerate()
        .map(|(i, b)| {
            let point = ChartPoint::new(2001.0 + i as f64, b * 1e9);
            if i >= 19 {
                point.hollow()
            } else {
                point
            }
        })
        .collect();
    series("us-approps", "US appropriations", 0, points)
}

/// Deaths by category with ranges, as in the Costs of War tables.
pub fn deaths_by_category() -> Vec<ChartCategory> {
    let rows = [
        ("Afghan military and police", Some(69_095.0), None),
        (
            "Afghan civilians",
            Some(46_319.0),
            Some((43_000.0, 48_000.0)),
        ),
        ("Opposition fighters", Some(52_893.0), None),
        ("US contractors", Some(3_846.0), None),
        ("US military", Some(2_324.0), None),
        ("Allied troops", Some(1_144.0), None),
        ("Journalists and media workers", None, None),
        ("Humanitarian aid workers", Some(444.0), None),
    ];
    rows.iter()
        .enumerate()
        .map(|(i, (label, value, range))| ChartCategory {
            label: label.to_string(),
            value: *value,
            range: *range,
            style: if i == 2 {
                PointStyle::Hollow
            } else {
                PointStyle::Solid
            },
            color_index: 0,
        })
        .collect()
}

pub fn options(width_px: u32, theme: ChartTheme) -> ChartOptions {
    ChartOptions {
        width_px,
        height_px: if width_px < 480 { 260 } else { 420 },
        value_label: "Deaths".to_string(),
        value_unit: UnitKind::Count,
        theme,
        ..ChartOptions::default()
    }
}
