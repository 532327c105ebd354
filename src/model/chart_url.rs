//! A chart's view in the URL: `<chart>.from`, `<chart>.to`, `<chart>.view=table` and
//! `<chart>.hide=<series>,…` on the dashboard; the same keys without the `<chart>.` prefix on a
//! chart's embed page, which shows one chart only. Parsing never fails: what is not understood
//! is ignored and reported as a notice, and the rest applies. Notices quote at most a few dozen
//! characters of a parameter and are summed up past a handful, however hostile the link.

use crate::model::chart_catalog::ChartDef;
use crate::model::chart_data::YearSpan;
use crate::model::url_notices::{capped, shorten};

/// Earliest and latest year any chart can show.
pub const YEAR_LIMITS: YearSpan = YearSpan {
    from: 1979,
    to: 2025,
};

/// What one chart shows: its period, chart or table, and the series the reader hid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChartView {
    pub span: YearSpan,
    pub table: bool,
    pub hidden: Vec<String>,
}

impl ChartView {
    /// The view a chart opens with when the URL says nothing about it.
    pub fn default_for(def: &ChartDef) -> ChartView {
        ChartView {
            span: YearSpan {
                from: def.default_period.0,
                to: def.default_period.1,
            },
            table: false,
            hidden: Vec::new(),
        }
    }
}

/// How a page names a chart's parameters: the dashboard holds many charts, so their keys carry
/// the chart's id; an embed page holds one, so its keys are bare (`from`, `to`, `view`, `hide`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChartKeys {
    Dashboard,
    Embed,
}

impl ChartKeys {
    /// The full query key of parameter `name` (`from`, `to`, `view`, `hide`) for `def`.
    pub fn key(self, def: &ChartDef, name: &str) -> String {
        match self {
            ChartKeys::Dashboard => format!("{}.{name}", def.id),
            ChartKeys::Embed => name.to_string(),
        }
    }
}

/// A parsed view and a sentence for each parameter that was ignored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParsedChartView {
    pub view: ChartView,
    pub notices: Vec<String>,
}

fn parse_year(key: &str, raw: &str, notices: &mut Vec<String>) -> Option<i32> {
    match raw.trim().parse::<i32>() {
        Ok(year) if YEAR_LIMITS.contains(year) => Some(year),
        Ok(year) => {
            notices.push(format!(
                "“{}” is outside {}–{}; ignored.",
                shorten(&format!("{key}={year}")),
                YEAR_LIMITS.from,
                YEAR_LIMITS.to
            ));
            None
        }
        Err(_) => {
            notices.push(format!(
                "“{}” is not a year; ignored.",
                shorten(&format!("{key}={raw}"))
            ));
            None
        }
    }
}

/// Reads the chart's dashboard parameters through `get` (a query-string look-up).
pub fn parse_chart_view(def: &ChartDef, get: impl Fn(&str) -> Option<String>) -> ParsedChartView {
    parse_chart_view_keyed(def, ChartKeys::Dashboard, get)
}

/// Reads the chart's parameters, named as `keys` says, through `get`.
pub fn parse_chart_view_keyed(
    def: &ChartDef,
    keys: ChartKeys,
    get: impl Fn(&str) -> Option<String>,
) -> ParsedChartView {
    let mut view = ChartView::default_for(def);
    let mut notices = Vec::new();
    let key = |name: &str| keys.key(def, name);

    let from_key = key("from");
    let to_key = key("to");
    let from = get(&from_key).and_then(|raw| parse_year(&from_key, &raw, &mut notices));
    let to = get(&to_key).and_then(|raw| parse_year(&to_key, &raw, &mut notices));
    let span = YearSpan {
        from: from.unwrap_or(view.span.from),
        to: to.unwrap_or(view.span.to),
    };
    if span.from <= span.to {
        view.span = span;
    } else {
        notices.push(format!(
            "“{from_key}={}” is after “{to_key}={}”; the chart's default period is shown.",
            span.from, span.to
        ));
    }

    let view_key = key("view");
    match get(&view_key).as_deref().map(str::trim) {
        None | Some("chart") => {}
        Some("table") => view.table = true,
        Some(other) => notices.push(format!(
            "“{}” is not chart or table; ignored.",
            shorten(&format!("{view_key}={other}"))
        )),
    }

    let hide_key = key("hide");
    if let Some(raw) = get(&hide_key) {
        for name in raw
            .split(',')
            .map(str::trim)
            .filter(|name| !name.is_empty())
        {
            if def.series.contains(&name) {
                if !view.hidden.iter().any(|hidden| hidden == name) {
                    view.hidden.push(name.to_string());
                }
            } else {
                notices.push(format!(
                    "“{hide_key}” names an unknown series “{}”; ignored.",
                    shorten(name)
                ));
            }
        }
    }
    ParsedChartView {
        view,
        notices: capped(notices),
    }
}

/// The query parameters that reproduce `view`; parameters equal to the default are left out
/// (value `None`) so links stay short.
pub fn chart_view_params(def: &ChartDef, view: &ChartView) -> Vec<(String, Option<String>)> {
    chart_view_params_keyed(def, ChartKeys::Dashboard, view)
}

/// [`chart_view_params`] with keys named as `keys` says.
pub fn chart_view_params_keyed(
    def: &ChartDef,
    keys: ChartKeys,
    view: &ChartView,
) -> Vec<(String, Option<String>)> {
    let default = ChartView::default_for(def);
    let key = |name: &str| keys.key(def, name);
    let differs = |value: i32, default: i32| (value != default).then(|| value.to_string());
    vec![
        (key("from"), differs(view.span.from, default.span.from)),
        (key("to"), differs(view.span.to, default.span.to)),
        (key("view"), view.table.then(|| "table".to_string())),
        (
            key("hide"),
            (!view.hidden.is_empty()).then(|| view.hidden.join(",")),
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::chart_catalog::{chart, CHARTS};
    use std::collections::HashMap;

    fn parse(def: &ChartDef, pairs: &[(&str, &str)]) -> ParsedChartView {
        let map: HashMap<String, String> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        parse_chart_view(def, |key| map.get(key).cloned())
    }

    fn def() -> &'static ChartDef {
        chart("refugees").expect("chart exists")
    }

    #[test]
    fn no_parameters_give_the_default_view() {
        let parsed = parse(def(), &[]);
        assert_eq!(parsed.view, ChartView::default_for(def()));
        assert!(parsed.notices.is_empty());
    }

    #[test]
    fn a_valid_view_round_trips() {
        let view = ChartView {
            span: YearSpan {
                from: 1990,
                to: 2001,
            },
            table: true,
            hidden: vec!["unhcr-refugees-iran".to_string()],
        };
        let params = chart_view_params(def(), &view);
        let pairs: Vec<(&str, &str)> = params
            .iter()
            .filter_map(|(key, value)| value.as_deref().map(|value| (key.as_str(), value)))
            .collect();
        let parsed = parse(def(), &pairs);
        assert_eq!(parsed.view, view);
        assert!(parsed.notices.is_empty());
    }

    #[test]
    fn malformed_parameters_are_ignored_with_a_notice_and_the_rest_applies() {
        let parsed = parse(
            def(),
            &[
                ("refugees.from", "abc"),
                ("refugees.to", "2001"),
                ("refugees.view", "pie"),
                ("refugees.hide", "nonsense,unhcr-refugees-iran"),
            ],
        );
        assert_eq!(
            parsed.view.span,
            YearSpan {
                from: 1979,
                to: 2001
            }
        );
        assert!(!parsed.view.table);
        assert_eq!(parsed.view.hidden, vec!["unhcr-refugees-iran".to_string()]);
        assert_eq!(parsed.notices.len(), 3, "{:?}", parsed.notices);
        assert!(parsed.notices[0].contains("“refugees.from=abc” is not a year"));
    }

    #[test]
    fn an_inverted_or_impossible_period_falls_back() {
        let parsed = parse(def(), &[("refugees.from", "2010"), ("refugees.to", "2000")]);
        assert_eq!(parsed.view.span, ChartView::default_for(def()).span);
        assert_eq!(parsed.notices.len(), 1);
        let parsed = parse(def(), &[("refugees.from", "99999999999")]);
        assert_eq!(parsed.notices.len(), 1);
    }

    #[test]
    fn a_hostile_link_cannot_flood_the_notices() {
        let long = "9".repeat(10_000);
        let many: Vec<String> = (0..500).map(|n| format!("series-{n}")).collect();
        let many = many.join(",");
        let parsed = parse(
            def(),
            &[("refugees.from", long.as_str()), ("refugees.hide", &many)],
        );
        assert_eq!(parsed.notices.len(), 8, "{:?}", parsed.notices);
        assert!(parsed
            .notices
            .iter()
            .all(|notice| notice.chars().count() < 120));
        assert!(parsed.notices[7].starts_with("… and 494 more"));
    }

    #[test]
    fn arbitrary_input_never_panics() {
        // A seeded generator of awkward strings: digits, signs, unicode, separators.
        let alphabet: Vec<char> = "0123456789-+,. table chart\u{200b}\u{202e}é𝔘%&="
            .chars()
            .collect();
        let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for case in 0..20_000 {
            let def = &CHARTS[case % CHARTS.len()];
            let len = (next() % 12) as usize;
            let text: String = (0..len)
                .map(|_| alphabet[(next() % alphabet.len() as u64) as usize])
                .collect();
            let parsed = parse_chart_view(def, |_| Some(text.clone()));
            assert!(parsed.view.span.from <= parsed.view.span.to);
        }
    }

    #[test]
    fn embed_keys_are_bare_and_ignore_dashboard_keys() {
        let def = def();
        let view = ChartView {
            span: YearSpan {
                from: 2001,
                to: 2010,
            },
            table: false,
            hidden: Vec::new(),
        };
        let params = chart_view_params_keyed(def, ChartKeys::Embed, &view);
        assert!(params.iter().any(|(key, _)| key == "from"));
        let map: HashMap<String, String> = params
            .into_iter()
            .filter_map(|(key, value)| value.map(|value| (key, value)))
            .collect();
        let parsed = parse_chart_view_keyed(def, ChartKeys::Embed, |key| map.get(key).cloned());
        assert_eq!(parsed.view, view);
        // A dashboard key means nothing on an embed page.
        let parsed = parse_chart_view_keyed(def, ChartKeys::Embed, |key| {
            (key == format!("{}.from", def.id)).then(|| "2001".to_string())
        });
        assert_eq!(parsed.view, ChartView::default_for(def));
    }
}
