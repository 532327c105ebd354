//! How long one keystroke in the event filter takes, natively, at the dataset's real size and
//! with 100,000 synthetic events made from the real ones at run time (never shipped; see
//! `model::events::synthetic`, which the browser benchmark's synthetic build uses too).
//!
//! Run: `cargo run --release --example bench_filter` (add a number to change the synthetic size).
//! Each "keystroke" is the filter after one more typed character, selected as the page does
//! (`RecentSelections`, which narrows the last selection) and, for comparison, afresh
//! (`EventIndex::select`); the "full" figure adds what the page recomputes too: histogram,
//! per-province counts and the map's dot layer.

use std::time::{Duration, Instant};

use afghan_war_costs::charts::{map_dot_layer, ChartTheme, MapDot, MapOptions, MapRegion};
use afghan_war_costs::dataset::{Event, EVENTS, EVENT_DETAILS, PROVINCES};
use afghan_war_costs::model::events::summary::{province_summary, year_histogram};
use afghan_war_costs::model::events::synthetic::synthetic_events;
use afghan_war_costs::model::events::{
    DateBound, EventFilter, EventIndex, RecentSelections, SortOrder,
};

/// Filters after each typed character of each query, under a few other settings.
fn keystroke_filters() -> Vec<EventFilter> {
    let settings = [
        EventFilter::default(),
        EventFilter {
            provinces: vec!["Kunduz".into(), "Helmand".into()],
            ..EventFilter::default()
        },
        EventFilter {
            from: Some(DateBound::year(2015)),
            to: Some(DateBound::year(2021)),
            min_deaths: Some(10),
            ..EventFilter::default()
        },
        EventFilter {
            sort: SortOrder::DeathsDesc,
            ..EventFilter::default()
        },
        EventFilter {
            sort: SortOrder::PlaceAsc,
            ..EventFilter::default()
        },
    ];
    let queries = [
        "government of afghanistan",
        "kundúz taleban",
        "qala-i-naw 12",
        "airstrike",
    ];
    let mut filters = Vec::new();
    for setting in &settings {
        for query in queries {
            for end in query.char_indices().map(|(i, c)| i + c.len_utf8()) {
                filters.push(EventFilter {
                    text: query[..end].to_string(),
                    ..setting.clone()
                });
            }
        }
    }
    filters
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let rank = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted.get(rank).copied().unwrap_or_default()
}

fn report(label: &str, mut times: Vec<Duration>) {
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "  {label:<38} p50 {:>7.3} ms   p95 {:>7.3} ms   max {:>7.3} ms   ({} keystrokes)",
        ms(percentile(&times, 0.5)),
        ms(percentile(&times, 0.95)),
        ms(times.last().copied().unwrap_or_default()),
        times.len()
    );
}

fn bench(name: &str, events: &[Event]) {
    let provinces: Vec<&str> = PROVINCES.iter().map(|p| p.name).collect();
    let started = Instant::now();
    let index = EventIndex::new(events, EVENT_DETAILS, &provinces);
    println!(
        "{name}: {} events, index built in {:.1} ms",
        index.len(),
        started.elapsed().as_secs_f64() * 1000.0
    );
    let regions: Vec<MapRegion> = PROVINCES
        .iter()
        .map(|p| MapRegion {
            name: p.name,
            rings: p.rings,
            highlighted: false,
        })
        .collect();
    let mut times: [Vec<Duration>; 6] = Default::default();
    let mut matched = 0usize;
    let mut recent = RecentSelections::default();
    for filter in keystroke_filters() {
        let afresh_started = Instant::now();
        let afresh = index.select(&filter);
        let afresh_time = afresh_started.elapsed();
        let started = Instant::now();
        let selection = recent.select(&index, &filter);
        let selected = started.elapsed();
        assert_eq!(selection, afresh, "the page's selection is the fresh one");
        let years = year_histogram(&index, &selection);
        let counted_years = started.elapsed();
        let by_province = province_summary(&index, &selection);
        let counted_provinces = started.elapsed();
        let dots: Vec<MapDot> = selection
            .iter()
            .filter_map(|id| {
                let (lon, lat) = index.lonlat(*id)?;
                Some(MapDot {
                    lon,
                    lat,
                    deaths: f64::from(index.deaths(*id).unwrap_or(0)),
                })
            })
            .collect();
        let map = map_dot_layer(
            &regions,
            &dots,
            &MapOptions {
                width_px: 640,
                theme: ChartTheme::Light,
                aria_label: String::new(),
            },
        );
        let full = started.elapsed();
        for (slot, time) in times.iter_mut().zip([
            afresh_time,
            selected,
            counted_years - selected,
            counted_provinces - counted_years,
            full - counted_provinces,
            full,
        ]) {
            slot.push(time);
        }
        matched +=
            selection.len() + years.len() + by_province.provinces.len() + map.marks.len().min(1);
    }
    let [afresh, filter, histogram, provinces_time, map_time, full] = times;
    report("filter afresh (select)", afresh);
    report("filter as the page does (narrowing)", filter);
    report("  histogram", histogram);
    report("  per-province counts", provinces_time);
    report("  map (dot layer)", map_time);
    report("full keystroke", full);
    // Printed so the work cannot be optimised away.
    println!("  (checksum {matched})");
}

fn main() {
    let size = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(100_000);
    bench("real dataset", EVENTS);
    let synthetic = synthetic_events(size);
    bench("synthetic", &synthetic);
}
