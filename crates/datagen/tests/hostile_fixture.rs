//! The hostile fixture (`tests/fixtures/hostile-data/`, a copy of `data/` whose strings hold
//! markup, script, bidi controls, zero-width characters and Arabic script) validates, keeps
//! every such string exactly as written, and is written out as Rust literals that escape the
//! controls, so the browser test of that build sees the strings the CSV holds.

use std::path::PathBuf;

const SCRIPT: &str = "<script>window.__pwned=1</script>";
const IMG: &str = "<img src=x onerror=\"window.__pwned=1\">";
const RLO: char = '\u{202e}';

fn fixture_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/hostile-data")
}

#[test]
fn the_hostile_fixture_validates_and_keeps_its_strings_verbatim() {
    let (dataset, _) = match datagen::load(&fixture_dir()) {
        Ok(loaded) => loaded,
        Err(errors) => panic!("the hostile fixture does not validate:\n{errors}"),
    };
    let event = dataset
        .events
        .iter()
        .find(|event| event.id == "key-2009-12-01")
        .expect("the surge event");
    assert!(event.description.starts_with(SCRIPT));
    assert!(event.description.contains("د افغانستان جګړه"));
    let place = dataset
        .events
        .iter()
        .find(|event| event.place.starts_with("Hutal <img"))
        .expect("the hostile place");
    assert!(place.place.contains(IMG) && place.place.contains(RLO));
    assert!(place.place.ends_with("(Maywand)\u{200d}\u{200b}"));
    let source = dataset.source("dod-via-ap-2021-04-30").expect("source");
    assert!(source.document.starts_with(IMG));
    let publisher = &dataset
        .source("unhcr-population-2025")
        .expect("source")
        .publisher;
    assert!(publisher.contains(SCRIPT));
    let claim = dataset
        .claims
        .iter()
        .find(|claim| claim.number == "2")
        .expect("claim 2");
    assert!(claim.quote.contains(SCRIPT) && claim.quote.contains("الحرب في أفغانستان"));
    let figure = dataset.figure("us-dod-war-fighting").expect("figure");
    assert_eq!(
        figure.label,
        format!("{IMG} DoD war-fighting & costs\u{200d}")
    );
    let series = dataset
        .series
        .iter()
        .find(|series| series.id == "unhcr-refugees-iran")
        .expect("series");
    assert!(series.label.contains(SCRIPT));
    assert!(dataset
        .coalition_deaths_by_country
        .iter()
        .any(|row| row.country.starts_with("Australia <b>&amp;</b> \u{202e}")));
}

#[test]
fn the_hostile_fixture_is_written_as_escaped_rust_literals() {
    let out = std::env::temp_dir().join(format!("awc-hostile-{}.rs", std::process::id()));
    let report = match datagen::generate(&fixture_dir(), &out) {
        Ok(report) => report,
        Err(errors) => panic!("the hostile fixture does not validate:\n{errors}"),
    };
    let source = std::fs::read_to_string(&out).expect("generated source");
    let _ = std::fs::remove_file(&out);
    assert_eq!(report.generated_bytes, source.len());
    // Markup is data inside string literals; controls are written as escapes, never raw.
    assert!(source.contains(r#"<img src=x onerror=\"window.__pwned=1\">"#));
    assert!(source.contains(SCRIPT));
    assert!(source.contains(r"\u{202e}") && source.contains(r"\u{200d}"));
    assert!(!source.contains(RLO) && !source.contains('\u{200d}'));
    assert!(source.contains("د افغانستان جګړه"));
}
