//! Which sourced figures lead the dashboard, in reading order.

use crate::dataset::{figure, Figure};

/// Figure ids of the headline cards: money, deaths, displacement. Each must exist in the
/// dataset; a test checks it so a renamed figure cannot silently drop a card.
pub const HEADLINE_FIGURE_IDS: [&str; 8] = [
    "us-total-budgetary-cost-2021-09",
    "us-reconstruction-ap",
    "cow-total-deaths-afghanistan-2021-08",
    "cow-civilians-2021-08",
    "us-military-deaths-2021-09",
    "coalition-deaths-total-2021",
    "unhcr-refugees-2021",
    "unhcr-idps-2021",
];

/// The headline figures that exist in the dataset, in display order.
pub fn headline_figures() -> Vec<&'static Figure> {
    HEADLINE_FIGURE_IDS
        .iter()
        .filter_map(|id| figure(id))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_headline_figure_exists_with_a_source() {
        assert_eq!(headline_figures().len(), HEADLINE_FIGURE_IDS.len());
        for figure in headline_figures() {
            assert!(
                crate::dataset::source(figure.source).is_some(),
                "{} cites an unknown source",
                figure.id
            );
        }
    }
}
