//! The dashboard's sections, in reading order: anchor, navigation label, heading and lede.
//! One table for the navigation, the live page and the pre-rendered static page.

/// One section's words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SectionText {
    /// The anchor (`#spending`) the navigation links to.
    pub id: &'static str,
    /// The short name in the navigation.
    pub nav_label: &'static str,
    pub title: &'static str,
    pub lede: &'static str,
}

pub const SPENDING: SectionText = SectionText {
    id: "spending",
    nav_label: "Spending",
    title: "Spending",
    lede: "What the United States and the United Kingdom spent, as their governments and independent researchers report it. Requests, estimates and enacted amounts are kept apart.",
};

pub const CASUALTIES: SectionText = SectionText {
    id: "casualties",
    nav_label: "Casualties",
    title: "Casualties",
    lede: "People killed and wounded: civilians recorded by the UN mission, deaths by category from the Costs of War project, and coalition military deaths.",
};

pub const DISPLACEMENT: SectionText = SectionText {
    id: "displacement",
    nav_label: "Displacement",
    title: "Displacement",
    lede: "Afghans driven from their homes: refugees abroad, asylum seekers and people displaced inside the country, from UNHCR and IDMC.",
};

pub const EVENTS: SectionText = SectionText {
    id: "events",
    nav_label: "Events",
    title: "Events",
    lede: "What happened when and where: UCDP's recorded events of violence, which you can filter by date, type, province, deaths and words, on a map of the provinces, and the key events from the Soviet intervention to the last US flight out of Kabul.",
};

pub const CLAIMS: SectionText = SectionText {
    id: "claims",
    nav_label: "Article check",
    title: "The article's figures, checked",
    lede: "This dashboard began with a July 2021 article about the war. Here is each of its figures against the sources: most hold, some are mislabelled or differ.",
};

pub const SOURCES: SectionText = SectionText {
    id: "sources",
    nav_label: "Sources",
    title: "Sources",
    lede: "Every figure on this page comes from one of these publications. Each card says where the value was read and what it is used for.",
};

/// Every section, in the order the page and the navigation show them.
pub const SECTIONS: [SectionText; 6] =
    [SPENDING, CASUALTIES, DISPLACEMENT, EVENTS, CLAIMS, SOURCES];

/// The site's name, as the page heading and in embed footers.
pub const SITE_TITLE: &str = "The cost of the war in Afghanistan, 2001–2021";

/// The line under the site's name.
pub const SITE_PURPOSE: &str = "Money spent, people killed and wounded, people driven from their homes, and what happened when — every figure traced to its public source.";

/// How to cite the dashboard, followed by its data version and a full stop.
pub const HOW_TO_CITE: &str = "Cite the original publisher shown on each figure's source card. For the dashboard: “The cost of the war in Afghanistan, 2001–2021”, data version ";

/// The footer's promise about privacy.
pub const RUNS_LOCALLY: &str = "Runs entirely in your browser; no request leaves this site.";

/// Licences of the data, for the footer.
pub const DATA_LICENCES: &str = "UNHCR refugee statistics and UCDP event data are published under CC BY 4.0; province boundaries come from geoBoundaries (public domain; Runfola et al. 2020). U.S. government figures (CRS, DoD, SIGAR) are public domain; UK parliamentary material is under the Open Parliament Licence. Other figures are facts reported by the publishers named on each source card.";
