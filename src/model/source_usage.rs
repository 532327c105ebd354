//! Which figures, series and claims rest on a source: what a source card lists.

use crate::dataset::{Claim, Figure, Series, CLAIMS, FIGURES, SERIES};
use crate::model::chart_catalog::{ChartDef, CHARTS};
use crate::model::chart_data::{chart_sources, YearSpan};
use crate::model::chart_url::YEAR_LIMITS;

/// Everything in the dataset that cites one source.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct SourceUsage {
    pub charts: Vec<&'static ChartDef>,
    pub series: Vec<&'static Series>,
    pub figures: Vec<&'static Figure>,
    pub claims: Vec<&'static Claim>,
}

impl SourceUsage {
    /// True when nothing in the dataset cites the source.
    pub fn is_empty(&self) -> bool {
        self.charts.is_empty()
            && self.series.is_empty()
            && self.figures.is_empty()
            && self.claims.is_empty()
    }
}

/// The series (any point), figures and claims that cite `source_id`.
pub fn source_usage(source_id: &str) -> SourceUsage {
    // Any period a reader can choose, so a chart is listed even if its default hides the value.
    let all_years: YearSpan = YEAR_LIMITS;
    SourceUsage {
        charts: CHARTS
            .iter()
            .filter(|def| chart_sources(def, all_years).contains(&source_id))
            .collect(),
        series: SERIES
            .iter()
            .filter(|series| series.points.iter().any(|point| point.source == source_id))
            .collect(),
        figures: FIGURES
            .iter()
            .filter(|figure| figure.source == source_id)
            .collect(),
        claims: CLAIMS
            .iter()
            .filter(|claim| claim.sources.contains(&source_id))
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::SOURCES;

    #[test]
    fn every_source_is_used_and_every_use_has_its_source() {
        for source in SOURCES {
            let usage = source_usage(source.id);
            for figure in &usage.figures {
                assert_eq!(figure.source, source.id);
            }
            for series in &usage.series {
                assert!(series.points.iter().any(|point| point.source == source.id));
            }
        }
        let cited: usize = SOURCES
            .iter()
            .map(|source| source_usage(source.id).figures.len())
            .sum();
        assert_eq!(
            cited,
            FIGURES.len(),
            "every figure cites exactly one known source"
        );
    }

    #[test]
    fn unhcr_is_listed_with_the_refugee_chart() {
        let usage = source_usage("unhcr-population-2025");
        assert!(usage.charts.iter().any(|def| def.id == "refugees"));
        assert!(!usage.is_empty());
    }
}
