//! URL fuzzing of both URL-state parsers: a chart's view (`<chart>.from/.to/.view/.hide`) and the
//! event list's filter (`ev.*`), on the same query strings, as a page load parses them.
//!
//! Every case is a query string built from parts whose meaning is known: valid parameters,
//! malformed ones and noise (other components' keys, empty keys and segments, keys in other
//! cases), written with random percent-encoding, `+` for spaces, padding, repeated keys,
//! huge numbers, random Unicode (right-to-left overrides, zero-width characters, Arabic and
//! Pashto, astral characters, controls), broken escapes and now and then a very long value.
//! For each case the test checks that:
//! - neither parser panics;
//! - every malformed parameter (every malformed item of a list) gets a notice, in order, and
//!   nothing else does; past the cap, the last notice counts the rest;
//! - every valid parameter still applies next to the malformed ones (repeated keys: the last
//!   valid value of a single-valued key, every valid item of a list);
//! - notices stay short however long the input;
//! - what was understood survives a trip back through the query string with no notice.
//!
//! A fixed seed keeps runs reproducible; `AWC_FUZZ_CASES` and `AWC_FUZZ_SEED` change the count
//! (default 100,000) and the seed. A failure names the case, its seed and its query string.

use afghan_war_costs::dataset::PROVINCES;
use afghan_war_costs::model::chart_catalog::{ChartDef, CHARTS};
use afghan_war_costs::model::chart_data::YearSpan;
use afghan_war_costs::model::chart_url::{
    chart_view_params, parse_chart_view, ChartView, ParsedChartView, YEAR_LIMITS,
};
use afghan_war_costs::model::events::date_bound::BOUND_YEARS;
use afghan_war_costs::model::events::labels::{kind_slug, KINDS};
use afghan_war_costs::model::events::query_string::{decode_component, split_query};
use afghan_war_costs::model::events::url::MAX_TEXT_CHARS;
use afghan_war_costs::model::events::{
    parse_event_query, with_event_query, DateBound, EventFilter, ParsedQuery, SortOrder,
};
use afghan_war_costs::model::url_notices::MAX_NOTICES;

const DEFAULT_CASES: u64 = 100_000;
const DEFAULT_SEED: u64 = 0x5eed_0fa4_a920_2021;
/// No notice may be longer than this, whatever the link holds.
const MAX_NOTICE_CHARS: usize = 200;

/// SplitMix64: small, fast and good enough to pick test inputs.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn chance(&mut self, one_in: usize) -> bool {
        self.below(one_in) == 0
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    fn range(&mut self, low: i64, high: i64) -> i64 {
        low + (self.next() % (high - low + 1) as u64) as i64
    }
}

/// Characters that make text awkward: RTL override and isolates, zero-width joiner and space,
/// BOM, Arabic and Pashto letters, Arabic-Indic digits, combining marks, astral characters,
/// controls, fullwidth digits, quotes, markup and URL syntax.
const AWKWARD: &[&str] = &[
    "\u{202e}",
    "\u{2066}",
    "\u{2069}",
    "\u{200d}",
    "\u{200b}",
    "\u{feff}",
    "\u{200f}",
    "د",
    "افغانستان",
    "جګړه",
    "ښ",
    "ځ",
    "الحرب",
    "٣",
    "۴",
    "\u{301}",
    "\u{64b}",
    "𝔘",
    "😀",
    "👩\u{200d}👩\u{200d}👧",
    "\u{0}",
    "\u{7}",
    "\t",
    "\n",
    "\r",
    "２",
    "’",
    "\"",
    "'",
    "<",
    ">",
    "<script>",
    "&amp;",
    "%",
    "%zz",
    "%E2%82",
    "%FF",
    "%C0%AF",
    "%00",
    "=",
    "==",
    "+",
    ",",
    ";",
    " ",
    "\u{a0}",
    "\u{3000}",
    "é",
    "ū",
    "İ",
    "ß",
    "K",
    "\u{212a}",
    "-",
    "--",
    ".",
    "..",
    "/",
    "\\",
    "0",
    "9",
    "-1",
    "1e9",
    "NaN",
    "inf",
    "null",
    "ev.",
    "chart",
    "table",
];

/// Random awkward text of up to `max` pieces (decoded, as the parser sees it after decoding).
fn awkward_text(rng: &mut Rng, max: usize) -> String {
    let pieces = rng.below(max + 1);
    (0..pieces).map(|_| *rng.pick(AWKWARD)).collect()
}

/// A malformed value for any single-valued key: it starts with letters no valid value of any
/// key starts with, then anything. Now and then it is very long.
fn garbage(rng: &mut Rng) -> String {
    let mut text = String::from("zz");
    text.push_str(&awkward_text(rng, 8));
    if rng.chance(400) {
        let unit = awkward_text(rng, 4) + "x";
        while text.len() < 6_000 {
            text.push_str(&unit);
        }
    }
    text
}

/// `text` written into a query as a browser or a person might: each byte that must be escaped
/// is, others are escaped or not at random, spaces become `+`, `%20` or stay.
fn encode(rng: &mut Rng, text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    let escape_all = rng.chance(3);
    for c in text.chars() {
        let mut buf = [0u8; 4];
        let bytes = c.encode_utf8(&mut buf).as_bytes();
        let must = matches!(c, '&' | '=' | '#' | '+' | '%' | ',');
        if c == ' ' && !escape_all {
            let space: &&str = rng.pick(&["+", "%20", " "]);
            out.push_str(space);
        } else if must || escape_all || (!c.is_ascii_alphanumeric() && rng.chance(2)) {
            for byte in bytes {
                out.push_str(&format!("%{byte:02X}"));
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// `text` with random ASCII case.
fn random_case(rng: &mut Rng, text: &str) -> String {
    text.chars()
        .map(|c| match rng.below(3) {
            0 => c.to_ascii_uppercase(),
            1 => c.to_ascii_lowercase(),
            _ => c,
        })
        .collect()
}

/// Spaces (of several kinds) around a value; the parsers trim them.
fn padded(rng: &mut Rng, text: &str) -> String {
    if !rng.chance(4) {
        return text.to_string();
    }
    let pads = [" ", "  ", "\t", "\u{a0}", "\u{3000}", "\n"];
    format!("{}{text}{}", rng.pick(&pads), rng.pick(&pads))
}

/// A province name as a link might write it: any case, some vowels accented.
fn province_spelling(rng: &mut Rng, name: &str) -> String {
    random_case(rng, name)
        .chars()
        .map(|c| match (c, rng.chance(5)) {
            ('a', true) => 'á',
            ('u', true) => 'ū',
            ('e', true) => 'é',
            ('o', true) => 'ö',
            ('i', true) => 'í',
            (c, _) => c,
        })
        .collect()
}

/// A comma list of valid and malformed items in random order; returns the decoded value, the
/// valid items' indexes into `valid`, and how many items are malformed.
fn list_value(
    rng: &mut Rng,
    valid: &[&str],
    spell: impl Fn(&mut Rng, &str) -> String,
) -> (String, Vec<usize>, usize) {
    let mut items = Vec::new();
    let mut chosen = Vec::new();
    let mut bad = 0;
    for _ in 0..rng.below(5) + 1 {
        match rng.below(5) {
            0 => {
                bad += 1;
                let junk = garbage(rng).replace(',', ";");
                items.push(padded(rng, &junk));
            }
            1 => items.push(String::new()), // an empty item is skipped
            _ => {
                let index = rng.below(valid.len());
                chosen.push(index);
                let spelled = spell(rng, valid[index]);
                items.push(padded(rng, &spelled));
            }
        }
    }
    (items.join(","), chosen, bad)
}

/// What the event parser must make of a case.
#[derive(Default)]
struct EventExpect {
    filter: EventFilter,
    /// For each notice, in order, a piece of text it must contain.
    notices: Vec<String>,
}

/// What the chart parser must make of a case, for the chart the case is about.
struct ChartExpect {
    def: &'static ChartDef,
    /// The last value of `.from` and `.to`: a year, or a key piece its notice must contain.
    from: Option<Result<i32, String>>,
    to: Option<Result<i32, String>>,
    /// The last `.view`: table or not, or a piece of its notice.
    view: Option<Result<bool, String>>,
    /// The last `.hide`: the valid series in order and one notice piece per unknown one.
    hide: Option<(Vec<&'static str>, usize)>,
}

struct Case {
    query: String,
    event: EventExpect,
    chart: ChartExpect,
}

fn year_text(rng: &mut Rng, year: i64) -> String {
    match rng.below(6) {
        0 => format!("0{year}"),
        1 => format!("+{year}"),
        _ => year.to_string(),
    }
}

fn date_bound(rng: &mut Rng) -> DateBound {
    let year = rng.range(
        i64::from(*BOUND_YEARS.start()),
        i64::from(*BOUND_YEARS.end()),
    ) as i32;
    let month = (!rng.chance(3)).then(|| rng.range(1, 12) as u8);
    let day = month
        .filter(|_| rng.chance(2))
        .map(|_| rng.range(1, 28) as u8);
    DateBound { year, month, day }
}

fn bound_text(rng: &mut Rng, bound: &DateBound) -> String {
    let short = rng.chance(2);
    let part = |value: u8| {
        if short {
            value.to_string()
        } else {
            format!("{value:02}")
        }
    };
    match (bound.month, bound.day) {
        (Some(month), Some(day)) => format!("{}-{}-{}", bound.year, part(month), part(day)),
        (Some(month), None) => format!("{}-{}", bound.year, part(month)),
        _ => bound.year.to_string(),
    }
}

const BAD_DATES: &[&str] = &[
    "2021-02-30",
    "2021-13",
    "2021-00",
    "2021-1-1-1",
    "2021-",
    "-2021",
    "1899",
    "2101",
    "20210",
    "202",
    "２０２１",
    "2021-02-29",
    "99999999999999999999",
    "2021/03/05",
    "2021-03-05T00:00",
    "٢٠٢١",
    "2021-3-",
    "0000",
];
const BAD_COUNTS: &[&str] = &[
    "-1",
    "4294967296",
    "99999999999999999999999",
    "1.5",
    "1e3",
    "0x1F",
    "١٢",
    "12abc",
    "--5",
    "5-",
    "NaN",
    "∞",
    "1,000",
];
const BAD_YEARS: &[&str] = &["1978", "2026", "-2001", "0", "99999999999", "1e3"];

/// Appends `key=value` to the query, both encoded at random (the key now and then).
fn push(rng: &mut Rng, segments: &mut Vec<String>, key: &str, value: &str) {
    let key = if rng.chance(10) {
        encode(rng, key)
    } else {
        key.to_string()
    };
    let value = encode(rng, value);
    segments.push(format!("{key}={value}"));
}

/// Builds one case from the seed's stream: parts for the events and for one chart, plus noise.
fn make_case(rng: &mut Rng) -> Case {
    let provinces: Vec<&str> = PROVINCES.iter().map(|p| p.name).collect();
    let kinds: Vec<&str> = KINDS.iter().map(|kind| kind_slug(*kind)).collect();
    let sorts: Vec<&str> = SortOrder::ALL.iter().map(|sort| sort.slug()).collect();
    let def = rng.pick(CHARTS);
    let other = rng.pick(CHARTS);
    let mut segments: Vec<String> = Vec::new();
    let mut event = EventExpect::default();
    let mut chart = ChartExpect {
        def,
        from: None,
        to: None,
        view: None,
        hide: None,
    };
    let mut kinds_seen = Vec::new();
    let mut provinces_seen = Vec::new();
    for _ in 0..rng.below(9) {
        match rng.below(22) {
            0 | 1 => {
                let key = *rng.pick(&["ev.from", "ev.to"]);
                let bound = date_bound(rng);
                let text = bound_text(rng, &bound);
                let value = padded(rng, &text);
                push(rng, &mut segments, key, &value);
                if key == "ev.from" {
                    event.filter.from = Some(bound);
                } else {
                    event.filter.to = Some(bound);
                }
            }
            2 => {
                let key = *rng.pick(&["ev.from", "ev.to"]);
                let bad = if rng.chance(2) {
                    rng.pick(BAD_DATES).to_string()
                } else {
                    garbage(rng)
                };
                let value = padded(rng, &bad);
                push(rng, &mut segments, key, &value);
                event.notices.push(format!("“{key}="));
            }
            3 => {
                let (value, chosen, bad) = list_value(rng, &kinds, random_case);
                push(rng, &mut segments, "ev.type", &value);
                kinds_seen.extend(chosen);
                if !value.trim().is_empty() {
                    event
                        .notices
                        .extend((0..bad).map(|_| "“ev.type=".to_string()));
                }
            }
            4 => {
                let (value, chosen, bad) = list_value(rng, &provinces, province_spelling);
                push(rng, &mut segments, "ev.province", &value);
                provinces_seen.extend(chosen);
                if !value.trim().is_empty() {
                    event
                        .notices
                        .extend((0..bad).map(|_| "“ev.province=".to_string()));
                }
            }
            5 => {
                let min = if rng.chance(3) {
                    u64::from(u32::MAX) - rng.below(3) as u64
                } else {
                    rng.below(10_000) as u64
                };
                let text = if rng.chance(4) {
                    format!("000{min}")
                } else {
                    min.to_string()
                };
                let value = padded(rng, &text);
                push(rng, &mut segments, "ev.min", &value);
                event.filter.min_deaths = Some(min as u32);
            }
            6 => {
                let bad = if rng.chance(2) {
                    rng.pick(BAD_COUNTS).to_string()
                } else {
                    garbage(rng)
                };
                let value = padded(rng, &bad);
                push(rng, &mut segments, "ev.min", &value);
                event.notices.push("“ev.min=".to_string());
            }
            7 => {
                let sort = *rng.pick(&sorts);
                let spelled = random_case(rng, sort);
                let value = padded(rng, &spelled);
                push(rng, &mut segments, "ev.sort", &value);
                event.filter.sort = SortOrder::from_slug(sort).expect("a known slug");
            }
            8 => {
                let value = garbage(rng);
                push(rng, &mut segments, "ev.sort", &value);
                event.notices.push("“ev.sort=".to_string());
            }
            9 => {
                // Free text: anything at all; a blank one is skipped.
                let mut text = awkward_text(rng, 12);
                if rng.chance(20) {
                    text = text.repeat(MAX_TEXT_CHARS / text.chars().count().max(1) + 2);
                }
                push(rng, &mut segments, "ev.q", &text);
                if !text.trim().is_empty() {
                    event.filter.text = text.chars().take(MAX_TEXT_CHARS).collect();
                    if text.chars().count() > MAX_TEXT_CHARS {
                        event.notices.push("“ev.q” is longer than".to_string());
                    }
                }
            }
            10 => {
                // A key of the event list that does not exist, with invisible or RTL characters.
                let name = *rng.pick(&["min", "from", "zz", ""]);
                let extra = awkward_text(rng, 3);
                let last = *rng.pick(&["\u{200b}", "\u{202e}", "x", "\u{feff}"]);
                let key = format!("ev.{name}{extra}{last}");
                let key = key.replace(['&', '=', '#', '+', '%'], "_");
                let value = format!("v{}", awkward_text(rng, 4));
                push(rng, &mut segments, &key, &value);
                event.notices.push("“ev.".to_string());
            }
            11 => {
                // A known key with a blank value: skipped by the event list, no notice.
                let key = *rng.pick(&["ev.from", "ev.min", "ev.type", "ev.sort", "ev.q"]);
                let blank = *rng.pick(&["", " ", "\t", "\u{3000}"]);
                push(rng, &mut segments, key, blank);
            }
            12 | 13 => {
                let name = *rng.pick(&["from", "to"]);
                let year = rng.range(i64::from(YEAR_LIMITS.from), i64::from(YEAR_LIMITS.to));
                let written = year_text(rng, year);
                let text = padded(rng, &written);
                push(rng, &mut segments, &format!("{}.{name}", def.id), &text);
                let slot = if name == "from" {
                    &mut chart.from
                } else {
                    &mut chart.to
                };
                *slot = Some(Ok(year as i32));
            }
            14 => {
                let name = *rng.pick(&["from", "to"]);
                let key = format!("{}.{name}", def.id);
                let bad = if rng.chance(2) {
                    rng.pick(BAD_YEARS).to_string()
                } else {
                    garbage(rng)
                };
                let value = padded(rng, &bad);
                push(rng, &mut segments, &key, &value);
                let slot = if name == "from" {
                    &mut chart.from
                } else {
                    &mut chart.to
                };
                *slot = Some(Err(format!("“{key}=")));
            }
            15 => {
                let key = format!("{}.view", def.id);
                match rng.below(3) {
                    0 => {
                        let value = padded(rng, "table");
                        push(rng, &mut segments, &key, &value);
                        chart.view = Some(Ok(true));
                    }
                    1 => {
                        let value = padded(rng, "chart");
                        push(rng, &mut segments, &key, &value);
                        chart.view = Some(Ok(false));
                    }
                    _ => {
                        let value = garbage(rng);
                        push(rng, &mut segments, &key, &value);
                        chart.view = Some(Err(format!("“{key}=")));
                    }
                }
            }
            16 => {
                let series: Vec<&str> = def.series.to_vec();
                let (value, chosen, bad) = if series.is_empty() {
                    let junk = garbage(rng).replace(',', ";");
                    (junk, Vec::new(), 1)
                } else {
                    list_value(rng, &series, |_, name| name.to_string())
                };
                push(rng, &mut segments, &format!("{}.hide", def.id), &value);
                let mut hidden: Vec<&'static str> = Vec::new();
                for index in chosen {
                    let name = def.series[index];
                    if !hidden.contains(&name) {
                        hidden.push(name);
                    }
                }
                chart.hide = Some((hidden, bad));
            }
            17 => {
                // Another chart's parameters: not this chart's business (unless it is the same).
                if other.id != def.id {
                    let value = garbage(rng);
                    push(rng, &mut segments, &format!("{}.from", other.id), &value);
                }
            }
            18 => {
                // Empty segments, empty keys, keys without values, keys in another case.
                let noise =
                    *rng.pick(&["", "=", "=x", "&", "ev", "EV.MIN=abc", "Ev.From=x", "x=%zz"]);
                segments.push(noise.to_string());
            }
            19 => {
                // A key of nobody, any text.
                let key =
                    format!("x{}", awkward_text(rng, 3)).replace(['&', '=', '#', '+', '%'], "_");
                let value = awkward_text(rng, 6);
                push(rng, &mut segments, &key, &value);
            }
            _ => {
                // Raw bytes of a value as a person might paste them: broken escapes and all.
                let raw: String = (0..rng.below(12))
                    .map(|_| {
                        *rng.pick(&["%", "%z", "%2", "%E2%80", "+", "a", "é", "\u{202e}", "="])
                    })
                    .collect();
                segments.push(format!("utm_{}={raw}", rng.below(100)));
            }
        }
    }
    event.filter.kinds = kinds_seen.iter().map(|index| KINDS[*index]).collect();
    event.filter.provinces = provinces_seen
        .iter()
        .map(|index| provinces[*index].to_string())
        .collect();
    let prefix = *rng.pick(&["", "?", "?&"]);
    Case {
        query: format!("{prefix}{}", segments.join("&")),
        event,
        chart,
    }
}

/// The notices a list of expected pieces gives once capped.
fn check_notices(pieces: &[String], notices: &[String]) -> Result<(), String> {
    if let Some(long) = notices
        .iter()
        .find(|notice| notice.chars().count() > MAX_NOTICE_CHARS)
    {
        return Err(format!("a notice is too long: {long:?}"));
    }
    let listed = if pieces.len() > MAX_NOTICES {
        let more = pieces.len() - (MAX_NOTICES - 1);
        let last = notices.last().cloned().unwrap_or_default();
        if notices.len() != MAX_NOTICES || !last.starts_with(&format!("… and {more} more")) {
            return Err(format!(
                "{} malformed parts should give {MAX_NOTICES} notices ending with \
                 “… and {more} more”, got {notices:?}",
                pieces.len()
            ));
        }
        MAX_NOTICES - 1
    } else {
        if notices.len() != pieces.len() {
            return Err(format!(
                "expected {} notices ({pieces:?}), got {notices:?}",
                pieces.len()
            ));
        }
        pieces.len()
    };
    for (piece, notice) in pieces.iter().zip(notices).take(listed) {
        if !notice.contains(piece.as_str()) {
            return Err(format!("notice {notice:?} should name {piece:?}"));
        }
    }
    Ok(())
}

fn check_events(case: &Case, provinces: &[&str]) -> Result<ParsedQuery, String> {
    let parsed = parse_event_query(&case.query, provinces);
    let expected = case.event.filter.clone().normalized();
    if parsed.filter != expected {
        return Err(format!(
            "event filter\n  got      {:?}\n  expected {expected:?}",
            parsed.filter
        ));
    }
    check_notices(&case.event.notices, &parsed.notices)?;
    // What was understood survives a trip through the query string, with no notice.
    let again = parse_event_query(&with_event_query("", &parsed.filter), provinces);
    if again.filter != parsed.filter || !again.notices.is_empty() {
        return Err(format!("event round trip gave {again:?}"));
    }
    Ok(parsed)
}

/// The chart parser reads the query through the router's map: the last value of a key counts.
fn chart_lookup(query: &str) -> impl Fn(&str) -> Option<String> {
    let pairs = split_query(query);
    move |key: &str| {
        pairs
            .iter()
            .rev()
            .find(|pair| pair.key == key)
            .map(|pair| pair.value.clone())
    }
}

fn check_chart(case: &Case) -> Result<ParsedChartView, String> {
    let expect = &case.chart;
    let def = expect.def;
    let parsed = parse_chart_view(def, chart_lookup(&case.query));
    let default = ChartView::default_for(def);
    let mut pieces: Vec<String> = Vec::new();
    let mut year = |slot: &Option<Result<i32, String>>, fallback: i32| match slot {
        Some(Ok(year)) => *year,
        Some(Err(piece)) => {
            pieces.push(piece.clone());
            fallback
        }
        None => fallback,
    };
    let from = year(&expect.from, default.span.from);
    let to = year(&expect.to, default.span.to);
    let span = if from <= to {
        YearSpan { from, to }
    } else {
        pieces.push(format!("“{}.from=", def.id));
        default.span
    };
    let table = match &expect.view {
        Some(Ok(table)) => *table,
        Some(Err(piece)) => {
            pieces.push(piece.clone());
            false
        }
        None => false,
    };
    let hidden = match &expect.hide {
        Some((hidden, bad)) => {
            pieces.extend((0..*bad).map(|_| format!("“{}.hide” names an unknown series", def.id)));
            hidden.iter().map(|name| name.to_string()).collect()
        }
        None => Vec::new(),
    };
    let expected = ChartView {
        span,
        table,
        hidden,
    };
    if parsed.view != expected {
        return Err(format!(
            "chart {} view\n  got      {:?}\n  expected {expected:?}",
            def.id, parsed.view
        ));
    }
    check_notices(&pieces, &parsed.notices)?;
    let params = chart_view_params(def, &parsed.view);
    let again = parse_chart_view(def, |key| {
        params
            .iter()
            .find(|(name, _)| name == key)
            .and_then(|(_, value)| value.clone())
    });
    if again.view != parsed.view || !again.notices.is_empty() {
        return Err(format!("chart round trip gave {again:?}"));
    }
    Ok(parsed)
}

/// Every other chart reads the same query too: whatever it holds, no panic, a sane period and
/// short, capped notices.
fn check_other_charts(case: &Case) -> Result<(), String> {
    let lookup = chart_lookup(&case.query);
    for def in CHARTS {
        let parsed = parse_chart_view(def, &lookup);
        let span = parsed.view.span;
        if !(YEAR_LIMITS.contains(span.from)
            && YEAR_LIMITS.contains(span.to)
            && span.from <= span.to)
        {
            return Err(format!(
                "chart {} shows an impossible period {span:?}",
                def.id
            ));
        }
        if parsed.notices.len() > MAX_NOTICES
            || parsed
                .notices
                .iter()
                .any(|notice| notice.chars().count() > MAX_NOTICE_CHARS)
        {
            return Err(format!("chart {} notices are not bounded", def.id));
        }
    }
    Ok(())
}

fn env_number(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|text| {
            let text = text.trim().replace('_', "");
            match text.strip_prefix("0x") {
                Some(hex) => u64::from_str_radix(hex, 16).ok(),
                None => text.parse().ok(),
            }
        })
        .unwrap_or(default)
}

/// Totals over a run of cases, to check the generator really exercised both parsers.
#[derive(Default)]
struct Tally {
    event_notices: usize,
    chart_notices: usize,
    applied: usize,
}

/// Runs cases `first..end` of the stream; panics naming the first case that fails.
fn run_cases(seed: u64, first: u64, end: u64, provinces: &[&str]) -> Tally {
    let mut tally = Tally::default();
    for index in first..end {
        let case_seed = seed ^ index.wrapping_mul(0x2545_f491_4f6c_dd1d);
        let mut rng = Rng(case_seed);
        let case = make_case(&mut rng);
        let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            let events = check_events(&case, provinces)?;
            let chart = check_chart(&case)?;
            check_other_charts(&case)?;
            Ok::<_, String>((events, chart))
        }));
        match outcome {
            Ok(Ok((events, chart))) => {
                tally.event_notices += events.notices.len();
                tally.chart_notices += chart.notices.len();
                tally.applied += usize::from(events.filter != EventFilter::default());
            }
            Ok(Err(problem)) => panic!(
                "case {index} (seed {case_seed:#x}) query {:?}:\n{problem}",
                case.query
            ),
            Err(_) => panic!(
                "case {index} (seed {case_seed:#x}) panicked on query {:?}",
                case.query
            ),
        }
    }
    tally
}

#[test]
fn both_url_parsers_survive_100_000_hostile_links() {
    let cases = env_number("AWC_FUZZ_CASES", DEFAULT_CASES);
    let seed = env_number("AWC_FUZZ_SEED", DEFAULT_SEED);
    let provinces: Vec<&str> = PROVINCES.iter().map(|p| p.name).collect();
    let started = std::time::Instant::now();
    // The cases are independent: one share per core keeps a debug run short.
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get() as u64);
    let share = cases.div_ceil(threads);
    let tallies: Vec<Tally> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|worker| {
                let provinces = &provinces;
                let first = (worker * share).min(cases);
                let end = ((worker + 1) * share).min(cases);
                scope.spawn(move || run_cases(seed, first, end, provinces))
            })
            .collect();
        workers
            .into_iter()
            .map(|worker| {
                worker
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
            .collect()
    });
    let event_notices: usize = tallies.iter().map(|t| t.event_notices).sum();
    let chart_notices: usize = tallies.iter().map(|t| t.chart_notices).sum();
    let applied: usize = tallies.iter().map(|t| t.applied).sum();
    // The generator really produced both kinds of parts (guards against a silent no-op).
    assert!(event_notices > cases as usize / 4, "{event_notices}");
    assert!(chart_notices > cases as usize / 10, "{chart_notices}");
    assert!(applied > cases as usize / 4, "{applied}");
    eprintln!(
        "{cases} cases on {threads} threads in {:.1} s: {event_notices} event notices, \
         {chart_notices} chart notices",
        started.elapsed().as_secs_f64()
    );
}

#[test]
fn decoding_is_total_on_broken_escapes() {
    // The fuzzer leans on percent-decoding; its edge cases in one place.
    for raw in [
        "%", "%%", "%zz", "%E2%82", "%FF%FE", "%C0%AF", "%00", "%2", "a%2Cb", "+%2B+",
    ] {
        let decoded = decode_component(raw);
        assert!(!decoded.is_empty());
    }
    assert_eq!(decode_component("a%2Cb"), "a,b");
    assert_eq!(decode_component("+%2B+"), " + ");
}
