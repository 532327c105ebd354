//! Synthetic events for benchmarks: any number of events made deterministically from the
//! bundled ones, never shipped.
//!
//! Each synthetic event copies a real event picked by a fixed pseudo-random sequence (its
//! description, place, province, coordinates, sides, type and collection, so searches match as
//! they would on real data) and gets its own id, a day between 1989 and 2022 and a death count.
//! The same `count` always gives the same events. Used by `examples/bench_filter.rs` and, only
//! in a build made with `AWC_SYNTHETIC_EVENTS=N` (see [`super::dataset_index`]), by the page.

use crate::dataset::{Date, DatePrecision, Event, EVENTS};

/// A small linear congruential generator, so every run makes the same events.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, below: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) % below.max(1)
    }
}

/// `count` synthetic events made from the bundled ones (see the module documentation). Their
/// ids (`syn-0`, `syn-1`, …) are leaked: call this once per process.
pub fn synthetic_events(count: usize) -> Vec<Event> {
    let mut rng = Lcg(2021);
    (0..count)
        .map(|i| {
            let template = &EVENTS[rng.next(EVENTS.len() as u64) as usize];
            let date = Date {
                year: 1989 + rng.next(34) as i32,
                month: 1 + rng.next(12) as u8,
                day: 1 + rng.next(28) as u8,
            };
            let best = rng.next(60) as u32;
            Event {
                id: Box::leak(format!("syn-{i}").into_boxed_str()),
                date,
                precision: DatePrecision::Day,
                date_end: date,
                deaths_best: Some(best),
                deaths_low: Some(best),
                deaths_high: Some(best + rng.next(5) as u32),
                deaths_civilians: None,
                ..*template
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_count_gives_the_same_events() {
        let first = synthetic_events(500);
        let second = synthetic_events(500);
        assert_eq!(first.len(), 500);
        assert_eq!(first, second);
        assert_eq!(first[499].id, "syn-499");
    }

    #[test]
    fn events_copy_real_text_and_places() {
        for event in synthetic_events(200) {
            assert!(EVENTS
                .iter()
                .any(|real| real.description == event.description
                    && real.place == event.place
                    && real.province == event.province));
            assert!((1989..=2022).contains(&event.date.year));
        }
    }
}
