//! Embedding one chart, or the event list, in another site: which page shows what
//! (`/embed/<chart-id>.html`, `/embed/events.html`), the render options in its URL (`theme`,
//! `plain`, `static`) and the snippets an editor pastes. Pure, tested natively.

use crate::charts::escape_xml;
use crate::model::chart_catalog::{chart, ChartDef, CHARTS};
use crate::model::chart_url::ChartView;
use crate::model::events::query_string::encode_pair;

/// The folder of the embed pages, one static HTML file per target.
pub const EMBED_DIR: &str = "embed";
/// The file name (without `.html`) of the event list's embed page.
pub const EVENTS_TARGET: &str = "events";
/// The host-page script that resizes auto-height iframes (served from `public/`).
pub const RESIZE_SCRIPT: &str = "embed.js";
/// The tag every height message carries, so the host script can tell ours from others'.
pub const MESSAGE_SENDER: &str = "afghan-war-costs";

/// What an embed page shows.
#[derive(Debug, Clone, Copy)]
pub enum EmbedTarget {
    Chart(&'static ChartDef),
    Events,
}

/// Targets are the same when they name the same page.
impl PartialEq for EmbedTarget {
    fn eq(&self, other: &EmbedTarget) -> bool {
        self.id() == other.id()
    }
}

impl Eq for EmbedTarget {}

impl EmbedTarget {
    /// Every embed page the build writes, charts first.
    pub fn all() -> impl Iterator<Item = EmbedTarget> {
        CHARTS
            .iter()
            .map(EmbedTarget::Chart)
            .chain(std::iter::once(EmbedTarget::Events))
    }

    /// The target named by an embed page's file name (`refugees.html`), if any.
    pub fn from_file_name(file_name: &str) -> Option<EmbedTarget> {
        let id = file_name.strip_suffix(".html").unwrap_or(file_name);
        if id == EVENTS_TARGET {
            return Some(EmbedTarget::Events);
        }
        chart(id).map(EmbedTarget::Chart)
    }

    /// The id used in file names and height messages.
    pub fn id(self) -> &'static str {
        match self {
            EmbedTarget::Chart(def) => def.id,
            EmbedTarget::Events => EVENTS_TARGET,
        }
    }

    /// The page's title, for the iframe's `title` attribute.
    pub fn title(self) -> &'static str {
        match self {
            EmbedTarget::Chart(def) => def.title,
            EmbedTarget::Events => "Events of the war in Afghanistan, filterable",
        }
    }

    /// The page's path from the site root: `/embed/<id>.html`.
    pub fn path(self) -> String {
        format!("/{EMBED_DIR}/{}.html", self.id())
    }

    /// Where the same view sits on the full dashboard.
    pub fn dashboard_anchor(self) -> String {
        match self {
            EmbedTarget::Chart(def) => format!("chart-{}", def.id),
            EmbedTarget::Events => "events".to_string(),
        }
    }
}

/// The colours an embed is drawn in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ThemeChoice {
    /// Follows the reader's system setting.
    #[default]
    Auto,
    Light,
    Dark,
}

impl ThemeChoice {
    /// The value of `data-theme` on `<html>`, or `None` to follow the system.
    pub fn attribute(self) -> Option<&'static str> {
        match self {
            ThemeChoice::Auto => None,
            ThemeChoice::Light => Some("light"),
            ThemeChoice::Dark => Some("dark"),
        }
    }
}

/// How an embed page renders, from its URL: `theme=light|dark|auto`, `plain` (no header or
/// footer) and `static` (no controls, tooltips or links into the chart).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct EmbedOptions {
    pub theme: ThemeChoice,
    pub plain: bool,
    pub static_view: bool,
}

/// Options and a sentence for each parameter that was ignored.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ParsedEmbedOptions {
    pub options: EmbedOptions,
    pub notices: Vec<String>,
}

/// A flag is on when present with no value or with `1`/`true`/`yes`, off with `0`/`false`/`no`.
fn parse_flag(key: &str, raw: Option<String>, notices: &mut Vec<String>) -> bool {
    let Some(raw) = raw else { return false };
    match raw.trim().to_ascii_lowercase().as_str() {
        "" | "1" | "true" | "yes" => true,
        "0" | "false" | "no" => false,
        _ => {
            notices.push(format!("“{key}={raw}” is not on or off; ignored."));
            false
        }
    }
}

/// Reads the render options through `get` (a query-string look-up).
pub fn parse_embed_options(get: impl Fn(&str) -> Option<String>) -> ParsedEmbedOptions {
    let mut notices = Vec::new();
    let theme = match get("theme").as_deref().map(str::trim) {
        None | Some("auto") | Some("") => ThemeChoice::Auto,
        Some("light") => ThemeChoice::Light,
        Some("dark") => ThemeChoice::Dark,
        Some(other) => {
            notices.push(format!(
                "“theme={other}” is not light, dark or auto; the reader's setting is used."
            ));
            ThemeChoice::Auto
        }
    };
    let plain = parse_flag("plain", get("plain"), &mut notices);
    let static_view = parse_flag("static", get("static"), &mut notices);
    ParsedEmbedOptions {
        options: EmbedOptions {
            theme,
            plain,
            static_view,
        },
        notices,
    }
}

impl EmbedOptions {
    /// The query pairs that reproduce these options; defaults are left out.
    pub fn params(self) -> Vec<(&'static str, Option<&'static str>)> {
        vec![
            ("theme", self.theme.attribute()),
            ("plain", self.plain.then_some("1")),
            ("static", self.static_view.then_some("1")),
        ]
    }
}

/// The height message an embed page posts to its parent: a small JSON object the host
/// script checks field by field before it resizes anything.
pub fn height_message(target: EmbedTarget, height_px: u32) -> String {
    format!(
        r#"{{"sender":"{MESSAGE_SENDER}","type":"embed-height","id":"{}","height":{height_px}}}"#,
        target.id()
    )
}

/// Widths an editor can size a fixed iframe for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Breakpoint {
    pub label: &'static str,
    pub width_px: u32,
}

/// Phone, article column and wide layouts.
pub const BREAKPOINTS: [Breakpoint; 3] = [
    Breakpoint {
        label: "Phone (360 px)",
        width_px: 360,
    },
    Breakpoint {
        label: "Article column (640 px)",
        width_px: 640,
    },
    Breakpoint {
        label: "Wide (960 px)",
        width_px: 960,
    },
];

/// Lines a text of `chars` characters takes at `px_per_char` in a column `width_px` wide.
fn text_lines(chars: usize, px_per_char: f64, width_px: f64) -> u32 {
    ((chars as f64 * px_per_char / width_px.max(1.0)).ceil() as u32).max(1)
}

/// A fixed iframe height that fits `target` at `width_px` without a scrollbar: the chart as
/// drawn at that width, plus the lines its title, controls, summary, key-event list, source
/// line and footer wrap to there. Generous by design (text width is estimated, not measured):
/// a little space under the chart is better than a scrollbar.
pub fn fixed_height_px(target: EmbedTarget, options: EmbedOptions, width_px: u32) -> u32 {
    let EmbedTarget::Chart(def) = target else {
        // Filters, a page of rows and the map; the map stacks under the list on a phone.
        return if width_px < 700 { 2600 } else { 1900 };
    };
    // Embed padding, card padding and border.
    let column = f64::from(width_px.saturating_sub(52).max(200));
    let view = ChartView::default_for(def);
    let drawing = crate::model::chart_render::draw_chart(
        def,
        &view,
        column as u32,
        crate::charts::ChartTheme::Light,
    );
    let numbered_key = drawing.rendered.markers.iter().any(|marker| {
        marker
            .shown_text
            .as_deref()
            .map_or(true, |text| text.chars().all(|c| c.is_ascii_digit()))
    });
    let sources: usize = crate::model::chart_data::chart_sources(def, view.span)
        .iter()
        .filter_map(|id| crate::dataset::source(id))
        .map(|source| source.publisher.len() + source.date.len() + 5)
        .sum();
    let summary = crate::model::chart_summary::chart_summary(def, view.span).len();
    let subtitle = crate::model::chart_summary::chart_subtitle(def, view.span).len();

    // Margins between the parts; on a phone the controls and the legend wrap much more.
    let spacing = if column < 400.0 { 210 } else { 40 };
    let mut height = spacing + drawing.rendered.height_px;
    height += 30 * text_lines(def.title.len(), 11.5, column);
    height += 26 * text_lines(subtitle, 9.0, column);
    height += 27 * text_lines(summary, 9.0, column) + 8;
    height += 21 * text_lines(sources + 9, 7.6, column) + 8;
    if numbered_key {
        height += 21 * drawing.rendered.markers.len() as u32 + 8;
    }
    if options.static_view {
        height += 48; // "The data as a table", folded
    } else {
        // Period pickers, the series checkboxes as they wrap, and the table switch.
        let is_time_chart = def.category_table.is_none();
        let series_px: f64 = def
            .series
            .iter()
            .filter_map(|id| crate::dataset::series(id))
            .map(|series| series.label.len() as f64 * 8.6 + 40.0)
            .sum();
        let controls_px = if is_time_chart {
            64.0 + 70.0 + 30.0 * (series_px / column).ceil() + 50.0
        } else {
            50.0
        };
        height += controls_px.ceil() as u32;
    }
    if !options.plain {
        height += 22 * text_lines(90, 7.0, column) + 10;
    }
    height
}

/// The embed page's full URL for `target` showing `view`, with `options`.
pub fn embed_url(
    site_origin: &str,
    target: EmbedTarget,
    view_params: &[(String, Option<String>)],
    options: EmbedOptions,
) -> String {
    let mut query: Vec<String> = view_params
        .iter()
        .filter_map(|(key, value)| value.as_ref().map(|value| (key, value)))
        .map(|(key, value)| encode_pair(key, value))
        .collect();
    query.extend(
        options
            .params()
            .into_iter()
            .filter_map(|(key, value)| value.map(|value| format!("{key}={value}"))),
    );
    let query = if query.is_empty() {
        String::new()
    } else {
        format!("?{}", query.join("&"))
    };
    format!(
        "{}{}{query}",
        site_origin.trim_end_matches('/'),
        target.path()
    )
}

/// Snippet (a): a plain iframe that needs no script, sized for one breakpoint. No `style`
/// attribute, so a host page under a strict Content-Security-Policy takes it as it is.
pub fn iframe_snippet(url: &str, title: &str, height_px: u32) -> String {
    format!(
        r#"<iframe src="{}" title="{}" width="100%" height="{height_px}" frameborder="0" loading="lazy"></iframe>"#,
        escape_xml(url),
        escape_xml(title)
    )
}

/// Snippet (b): the iframe takes its content's height, sent by the embed page and applied by
/// the small host script; `height_px` is used until the first message arrives.
pub fn auto_height_snippet(url: &str, site_origin: &str, title: &str, height_px: u32) -> String {
    format!(
        r#"<iframe src="{}" title="{}" width="100%" height="{height_px}" frameborder="0" loading="lazy" data-awc-embed></iframe>
<script src="{}/{RESIZE_SCRIPT}" async></script>"#,
        escape_xml(url),
        escape_xml(title),
        escape_xml(site_origin.trim_end_matches('/'))
    )
}

/// The chart view an embed starts from when the dashboard card is at `view`.
pub fn embed_view_params(def: &ChartDef, view: &ChartView) -> Vec<(String, Option<String>)> {
    crate::model::chart_url::chart_view_params_keyed(
        def,
        crate::model::chart_url::ChartKeys::Embed,
        view,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn options(pairs: &[(&str, &str)]) -> ParsedEmbedOptions {
        let map: HashMap<&str, &str> = pairs.iter().copied().collect();
        parse_embed_options(|key| map.get(key).map(|value| value.to_string()))
    }

    #[test]
    fn every_chart_and_the_event_list_have_a_page() {
        let targets: Vec<EmbedTarget> = EmbedTarget::all().collect();
        assert_eq!(targets.len(), CHARTS.len() + 1);
        for target in targets {
            let file = target
                .path()
                .rsplit('/')
                .next()
                .unwrap_or_default()
                .to_string();
            assert_eq!(EmbedTarget::from_file_name(&file), Some(target));
        }
        assert_eq!(EmbedTarget::from_file_name("nope.html"), None);
        assert_eq!(EmbedTarget::from_file_name(""), None);
    }

    #[test]
    fn options_parse_and_malformed_ones_give_notices() {
        assert_eq!(options(&[]).options, EmbedOptions::default());
        let parsed = options(&[("theme", "dark"), ("plain", ""), ("static", "1")]);
        assert_eq!(
            parsed.options,
            EmbedOptions {
                theme: ThemeChoice::Dark,
                plain: true,
                static_view: true
            }
        );
        assert!(parsed.notices.is_empty());
        let parsed = options(&[("theme", "purple"), ("plain", "maybe"), ("static", "no")]);
        assert_eq!(parsed.options, EmbedOptions::default());
        assert_eq!(parsed.notices.len(), 2);
        assert!(parsed.notices[0].contains("theme=purple"));
    }

    #[test]
    fn urls_carry_the_view_and_options_encoded() {
        let def = chart("refugees").expect("refugees chart");
        let params = vec![
            ("from".to_string(), Some("1990".to_string())),
            ("to".to_string(), None),
            ("hide".to_string(), Some("a b&c".to_string())),
        ];
        let url = embed_url(
            "https://example.org/",
            EmbedTarget::Chart(def),
            &params,
            EmbedOptions {
                theme: ThemeChoice::Light,
                plain: false,
                static_view: true,
            },
        );
        assert_eq!(
            url,
            "https://example.org/embed/refugees.html?from=1990&hide=a%20b%26c&theme=light&static=1"
        );
    }

    #[test]
    fn snippets_escape_their_attributes() {
        let snippet = iframe_snippet("https://x/?a=1&b=\"2\"", "A <title>", 500);
        assert!(snippet.contains(r#"src="https://x/?a=1&amp;b=&quot;2&quot;""#));
        assert!(snippet.contains(r#"title="A &lt;title&gt;""#));
        assert!(snippet.contains(r#"height="500""#));
        let auto = auto_height_snippet("https://x/embed/a.html", "https://x", "T", 400);
        assert!(auto.contains("data-awc-embed"));
        assert!(auto.contains(r#"<script src="https://x/embed.js" async></script>"#));
    }

    #[test]
    fn fixed_heights_grow_on_narrow_screens_and_shrink_when_plain() {
        for target in EmbedTarget::all() {
            let auto = EmbedOptions::default();
            let phone = fixed_height_px(target, auto, 360);
            let wide = fixed_height_px(target, auto, 960);
            assert!(phone >= 400 && wide >= 400, "{target:?}");
            let plain = EmbedOptions {
                plain: true,
                ..auto
            };
            if matches!(target, EmbedTarget::Chart(_)) {
                assert!(fixed_height_px(target, plain, 640) < fixed_height_px(target, auto, 640));
            }
        }
    }

    #[test]
    fn the_height_message_is_json_with_sender_and_id() {
        let def = chart("refugees").expect("refugees chart");
        assert_eq!(
            height_message(EmbedTarget::Chart(def), 612),
            r#"{"sender":"afghan-war-costs","type":"embed-height","id":"refugees","height":612}"#
        );
    }
}
