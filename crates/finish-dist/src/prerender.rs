//! Static HTML of the dashboard and of each embed page, drawn natively with the same model and
//! plotters code as the app, for readers without JavaScript and for the first paint before the
//! wasm app takes over (it replaces the content of `#app` when it mounts).
//!
//! Same class names as the live components, so the page looks the same before and after.

use afghan_war_costs::charts::ChartTheme;
use afghan_war_costs::components::sections::{
    SectionText, CASUALTIES, CLAIMS, DATA_LICENCES, DISPLACEMENT, EVENTS, HOW_TO_CITE,
    RUNS_LOCALLY, SECTIONS, SITE_PURPOSE, SITE_TITLE, SOURCES, SPENDING,
};
use afghan_war_costs::components::verdict_class;
use afghan_war_costs::dataset::{
    figure, source, Topic, CLAIMS as CLAIM_ROWS, DATA_VERSION, SOURCES as SOURCE_ROWS,
};
use afghan_war_costs::model::chart_catalog::{charts_of, ChartDef};
use afghan_war_costs::model::chart_data::chart_sources;
use afghan_war_costs::model::chart_render::draw_chart;
use afghan_war_costs::model::chart_summary::{chart_subtitle, chart_summary};
use afghan_war_costs::model::chart_table::{chart_table, TableView};
use afghan_war_costs::model::chart_url::ChartView;
use afghan_war_costs::model::embed::EmbedTarget;
use afghan_war_costs::model::figure_text::figure_value_text;
use afghan_war_costs::model::headlines::headline_figures;
use afghan_war_costs::model::source_usage::source_usage;

use crate::html::{attr, text};

/// Width the static charts are drawn at; CSS scales them to their column.
const STATIC_CHART_WIDTH_PX: u32 = 720;

/// "Source: X (date)" or "Sources: X; Y", each linking to its card on the dashboard.
fn source_line(ids: &[&str], link_prefix: &str) -> String {
    let label = if ids.len() > 1 { "Sources" } else { "Source" };
    let links: Vec<String> = ids
        .iter()
        .map(|id| match source(id) {
            Some(found) => format!(
                "<a href=\"{link_prefix}#source-{}\" title=\"{}\">{} ({})</a>",
                attr(found.id),
                attr(found.document),
                text(found.publisher),
                text(found.date)
            ),
            None => format!("<span>unknown source “{}”</span>", text(id)),
        })
        .collect();
    format!("<p class=\"source-line\">{label}: {}</p>", links.join("; "))
}

fn data_table(caption: &str, table: &TableView) -> String {
    let head: String = table
        .headers
        .iter()
        .enumerate()
        .map(|(index, header)| {
            let class = if index == 0 { "" } else { " class=\"num\"" };
            format!("<th scope=\"col\"{class}>{}</th>", text(header))
        })
        .collect();
    let body: String = table
        .rows
        .iter()
        .map(|row| {
            let mut cells = row.iter();
            let label = cells.next().map(String::as_str).unwrap_or_default();
            let values: String = cells
                .map(|cell| format!("<td class=\"num\">{}</td>", text(cell)))
                .collect();
            format!("<tr><th scope=\"row\">{}</th>{values}</tr>", text(label))
        })
        .collect();
    format!(
        "<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"{}\"><table class=\"data-table\"><caption>{}</caption><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>",
        attr(caption),
        text(caption)
    )
}

/// One chart as a static card: title, subtitle, the drawing, summary, table and sources.
pub fn chart_card(def: &ChartDef, link_prefix: &str) -> String {
    let view = ChartView::default_for(def);
    let drawing = draw_chart(def, &view, STATIC_CHART_WIDTH_PX, ChartTheme::Light);
    let table = chart_table(def, view.span);
    format!(
        "<figure class=\"card chart-card\" id=\"chart-{id}\" aria-labelledby=\"chart-{id}-title\">\
<header class=\"chart-card__header\"><h3 class=\"chart-card__title\" id=\"chart-{id}-title\">{title}</h3>\
<p class=\"chart-card__subtitle\">{subtitle}</p></header>\
<div class=\"static-chart\">{svg}</div>\
<figcaption><p class=\"chart-card__summary\">{summary}</p><p class=\"chart-card__note\">{note}</p>\
<details class=\"chart-card__table-details\"><summary>The data as a table</summary>{table}</details>\
{sources}</figcaption></figure>",
        id = attr(def.id),
        title = text(def.title),
        subtitle = text(&chart_subtitle(def, view.span)),
        svg = drawing.rendered.svg,
        summary = text(&chart_summary(def, view.span)),
        note = text(def.note),
        table = data_table(def.title, &table),
        sources = source_line(&chart_sources(def, view.span), link_prefix),
    )
}

fn section(text_of: SectionText, body: &str) -> String {
    format!(
        "<section class=\"section\" id=\"{id}\" aria-labelledby=\"{id}-heading\"><h2 class=\"section__title\" id=\"{id}-heading\">{title}</h2><p class=\"section__lede\">{lede}</p>{body}</section>",
        id = attr(text_of.id),
        title = text(text_of.title),
        lede = text(text_of.lede),
    )
}

fn header() -> String {
    let nav: String = SECTIONS
        .iter()
        .map(|section| {
            format!(
                "<li><a href=\"#{}\">{}</a></li>",
                attr(section.id),
                text(section.nav_label)
            )
        })
        .collect();
    format!(
        "<header class=\"site-header\"><a class=\"skip-link\" href=\"#main\">Skip to the figures</a><div class=\"site-header__inner\"><h1 class=\"site-header__title\">{}</h1><p class=\"site-header__purpose\">{}</p><nav class=\"site-nav\" aria-label=\"Sections\"><ul>{nav}</ul></nav></div></header>",
        text(SITE_TITLE),
        text(SITE_PURPOSE)
    )
}

fn headline_cards() -> String {
    let cards: String = headline_figures()
        .into_iter()
        .map(|figure| {
            let note = if figure.note.is_empty() {
                String::new()
            } else {
                format!(" · {}", text(figure.note))
            };
            format!(
                "<li class=\"card headline-card\"><span class=\"headline-card__value\">{}</span><span class=\"headline-card__label\">{}</span><p class=\"headline-card__context\">{}{note}</p>{}</li>",
                text(&figure_value_text(figure)),
                text(figure.label),
                text(figure.as_of),
                source_line(&[figure.source], "")
            )
        })
        .collect();
    format!("<section class=\"section\" aria-labelledby=\"headline-heading\"><h2 class=\"section__title\" id=\"headline-heading\">The war in figures</h2><ul class=\"headline-cards\">{cards}</ul></section>")
}

fn topic_charts(topic: Topic) -> String {
    let cards: String = charts_of(topic).map(|def| chart_card(def, "")).collect();
    format!("<div class=\"chart-grid\">{cards}</div>")
}

fn claims() -> String {
    let items: String = CLAIM_ROWS
        .iter()
        .map(|claim| {
            let figures: Vec<String> = claim
                .figures
                .iter()
                .filter_map(|id| figure(id))
                .map(|figure| {
                    format!(
                        "{} ({})",
                        text(&figure_value_text(figure)),
                        text(figure.label)
                    )
                })
                .collect();
            let figures = if figures.is_empty() {
                String::new()
            } else {
                format!(
                    "<p class=\"claim__figures\">In the dashboard: {}</p>",
                    figures.join("; ")
                )
            };
            format!(
                "<li class=\"card claim\" id=\"claim-{number}\"><p class=\"claim__quote\"><span class=\"visually-hidden\">Claim {number}: </span>“{quote}”</p><span class=\"{class}\">{verdict}</span><p>{says}</p>{figures}{sources}</li>",
                number = attr(claim.number),
                quote = text(claim.quote),
                class = verdict_class(claim.verdict),
                verdict = text(claim.verdict_label),
                says = text(claim.sources_say),
                sources = source_line(claim.sources, ""),
            )
        })
        .collect();
    format!("<ol class=\"claims\">{items}</ol>")
}

fn source_cards() -> String {
    let items: String = SOURCE_ROWS
        .iter()
        .map(|found| {
            let usage = source_usage(found.id);
            let uses: String = usage
                .charts
                .iter()
                .map(|def| {
                    format!(
                        "<li>Chart: <a href=\"#chart-{}\">{}</a></li>",
                        attr(def.id),
                        text(def.title)
                    )
                })
                .chain(
                    usage
                        .series
                        .iter()
                        .map(|series| format!("<li>Series: {}</li>", text(series.label))),
                )
                .chain(
                    usage
                        .figures
                        .iter()
                        .map(|figure| format!("<li>Figure: {}</li>", text(figure.label))),
                )
                .chain(usage.claims.iter().map(|claim| {
                    format!("<li>Article check, claim {}</li>", text(claim.number))
                }))
                .collect();
            let licence = if found.licence.is_empty() {
                "Not stated by the source"
            } else {
                found.licence
            };
            let caveats = if found.caveats.is_empty() {
                String::new()
            } else {
                format!("<dt>Caveats</dt><dd>{}</dd>", text(found.caveats))
            };
            format!(
                "<li class=\"card source-card\" id=\"source-{id}\" tabindex=\"-1\"><h3 class=\"source-card__publisher\">{publisher}</h3><dl><dt>Document</dt><dd>{document}</dd><dt>Date</dt><dd>{date}</dd><dt>Where read</dt><dd>{where_read}</dd><dt>Licence</dt><dd>{licence}</dd>{caveats}<dt>Used for</dt><dd><ul class=\"source-card__uses\">{uses}</ul></dd></dl></li>",
                id = attr(found.id),
                publisher = text(found.publisher),
                document = text(found.document),
                date = text(found.date),
                where_read = text(found.where_read),
                licence = text(licence),
            )
        })
        .collect();
    format!("<ul class=\"source-cards\">{items}</ul>")
}

fn footer() -> String {
    format!(
        "<footer class=\"site-footer\"><div class=\"site-footer__inner\"><h2 class=\"site-footer__heading\">Data and licences</h2><p>{}</p><h2 class=\"site-footer__heading\">How to cite</h2><p class=\"site-footer__cite\">{}<span class=\"data-version\">{}</span>.</p><p class=\"site-footer__note\">{}</p></div></footer>",
        text(DATA_LICENCES),
        text(HOW_TO_CITE),
        text(DATA_VERSION),
        text(RUNS_LOCALLY)
    )
}

/// The whole dashboard as static HTML: everything but the interactive event list.
pub fn dashboard() -> String {
    let events = "<p class=\"card static-note\">The list and map of 4,000+ recorded events can be filtered and sorted with JavaScript turned on. The charts above and the sources below work without it.</p>";
    let main = [
        headline_cards(),
        section(SPENDING, &topic_charts(Topic::Spending)),
        section(CASUALTIES, &topic_charts(Topic::Casualties)),
        section(DISPLACEMENT, &topic_charts(Topic::Displacement)),
        section(EVENTS, events),
        section(CLAIMS, &claims()),
        section(SOURCES, &source_cards()),
    ]
    .concat();
    format!(
        "<div class=\"prerendered\">{}<main id=\"main\" tabindex=\"-1\">{main}</main>{}</div>",
        header(),
        footer()
    )
}

/// One embed page's static content: the chart card (or a note for the event list) and the
/// footer with the data version and a link to the dashboard.
pub fn embed(target: EmbedTarget) -> String {
    let body = match target {
        EmbedTarget::Chart(def) => chart_card(def, "/"),
        EmbedTarget::Events => "<p class=\"card static-note\">The list and map of recorded events need JavaScript; the full dashboard has the charts and sources without it.</p>".to_string(),
    };
    format!(
        "<div class=\"embed prerendered\">{body}<footer class=\"embed__footer\"><a href=\"/#{anchor}\" target=\"_blank\" rel=\"noopener\">{site}</a> · data version <span class=\"data-version\">{version}</span></footer></div>",
        anchor = attr(&target.dashboard_anchor()),
        site = text(SITE_TITLE),
        version = text(DATA_VERSION),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::csp::violations;

    #[test]
    fn the_dashboard_shows_every_chart_headline_claim_and_source() {
        let page = dashboard();
        for def in afghan_war_costs::model::chart_catalog::CHARTS {
            assert!(
                page.contains(&format!("id=\"chart-{}\"", def.id)),
                "{}",
                def.id
            );
        }
        assert_eq!(page.matches("class=\"card headline-card\"").count(), 8);
        assert_eq!(
            page.matches("class=\"card claim\"").count(),
            CLAIM_ROWS.len()
        );
        assert_eq!(
            page.matches("class=\"card source-card\"").count(),
            SOURCE_ROWS.len()
        );
        assert_eq!(
            page.matches("<svg").count(),
            afghan_war_costs::model::chart_catalog::CHARTS.len()
        );
        assert!(page.contains(DATA_VERSION));
    }

    #[test]
    fn static_pages_pass_the_content_security_policy() {
        assert_eq!(violations(&dashboard()), Vec::<String>::new());
        for target in EmbedTarget::all() {
            assert_eq!(
                violations(&embed(target)),
                Vec::<String>::new(),
                "{}",
                target.id()
            );
        }
    }

    #[test]
    fn embeds_name_the_data_version_and_link_home() {
        for target in EmbedTarget::all() {
            let page = embed(target);
            assert!(page.contains(DATA_VERSION));
            assert!(page.contains(&format!("href=\"/#{}\"", target.dashboard_anchor())));
        }
    }
}
