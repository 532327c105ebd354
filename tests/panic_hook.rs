//! The panic hook the app installs at start-up, tested natively: a panic still reaches the
//! console (stderr here) and is handed on, as one line with its message and place, to what
//! records it and shows the reader a banner in the browser. The two "panicked at
//! tests/panic_hook.rs" lines this prints are that console output, as expected.

use std::sync::{Arc, Mutex};

use afghan_war_costs::web::error_report::{merged_record, report_panics_to};

#[test]
fn a_panic_is_reported_with_its_message_and_place() {
    let reports = Arc::new(Mutex::new(Vec::<String>::new()));
    let sink = Arc::clone(&reports);
    report_panics_to(move |text| sink.lock().expect("not poisoned").push(text.to_string()));

    let line = line!() + 1;
    let outcome = std::panic::catch_unwind(|| panic!("probe {}\nsecond line", 42));
    let formatted = std::panic::catch_unwind(|| {
        let missing: Option<u8> = std::hint::black_box(None);
        missing.expect("a value that is not there")
    });
    let _ = std::panic::take_hook();

    assert!(outcome.is_err() && formatted.is_err());
    let reports = reports.lock().expect("not poisoned").clone();
    assert_eq!(reports.len(), 2, "{reports:?}");
    assert!(
        reports[0].starts_with(&format!(
            "panic: probe 42 second line at tests/panic_hook.rs:{line}:"
        )),
        "{reports:?}"
    );
    assert!(reports[1].starts_with("panic: a value that is not there at tests/panic_hook.rs:"));
    // Both fit one record on the page, one per line.
    let record = merged_record(Some(&reports[0]), &reports[1]);
    assert_eq!(record.lines().count(), 2);
}
