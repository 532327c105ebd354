//! Running totals for the cumulative line.

use super::spec::{ChartPoint, ChartSeries, PointStyle};

/// The running total of `series` at each of its points. A total past a missing year would be an
/// undercount, so the total stops (as gaps) at the first gap after the first value; leading gaps
/// stay gaps. A total that includes any request or estimate is itself hollow.
pub fn running_total(series: &ChartSeries) -> Vec<ChartPoint> {
    let mut total: Option<f64> = None;
    let mut stopped = false;
    let mut any_hollow = false;
    let mut points = Vec::with_capacity(series.points.len());
    for point in &series.points {
        match (point.finite_y(), stopped) {
            (Some(value), false) => {
                any_hollow |= point.style == PointStyle::Hollow;
                let sum = total.unwrap_or(0.0) + value;
                total = Some(sum);
                let style = if any_hollow {
                    PointStyle::Hollow
                } else {
                    PointStyle::Solid
                };
                points.push(ChartPoint {
                    x: point.x,
                    y: Some(sum),
                    range: None,
                    style,
                });
            }
            (None, false) if total.is_some() => {
                stopped = true;
                points.push(ChartPoint::gap(point.x));
            }
            _ => points.push(ChartPoint::gap(point.x)),
        }
    }
    points
}

#[cfg(test)]
mod tests {
    use super::*;

    fn series(points: Vec<ChartPoint>) -> ChartSeries {
        ChartSeries {
            points,
            ..ChartSeries::default()
        }
    }

    #[test]
    fn adds_up_and_stops_at_a_gap() {
        let input = series(vec![
            ChartPoint::gap(2000.0),
            ChartPoint::new(2001.0, 10.0),
            ChartPoint::new(2002.0, 5.0),
            ChartPoint::gap(2003.0),
            ChartPoint::new(2004.0, 7.0),
        ]);
        let totals: Vec<Option<f64>> = running_total(&input).iter().map(|p| p.y).collect();
        assert_eq!(totals, vec![None, Some(10.0), Some(15.0), None, None]);
    }

    #[test]
    fn estimates_make_later_totals_hollow() {
        let input = series(vec![
            ChartPoint::new(2001.0, 1.0),
            ChartPoint::new(2002.0, 2.0).hollow(),
            ChartPoint::new(2003.0, 3.0),
        ]);
        let styles: Vec<PointStyle> = running_total(&input).iter().map(|p| p.style).collect();
        assert_eq!(
            styles,
            vec![PointStyle::Solid, PointStyle::Hollow, PointStyle::Hollow]
        );
    }
}
