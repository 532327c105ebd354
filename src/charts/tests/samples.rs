//! Writes sample SVGs for eyeballing: `cargo test --lib charts::tests::samples -- --ignored`.

use super::fixtures::{appropriations, deaths_by_category, options, series, war_markers};
use crate::charts::*;
use crate::model::format::UnitKind;

#[test]
#[ignore = "writes files to /tmp/chart-samples"]
fn write_samples() {
    let dir = std::path::Path::new("/tmp/chart-samples");
    std::fs::create_dir_all(dir).expect("create /tmp/chart-samples");

    let mut spending = appropriations();
    spending.points.insert(0, ChartPoint::gap(1989.0));
    spending.points[10] = spending.points[10].with_range(80e9, 110e9);
    spending.points[11] = spending.points[11].with_range(100e9, 130e9);
    spending.points[12] = spending.points[12].with_range(95e9, 120e9);
    let uk = series(
        "uk",
        "UK spending",
        2,
        (2006..=2014)
            .map(|y| ChartPoint::new(f64::from(y), 4e9 + f64::from(y - 2006) * 1.5e9))
            .collect(),
    );
    let mut line = LineOptions {
        chart: options(1200, ChartTheme::Light),
        ..LineOptions::default()
    };
    line.chart.value_unit = UnitKind::Usd;
    line.chart.value_label = "US$, current".to_string();
    line.chart.x_range = Some((1988.0, 2022.0));
    line.cumulative = Some(CumulativeLine {
        series_index: 0,
        label: "US running total".to_string(),
        color_index: 1,
        axis_label: "Running total".to_string(),
    });
    let rendered = draw_line(&[spending.clone(), uk.clone()], &war_markers(), &line);
    std::fs::write(dir.join("line-1200-light.svg"), &rendered.svg).expect("write");

    let mut narrow = line.clone();
    narrow.chart = ChartOptions {
        width_px: 320,
        height_px: 260,
        theme: ChartTheme::Dark,
        ..line.chart.clone()
    };
    let rendered = draw_line(&[spending.clone(), uk], &war_markers(), &narrow);
    std::fs::write(dir.join("line-320-dark.svg"), &rendered.svg).expect("write");

    let mut bar = BarOptions {
        chart: options(640, ChartTheme::Light),
        mode: BarMode::Grouped,
    };
    bar.chart.value_unit = UnitKind::Usd;
    bar.chart.value_label = "US$, current".to_string();
    spending.points[5].y = None;
    let rendered = draw_bar(&[spending], &war_markers(), &bar);
    std::fs::write(dir.join("bar-640-light.svg"), &rendered.svg).expect("write");

    let mut hbar = HBarOptions {
        chart: options(480, ChartTheme::Light),
        ..HBarOptions::default()
    };
    hbar.chart.height_px = hbar_height_px(8, 480);
    hbar.chart.value_label = "Deaths, 2001 to mid-2021".to_string();
    let rendered = draw_hbar(&deaths_by_category(), &hbar);
    std::fs::write(dir.join("hbar-480-light.svg"), &rendered.svg).expect("write");
}
