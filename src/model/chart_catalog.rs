//! The dashboard's charts: what each one shows, from which series or figures, over which period.
//!
//! A new chart is a new entry here plus, at most, a new drawing function; the card that shows it
//! (title, summary, table, sources, downloads) is the same for every chart.

use crate::dataset::Topic;

/// How a chart draws its data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChartShape {
    /// Lines over years; gaps stay gaps.
    Lines,
    /// Bars per year, series stacked (parts of one whole).
    StackedBars,
    /// Bars per year, series side by side.
    GroupedBars,
    /// One horizontal bar per single figure (categories, compositions, snapshots).
    Categories,
}

/// A whole dataset table drawn as categories, one bar per row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CategoryTable {
    /// Foreign military deaths per country, 2001-2021.
    CoalitionDeathsByCountry,
}

/// One chart of the dashboard.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ChartDef {
    /// Stable key used in URLs (`?<id>.from=…`) and embed links.
    pub id: &'static str,
    pub topic: Topic,
    pub title: &'static str,
    /// Unit as the subtitle states it, e.g. "US$ billion, current".
    pub unit_text: &'static str,
    pub shape: ChartShape,
    /// Dataset series ids (Lines and Bars), in legend order.
    pub series: &'static [&'static str],
    /// Dataset figure ids (Categories), in display order.
    pub figures: &'static [&'static str],
    /// A table drawn whole as categories instead of `figures`.
    pub category_table: Option<CategoryTable>,
    /// Years shown when the URL names no period.
    pub default_period: (i32, i32),
    /// Series whose points mix measures and must not be joined by a line.
    pub unjoined: &'static [&'static str],
    /// Legend label of a running total of the first series, if the chart shows one.
    pub running_total: Option<&'static str>,
    /// True when values of the first series add up over years (flows, not stocks).
    pub additive: bool,
    /// Where sources disagree, or what the reader must know to read the chart.
    pub note: &'static str,
}

/// Every chart, in page order within its topic.
pub const CHARTS: &[ChartDef] = &[
    ChartDef {
        id: "us-war-funding",
        topic: Topic::Spending,
        title: "US war funding for Afghanistan per fiscal year",
        unit_text: "US$ billion, current",
        shape: ChartShape::Lines,
        series: &["us-war-funding-crs", "us-war-funding-later"],
        figures: &[],
        category_table: None,
        unjoined: &["us-war-funding-later"],
        default_period: (2001, 2021),
        running_total: Some("Running total of the CRS series"),
        additive: true,
        note: "FY2001–FY2013 are Congressional Research Service estimates of appropriations for all agencies, as compiled by the Center for Defense Information; FY2011–FY2013 are estimates. No source gives an annual series after FY2013: the later points mix one allocation and budget requests (hollow), which are not enacted amounts, so they are not joined to the line. Gaps are years without a published figure, not zeros.",
    },
    ChartDef {
        id: "spending-composition",
        topic: Topic::Spending,
        title: "What the total covers, as far as the sources break it down",
        unit_text: "US$ billion, current",
        shape: ChartShape::Categories,
        series: &[],
        figures: &[
            "us-total-budgetary-cost-2021-09",
            "us-total-budgetary-cost-2021-04",
            "us-dod-war-fighting",
            "us-interest-2021-04",
            "us-reconstruction-sigar-fy2002-2021",
            "us-reconstruction-ap",
            "us-reconstruction-ap-security-forces",
            "us-reconstruction-ap-other",
        ],
        category_table: None,
        unjoined: &[],
        default_period: (2001, 2021),
        running_total: None,
        additive: false,
        note: "The parts overlap and come from different publishers, so they are not stacked: the Costs of War total includes the interest on war borrowing and the Pentagon's war-fighting cost; reconstruction is counted by SIGAR and AP, and most of it trained and armed the Afghan security forces.",
    },
    ChartDef {
        id: "us-reconstruction",
        topic: Topic::Spending,
        title: "US reconstruction money appropriated, cumulative",
        unit_text: "US$ billion, current, cumulative since FY2002",
        shape: ChartShape::Lines,
        series: &["us-reconstruction-sigar-cumulative"],
        figures: &[],
        category_table: None,
        unjoined: &[],
        default_period: (2002, 2025),
        running_total: None,
        additive: false,
        note: "SIGAR's quarterly snapshots of cumulative appropriations; points are dated by the report, not by the fiscal year of the money.",
    },
    ChartDef {
        id: "uk-operations-cost",
        topic: Topic::Spending,
        title: "UK net additional cost of military operations in Afghanistan",
        unit_text: "£ million, current, per UK financial year (April–March)",
        shape: ChartShape::GroupedBars,
        series: &["uk-operations-cost"],
        figures: &[],
        category_table: None,
        unjoined: &[],
        default_period: (2001, 2014),
        running_total: None,
        additive: true,
        note: "Net additional costs exclude the normal pay of deployed forces. Figures for 2009-10 and from 2012-13 on were not found in the stored sources and are shown as gaps; forecasts and estimates are pale.",
    },
    ChartDef {
        id: "unama-civilians",
        topic: Topic::Casualties,
        title: "Civilians killed and injured, as recorded by the UN mission",
        unit_text: "people per year",
        shape: ChartShape::StackedBars,
        series: &["unama-civilians-killed", "unama-civilians-injured"],
        figures: &[],
        category_table: None,
        unjoined: &[],
        default_period: (2009, 2021),
        running_total: None,
        additive: true,
        note: "UNAMA revises earlier years in later reports; these are its revised figures. 2021 covers January–June only (pale).",
    },
    ChartDef {
        id: "deaths-by-category",
        topic: Topic::Casualties,
        title: "Direct war deaths in Afghanistan by category",
        unit_text: "deaths, 2001 to April or August 2021",
        shape: ChartShape::Categories,
        series: &[],
        figures: &[
            "cow-afghan-security-forces-2021-08",
            "cow-afghan-security-forces-2021-04",
            "cow-opposition-2021-08",
            "cow-opposition-2021-04",
            "cow-civilians-2021-08",
            "cow-civilians-2021-04",
            "cow-us-contractors-2021-08",
            "cow-us-contractors-2021-04",
            "us-military-deaths-2021-09",
            "cow-us-military-2021-04",
            "cow-allied-troops-2021-04",
            "cow-aid-workers-2021-04",
            "cow-journalists-2021-04",
        ],
        category_table: None,
        unjoined: &[],
        default_period: (2001, 2021),
        running_total: None,
        additive: false,
        note: "Costs of War counts, April 2021 and the August 2021 update, side by side where both exist. Afghan security-force deaths were published as a range (66,000–69,000). US military deaths differ by source and date, from 2,312 to 2,461.",
    },
    ChartDef {
        id: "coalition-deaths",
        topic: Topic::Casualties,
        title: "Foreign military deaths in Afghanistan per year",
        unit_text: "deaths per year",
        shape: ChartShape::Lines,
        series: &[
            "coalition-deaths-icasualties",
            "coalition-deaths-total",
            "coalition-deaths-us",
            "coalition-deaths-uk",
            "coalition-deaths-other",
        ],
        figures: &[],
        category_table: None,
        unjoined: &[],
        default_period: (2001, 2021),
        running_total: None,
        additive: true,
        note: "Trackers differ by a few deaths a year: 2010 is 711 in iCasualties and 710 in Statistico's table, 2011 is 566 and 563. Both totals are shown; iCasualties' own yearly series was found only to 2011.",
    },
    ChartDef {
        id: "coalition-deaths-by-country",
        topic: Topic::Casualties,
        title: "Foreign military deaths in Afghanistan by country, 2001–2021",
        unit_text: "deaths",
        shape: ChartShape::Categories,
        series: &[],
        figures: &[],
        category_table: Some(CategoryTable::CoalitionDeathsByCountry),
        unjoined: &[],
        default_period: (2001, 2021),
        running_total: None,
        additive: false,
        note: "Compiled by Wikipedia from icasualties.org and national defence ministries. The US count is the Pentagon's \u{201c}in and around Afghanistan\u{201d} figure, including 18 CIA deaths. The rows add up to one more than the page's stated total because the current page lists Denmark with 44 deaths and an older copy with 43.",
    },
    ChartDef {
        id: "refugees",
        topic: Topic::Displacement,
        title: "Afghan refugees abroad, with Pakistan and Iran",
        unit_text: "people at the end of each year",
        shape: ChartShape::Lines,
        series: &[
            "unhcr-refugees",
            "unhcr-refugees-pakistan",
            "unhcr-refugees-iran",
        ],
        figures: &[],
        category_table: None,
        unjoined: &[],
        default_period: (1979, 2021),
        running_total: None,
        additive: false,
        note: "Refugees registered with UNHCR or host governments; host governments estimated a further 1.5–2 million undocumented Afghans in Iran and 350,000–550,000 in Pakistan (2018). UNHCR reclassified Afghans in Iran in 2022, so the later jump is not a new flight.",
    },
    ChartDef {
        id: "idps",
        topic: Topic::Displacement,
        title: "People displaced inside Afghanistan: two counts",
        unit_text: "people at the end of each year",
        shape: ChartShape::Lines,
        series: &["idmc-conflict-idps", "unhcr-idps"],
        figures: &[],
        category_table: None,
        unjoined: &[],
        default_period: (2003, 2021),
        running_total: None,
        additive: false,
        note: "IDMC counts everyone displaced by conflict and violence; UNHCR counts internally displaced people under its mandate, which is lower (2,886,317 against 3,547,000 at the end of 2020). Both are shown rather than one picked.",
    },
    ChartDef {
        id: "new-displacement-2021",
        topic: Topic::Displacement,
        title: "Newly displaced inside Afghanistan in 2021, as counted during the year",
        unit_text: "people displaced since 1 January 2021",
        shape: ChartShape::Categories,
        series: &[],
        figures: &[
            "new-displacement-2021-unhcr-jul",
            "new-displacement-2021-ocha-jul",
            "new-displacement-2021-unhcr-aug",
            "new-displacement-2021-ocha-aug",
            "new-displacement-2021-oct-weak",
        ],
        category_table: None,
        unjoined: &[],
        default_period: (2021, 2021),
        running_total: None,
        additive: false,
        note: "Each count is a snapshot on the date shown; the October figure comes only from a weak secondary report.",
    },
];

/// The chart with this id, if any.
pub fn chart(id: &str) -> Option<&'static ChartDef> {
    CHARTS.iter().find(|def| def.id == id)
}

/// The charts of one topic, in page order.
pub fn charts_of(topic: Topic) -> impl Iterator<Item = &'static ChartDef> {
    CHARTS.iter().filter(move |def| def.topic == topic)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::{figure, series};
    use std::collections::HashSet;

    #[test]
    fn every_chart_draws_from_data_that_exists() {
        for def in CHARTS {
            for id in def.series {
                assert!(series(id).is_some(), "{}: unknown series {id}", def.id);
            }
            for id in def.figures {
                assert!(figure(id).is_some(), "{}: unknown figure {id}", def.id);
            }
            let has_data = match def.shape {
                ChartShape::Categories => !def.figures.is_empty() || def.category_table.is_some(),
                _ => !def.series.is_empty(),
            };
            assert!(has_data, "{} has nothing to draw", def.id);
            assert!(def.default_period.0 <= def.default_period.1);
        }
    }

    #[test]
    fn chart_ids_are_unique() {
        let ids: HashSet<_> = CHARTS.iter().map(|def| def.id).collect();
        assert_eq!(ids.len(), CHARTS.len());
    }

    #[test]
    fn each_topic_of_the_brief_has_charts() {
        for topic in [Topic::Spending, Topic::Casualties, Topic::Displacement] {
            assert!(charts_of(topic).count() >= 3, "{topic:?}");
        }
    }
}
