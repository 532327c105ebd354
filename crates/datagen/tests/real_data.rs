//! The repository's own `data/` folder: it loads without a single error, every table has the
//! rows it should, and known values from the project's FACTS.md come out exactly.

use std::path::PathBuf;
use std::sync::OnceLock;

use datagen::model::{Collection, Dataset, EventKind, Status, Unit, Verdict};

fn data_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../data")
}

fn dataset() -> &'static Dataset {
    static DATASET: OnceLock<Dataset> = OnceLock::new();
    DATASET.get_or_init(|| match datagen::load(&data_dir()) {
        Ok((dataset, _)) => dataset,
        Err(errors) => panic!("data/ does not validate:\n{errors}"),
    })
}

fn value(series: &str, period: &str) -> f64 {
    dataset()
        .value(series, period)
        .unwrap_or_else(|| panic!("no value for {series} {period}"))
}

fn figure(id: &str) -> &'static datagen::model::Figure {
    dataset()
        .figure(id)
        .unwrap_or_else(|| panic!("no figure {id}"))
}

#[test]
fn row_counts_per_table() {
    let counts = datagen::row_counts(dataset());
    let count = |table: &str| {
        counts
            .iter()
            .find(|(name, _)| *name == table)
            .map(|(_, rows)| *rows)
            .unwrap_or_default()
    };
    assert_eq!(count("SOURCES"), 101);
    assert_eq!(count("SERIES"), 40);
    assert_eq!(count("series points"), 740);
    assert_eq!(count("FIGURES"), 124);
    assert_eq!(count("CLAIMS"), 13);
    assert_eq!(count("EVENTS timeline"), 40);
    assert_eq!(count("EVENTS UCDP GED 19.1 subset"), 310);
    assert_eq!(count("EVENTS UCDP GED 23.1 2020"), 3317);
    // 1,009 sample events less 7 shared with GED 19.1 and 64 found in the 2020 file.
    assert_eq!(count("EVENTS UCDP sample"), 938);
    assert_eq!(count("EVENTS"), 40 + 310 + 3317 + 938);
    assert_eq!(count("COALITION_DEATHS_BY_COUNTRY"), 32);
    assert_eq!(count("REFUGEES_BY_HOST"), 2572);
    assert_eq!(count("PROVINCES"), 34);
}

#[test]
fn series_lengths() {
    let len = |id: &str| dataset().series(id).map_or(0, |s| s.points.len());
    assert_eq!(len("unama-civilians-killed"), 13);
    assert_eq!(len("us-war-funding-crs"), 12);
    assert_eq!(len("coalition-deaths-total"), 21);
    assert_eq!(len("coalition-deaths-icasualties"), 13);
    assert_eq!(len("unhcr-refugees"), 47);
    assert_eq!(len("idmc-conflict-idps"), 17);
    assert_eq!(len("uk-operations-cost"), 10);
    assert_eq!(len("population"), 47);
}

#[test]
fn known_values_from_facts() {
    assert_eq!(value("unama-civilians-killed", "2018"), 3804.0);
    assert_eq!(value("unama-civilian-casualties", "2018"), 10993.0);
    assert_eq!(value("unama-civilians-killed", "H1 2021"), 1659.0);
    assert_eq!(value("unama-civilians-injured", "H1 2021"), 3524.0);
    assert_eq!(value("unama-civilian-casualties", "H1 2021"), 5183.0);
    assert_eq!(value("unhcr-refugees", "2001"), 3_809_763.0);
    assert_eq!(value("unhcr-refugees-pakistan", "2001"), 2_197_821.0);
    assert_eq!(value("unhcr-refugees", "2020"), 2_594_827.0);
    assert_eq!(value("unhcr-refugees-iran", "2020"), 780_000.0);
    assert_eq!(value("unhcr-idps", "2021"), 3_457_744.0);
    assert_eq!(value("idmc-conflict-idps", "2020"), 3_547_000.0);
    assert_eq!(value("us-war-funding-crs", "FY2010"), 104.9);
    assert_eq!(value("us-war-funding-crs", "FY2001-FY2002"), 20.8);
    assert_eq!(value("us-oef-cumulative-crs", "to 2011-03-18"), 444.0);
    assert_eq!(value("coalition-deaths-total", "2010"), 710.0);
    assert_eq!(value("coalition-deaths-icasualties", "2010"), 711.0);
    assert_eq!(value("uk-operations-cost", "2006-07"), 738.0);
    assert_eq!(value("sipri-afghan-milex", "2020"), 261_682_436.0);
    assert_eq!(value("opium-cultivation", "2017"), 328_000.0);
    assert_eq!(value("poverty-rate", "2016-17"), 54.5);

    assert_eq!(figure("cow-civilians-2021-04").value, 47245.0);
    assert_eq!(figure("cow-civilians-2021-08").value, 46319.0);
    assert_eq!(figure("us-total-budgetary-cost-2021-04").value, 2261.0);
    assert_eq!(figure("us-total-budgetary-cost-2021-09").value, 2313.0);
    assert_eq!(figure("us-dod-war-fighting").value, 815.7);
    assert_eq!(figure("coalition-deaths-total-2021").value, 3621.0);
    assert_eq!(figure("uk-military-deaths").value, 457.0);
    assert_eq!(figure("population-2020").value, 38_928_341.0);
    assert_eq!(figure("hdi-2019").value, 0.511);
    let security = figure("cow-afghan-security-forces-2021-04");
    assert_eq!(
        (security.value, security.value_high),
        (66000.0, Some(69000.0))
    );
    assert_eq!(
        figure("uk-cost-ledwidge-projection").status,
        Status::Projection
    );
    assert_eq!(figure("uk-cost-official").unit, Unit::GbpBillion);

    let country = |name: &str| {
        dataset()
            .coalition_deaths_by_country
            .iter()
            .find(|row| row.country == name)
            .map(|row| row.deaths)
    };
    assert_eq!(country("United Kingdom"), Some(457));
    assert_eq!(country("Denmark"), Some(44));
}

#[test]
fn statuses_follow_the_sources() {
    let status = |series: &str, period: &str| {
        dataset()
            .series(series)
            .and_then(|s| s.points.iter().find(|p| p.period.label == period))
            .map(|p| p.status)
    };
    assert_eq!(
        status("us-war-funding-crs", "FY2010"),
        Some(Status::Reported)
    );
    for fy in ["FY2011", "FY2012", "FY2013"] {
        assert_eq!(
            status("us-war-funding-crs", fy),
            Some(Status::Estimate),
            "{fy}"
        );
    }
    for fy in ["FY2015", "FY2017", "FY2021"] {
        assert_eq!(
            status("us-war-funding-later", fy),
            Some(Status::Request),
            "{fy}"
        );
    }
    assert_eq!(status("unhcr-refugees", "2025"), Some(Status::Provisional));
    assert_eq!(status("population", "2020"), Some(Status::Projection));
    let h1 = dataset()
        .series("unama-civilians-killed")
        .and_then(|s| s.points.last())
        .expect("points");
    assert_eq!(h1.period.label, "H1 2021");
    assert!(h1.period.partial);
    let note = |series: &str, period: &str| {
        dataset()
            .series(series)
            .and_then(|s| s.points.iter().find(|p| p.period.label == period))
            .map(|p| p.note.clone())
            .unwrap_or_default()
    };
    assert!(note("unhcr-refugees", "2022").contains("reclassified"));
    assert!(note("unhcr-refugees", "2023").contains("After the period"));
}

#[test]
fn the_ids_the_ui_uses_exist() {
    for id in [
        "us-war-funding-crs",
        "us-war-funding-later",
        "us-oef-cumulative-crs",
        "us-dod-obligations-cumulative",
        "us-reconstruction-sigar-cumulative",
        "uk-operations-cost",
        "unama-civilians-killed",
        "unama-civilians-injured",
        "coalition-deaths-us",
        "coalition-deaths-uk",
        "coalition-deaths-other",
        "coalition-deaths-total",
        "coalition-deaths-icasualties",
        "unhcr-refugees",
        "unhcr-asylum-seekers",
        "unhcr-idps",
        "unhcr-returned-refugees",
        "unhcr-returned-idps",
        "unhcr-refugees-pakistan",
        "unhcr-refugees-iran",
        "idmc-conflict-idps",
        "population",
        "hdi",
        "opium-cultivation",
        "opium-production",
        "sipri-afghan-milex",
    ] {
        assert!(dataset().series(id).is_some(), "series {id}");
    }
    for id in [
        "us-total-budgetary-cost-2021-04",
        "us-total-budgetary-cost-2021-09",
        "us-interest-2021-04",
        "us-dod-war-fighting",
        "us-reconstruction-ap",
        "cow-total-deaths-afghanistan-2021-04",
        "cow-total-deaths-afghanistan-2021-08",
        "cow-civilians-2021-04",
        "cow-civilians-2021-08",
        "cow-afghan-security-forces-2021-04",
        "cow-afghan-security-forces-2021-08",
        "cow-opposition-2021-04",
        "cow-opposition-2021-08",
        "cow-us-military-2021-04",
        "us-military-deaths-2021-09",
        "cow-us-contractors-2021-04",
        "cow-allied-troops-2021-04",
        "cow-aid-workers-2021-04",
        "cow-journalists-2021-04",
        "coalition-deaths-total-2021",
        "uk-military-deaths",
        "us-wounded",
        "unhcr-refugees-2021",
        "unhcr-idps-2021",
        "new-displacement-2021-unhcr-jul",
        "new-displacement-2021-ocha-aug",
        "uk-cost-official",
        "uk-cost-ledwidge-projection",
        "poverty-rate-2016-17",
        "hdi-2019",
        "population-2020",
    ] {
        assert!(dataset().figure(id).is_some(), "figure {id}");
    }
}

#[test]
fn values_verification_says_not_to_publish_are_absent() {
    let all_values = dataset()
        .figures
        .iter()
        .flat_map(|f| [Some(f.value), f.value_high])
        .flatten()
        .chain(
            dataset()
                .series
                .iter()
                .flat_map(|s| s.points.iter().map(|p| p.value)),
        );
    for value in all_values {
        assert_ne!(value, 2324.0, "2,324 US military (Aug 2021) is unverified");
        assert_ne!(value, 176_206.0, "176,206 does not add up");
    }
    assert!(dataset()
        .sources
        .iter()
        .all(|s| !s.where_read.contains("shunculture")));
}

#[test]
fn claims_cover_facts_section_a() {
    let numbers: Vec<&str> = dataset().claims.iter().map(|c| c.number.as_str()).collect();
    assert_eq!(
        numbers,
        ["1", "2", "3", "4a", "4b", "5", "6", "7", "8", "9", "10", "11", "12"]
    );
    let verdict = |number: &str| {
        dataset()
            .claims
            .iter()
            .find(|c| c.number == number)
            .map(|c| c.verdict)
    };
    assert_eq!(
        verdict("1"),
        Some(Verdict::Caveat),
        "dollars labelled as pounds"
    );
    assert_eq!(verdict("2"), Some(Verdict::Differs));
    assert_eq!(verdict("4b"), Some(Verdict::Differs));
    assert_eq!(verdict("12"), Some(Verdict::Confirmed));
    assert_eq!(verdict("5"), Some(Verdict::Caveat));
}

/// The article is not part of the repository; it is checked when the project's shared folder
/// sits beside it (as on the developers' machines and in CI).
#[test]
fn claim_quotes_are_the_articles_exact_words() {
    let seed = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/seed");
    let Ok(entries) = std::fs::read_dir(&seed) else {
        eprintln!("skipped: {} not found", seed.display());
        return;
    };
    let article: String = entries
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "txt"))
        .filter_map(|e| std::fs::read_to_string(e.path()).ok())
        .collect();
    for claim in &dataset().claims {
        for part in claim.quote.split(" … ") {
            assert!(article.contains(part), "claim {}: {part:?}", claim.number);
        }
    }
}

#[test]
fn provinces_are_derived_from_the_polygons() {
    // The check points of SOURCES.md §19.
    let find = |lon: f64, lat: f64| datagen::province_at(&dataset().provinces, lon, lat);
    assert_eq!(find(68.86, 36.73).as_deref(), Some("Kunduz"));
    assert_eq!(find(65.71, 31.61).as_deref(), Some("Kandahar"));
    assert_eq!(find(69.17, 34.53).as_deref(), Some("Kabul"));

    let events = &dataset().events;
    let located = events.iter().filter(|e| e.latitude.is_some()).count();
    assert!(events
        .iter()
        .filter(|e| e.latitude.is_some())
        .all(|e| e.province_derived && !e.province.is_empty()));
    assert_eq!(located, events.len() - 40);
    let kabul = events
        .iter()
        .filter(|e| e.place == "Kabul city")
        .map(|e| e.province.as_str())
        .collect::<Vec<_>>();
    assert!(!kabul.is_empty() && kabul.iter().all(|p| *p == "Kabul"));
}

#[test]
fn ucdp_merges_on_the_real_files() {
    let event = |id: &str| {
        dataset()
            .event(id)
            .unwrap_or_else(|| panic!("no event {id}"))
    };
    // Shared with the GED 19.1 subset: kept as 19.1 with the sample's best estimate.
    let shared = event("146872");
    assert_eq!(shared.collection, Collection::UcdpGed191Subset2001To2018);
    assert_eq!(shared.deaths_best, Some(200));
    // A sample event of 2020 whose date lies inside the 2020 row's range (21-23 Mar 2020).
    let inside = event("338477");
    assert_eq!(inside.collection, Collection::UcdpGed231Year2020);
    assert_eq!((inside.date.day, inside.date_end.day), (21, 23));
    // Two 2020 rows share date and place; the one with the sample's best (10) is chosen.
    let best = event("326515");
    assert_eq!(best.deaths_best, Some(10));
    assert_eq!(best.date.day, 17);
    // The GED 19.1 subset has no type of violence: derived from the sides.
    assert!(dataset()
        .events
        .iter()
        .filter(|e| e.collection == Collection::UcdpGed191Subset2001To2018 && e.side_a == "IS")
        .all(|e| e.kind == EventKind::NonState));
    // 2020 descriptions are the first article's headline, not the whole source text.
    assert!(dataset()
        .events
        .iter()
        .all(|e| !e.description.contains('\n') && !e.description.starts_with('"')));
}
