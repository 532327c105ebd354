//! Validation on small fixture folders: a valid folder loads, and each class of bad row is
//! rejected with its exact message (`data/<file>:<line>: <column>: <what is wrong>`).

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use datagen::model::{Collection, EventKind};

/// A temporary data folder holding a small valid dataset; files can be replaced per test.
struct Fixture {
    dir: PathBuf,
}

static NEXT: AtomicUsize = AtomicUsize::new(0);

const SERIES: &str = "id,topic,label,description,unit,file
us-test,spending,Test,A test series,usd_billion,data/spending_series.csv
unama-civilians-killed,casualties,Killed,Killed,deaths,data/casualties_unama.csv
unama-civilians-injured,casualties,Injured,Injured,persons,data/casualties_unama.csv
unama-civilian-casualties,casualties,Casualties,Casualties,persons,data/casualties_unama.csv
coalition-deaths-us,casualties,US,US,deaths,data/casualties_coalition_by_year.csv
coalition-deaths-uk,casualties,UK,UK,deaths,data/casualties_coalition_by_year.csv
coalition-deaths-other,casualties,Other,Other,deaths,data/casualties_coalition_by_year.csv
coalition-deaths-total,casualties,Total,Total,deaths,data/casualties_coalition_by_year.csv
unhcr-refugees,displacement,R,R,persons,data/displacement_unhcr_by_year.csv
unhcr-asylum-seekers,displacement,A,A,persons,data/displacement_unhcr_by_year.csv
unhcr-idps,displacement,I,I,persons,data/displacement_unhcr_by_year.csv
unhcr-returned-refugees,displacement,RR,RR,persons,data/displacement_unhcr_by_year.csv
unhcr-returned-idps,displacement,RI,RI,persons,data/displacement_unhcr_by_year.csv
unhcr-refugees-pakistan,displacement,P,P,persons,data/displacement_unhcr_by_year.csv
unhcr-refugees-iran,displacement,IR,IR,persons,data/displacement_unhcr_by_year.csv
";

const LONG_HEADER: &str = "series_id,period,value,status,source_id,note\n";

const GEOJSON: &str = r#"{"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"shapeName":"Alpha","shapeISO":"AF-ALP"},"geometry":{"type":"Polygon","coordinates":[[[60,30],[65,30],[65,35],[60,35],[60,30]]]}},
{"type":"Feature","properties":{"shapeName":"Beta","shapeISO":"AF-BET"},"geometry":{"type":"Polygon","coordinates":[[[65,30],[70,30],[70,35],[65,35],[65,30]]]}}
]}"#;

fn valid_files() -> Vec<(&'static str, String)> {
    vec![
        (
            "sources.csv",
            "id,publisher,document,date,where_read,licence,caveats
src-a,Publisher A,Document A,2021-04-30,example.org/a,CC BY 4.0,
src-b,Publisher B,Document B,2020,example.org/b,,Some caveat
"
            .into(),
        ),
        ("series.csv", SERIES.into()),
        (
            "spending_series.csv",
            format!("{LONG_HEADER}us-test,FY2010,104.9,reported,src-a,\nus-test,FY2011,113.9,estimate,src-a,\n"),
        ),
        ("casualties_series.csv", LONG_HEADER.into()),
        ("displacement_series.csv", LONG_HEADER.into()),
        ("context_series.csv", LONG_HEADER.into()),
        (
            "casualties_unama.csv",
            "period,civilians_killed,civilians_injured,total_civilian_casualties,status,source_id,note
2018,3804,7189,10993,reported,src-a,
H1 2021,1659,3524,5183,reported,src-b,Half a year
"
            .into(),
        ),
        (
            "casualties_coalition_by_year.csv",
            "year,united_states,united_kingdom,other_nations,all_coalition,status,source_id,note
2010,498,103,109,710,reported,src-a,
"
            .into(),
        ),
        (
            "casualties_coalition_by_country.csv",
            "country,deaths,population_millions,source_id,note
United States,2461,309,src-a,
Denmark,44,5.5,src-a,
"
            .into(),
        ),
        (
            "displacement_unhcr_by_year.csv",
            "year,refugees,asylum_seekers,idps,returned_refugees,returned_idps,refugees_in_pakistan,refugees_in_iran,status,source_id,note
2021,2268616,10,3457744,1429,791000,1490562,778054,reported,src-a,
"
            .into(),
        ),
        (
            "displacement_unhcr_by_host.csv",
            "year,country,iso,refugees,asylum_seekers,returned_refugees,idps,returned_idps,status,source_id,note
2021,Pakistan,PAK,1490562,0,1000,0,0,reported,src-a,
2021,Iran (Islamic Rep. of),IRN,778054,10,429,0,0,reported,src-a,
2021,Afghanistan,AFG,0,0,0,3457744,791000,reported,src-a,
"
            .into(),
        ),
        (
            "figures.csv",
            "id,topic,label,value,value_high,unit,as_of,status,source_id,parts,note
total-deaths,casualties,Total,2505,,deaths,2001-2021,reported,src-a,table:coalition_deaths_by_country,
range,casualties,Range,66000,69000,deaths,2021-04,estimate,src-a,,
crs-total,spending,Total,218.8,,usd_billion,FY2010-FY2011,estimate,src-a,series:us-test,
"
            .into(),
        ),
        (
            "claims.csv",
            "number,quote,verdict,verdict_label,sources_say,source_ids,figure_ids
1,A quote,differs,Differs,Sources say.,src-a;src-b,total-deaths;range
4a,Another quote,confirmed,Confirmed,Sources agree.,src-a,
"
            .into(),
        ),
        (
            "events_timeline.csv",
            "id,date,date_precision,description,category,source_id,where_read,note
key-2021-08-15,2021-08-15,day,Kabul falls,military,src-a,example.org,
key-2021-07,2021-07,month,Bagram left,withdrawal,src-a,example.org,Dates differ
"
            .into(),
        ),
        (
            "events_ucdp_ged191_subset.csv",
            "ged_id,year,date_start,date_end,side_a,side_b,adm_2,deaths_a,deaths_b,latitude,longitude,source_article,source_id,note
1001,2018,2018-02-10,2018-02-10,Government of Afghanistan,Taleban,Somewhere district,16,0,32.5,62.5,Reuters 10 Feb 2018,src-b,
"
            .into(),
        ),
        (
            "events_ucdp_ged231_2020.csv",
            "year,date_start,date_end,type_of_violence_code,type_of_violence_label,side_a,side_b,where_coordinates,latitude,longitude,country,region,deaths_a,deaths_b,deaths_civilians,deaths_unknown,best,low,high,number_of_sources,source_article,source_office,source_date,source_id,note
2020,2020-03-21,2020-03-23,1,State,Government of Afghanistan,Taleban,Shah Wali Kot village,31.7823,65.7798,Afghanistan,Asia,0,2,0,0,2,1,3,1,\"\"\"Pajhwok News,2020-03-23,Two killed in Kandahar\"\"\",Pajhwok News,2020-03-23,src-b,
2020,2020-05-01,2020-05-01,3,One-Sided,Taleban,Civilians,Somewhere,33.0,61.0,Afghanistan,Asia,0,0,5,0,5,5,5,1,\"\"\"Xinhua,2020-05-02,Five civilians killed\"\"\",Xinhua,2020-05-02,src-b,
"
            .into(),
        ),
        (
            "events_ucdp_sample.csv",
            "id,year,date,type_of_violence,conflict_id,latitude,longitude,best,civilian_deaths,combatant_deaths,country,source_id,note
1001,2018,2018-02-10,1,333,32.5,62.5,16,0,16,Afghanistan,src-b,
2002,2020,2020-03-22,1,333,31.7823,65.7798,2,0,2,Afghanistan,src-b,
3003,2019,2019-06-01,1,333,36.0,71.0,4,1,3,Afghanistan,src-b,
"
            .into(),
        ),
        ("afghanistan_provinces_adm1.geojson", GEOJSON.into()),
        (
            "CHANGELOG.md",
            "# Changelog\n\n## 2026-11-26 — first\n\n- new\n\n## 2025-01-01\n\n- older\n".into(),
        ),
    ]
}

impl Fixture {
    fn new() -> Self {
        let dir = std::env::temp_dir().join(format!(
            "datagen-test-{}-{}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::SeqCst)
        ));
        std::fs::create_dir_all(&dir).expect("temp dir");
        for (name, text) in valid_files() {
            std::fs::write(dir.join(name), text).expect("fixture file");
        }
        Self { dir }
    }

    /// Replaces one file.
    fn with(self, name: &str, text: &str) -> Self {
        std::fs::write(self.dir.join(name), text).expect("fixture file");
        self
    }

    /// Replaces the text of line `line` (1-based) of one file.
    fn with_line(self, name: &str, line: usize, text: &str) -> Self {
        let old = std::fs::read_to_string(self.dir.join(name)).expect("fixture file");
        let mut lines: Vec<String> = old.lines().map(str::to_string).collect();
        lines[line - 1] = text.to_string();
        let new = lines.join("\n") + "\n";
        self.with(name, &new)
    }

    /// Appends lines to one file.
    fn append(self, name: &str, text: &str) -> Self {
        let old = std::fs::read_to_string(self.dir.join(name)).expect("fixture file");
        self.with(name, &(old + text))
    }

    fn path(&self) -> &Path {
        &self.dir
    }

    /// Every error message, or an empty list when the folder validates.
    fn errors(&self) -> Vec<String> {
        match datagen::load(&self.dir) {
            Ok(_) => Vec::new(),
            Err(errors) => errors.messages(),
        }
    }
}

impl Drop for Fixture {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn assert_errors(fixture: &Fixture, expected: &[&str]) {
    assert_eq!(fixture.errors(), expected);
}

#[test]
fn the_valid_fixture_loads() {
    let fixture = Fixture::new();
    let (dataset, outside) = match datagen::load(fixture.path()) {
        Ok(loaded) => loaded,
        Err(errors) => panic!("fixture does not validate:\n{errors}"),
    };
    assert_eq!(dataset.sources.len(), 2);
    assert_eq!(dataset.series.len(), 15);
    assert_eq!(
        dataset.value("unama-civilians-killed", "2018"),
        Some(3804.0)
    );
    assert_eq!(
        dataset.value("unama-civilians-injured", "H1 2021"),
        Some(3524.0)
    );
    assert_eq!(
        dataset.value("unhcr-refugees-pakistan", "2021"),
        Some(1_490_562.0)
    );
    assert_eq!(dataset.figures.len(), 3);
    assert_eq!(dataset.claims.len(), 2);
    assert_eq!(dataset.claims[0].sources, ["src-a", "src-b"]);
    assert!(dataset.claims[1].figures.is_empty());
    assert_eq!(dataset.refugees_by_host.len(), 3);
    assert_eq!(dataset.provinces.len(), 2);
    assert!(dataset.data_version.starts_with("2026-11-26-"));
    assert_eq!(dataset.data_version.len(), "2026-11-26-".len() + 8);
    // 2 key events + GED 19.1 (merged with sample 1001) + two 2020 rows (one merged with sample
    // 2002) + sample 3003.
    assert_eq!(dataset.events.len(), 6);
    assert_eq!(outside, 1, "sample 3003 lies outside both squares");
}

#[test]
fn ucdp_duplicates_are_merged_by_the_documented_rule() {
    let fixture = Fixture::new();
    let (dataset, _) = datagen::load(fixture.path()).expect("valid fixture");

    let shared = dataset.event("1001").expect("GED 19.1 event kept");
    assert_eq!(shared.collection, Collection::UcdpGed191Subset2001To2018);
    assert_eq!(shared.deaths_best, Some(16), "best taken from the sample");
    assert_eq!(shared.side_a, "Government of Afghanistan");
    assert_eq!(shared.place, "Somewhere district");
    let detail = dataset
        .event_details
        .iter()
        .find(|d| d.id == "1001")
        .expect("detail");
    assert_eq!((detail.deaths_a, detail.deaths_b), (Some(16), Some(0)));
    assert!(detail.note.contains("stratified sample"));

    let matched = dataset
        .event("2002")
        .expect("2020 row takes the sample's id");
    assert_eq!(matched.collection, Collection::UcdpGed231Year2020);
    assert_eq!(matched.place, "Shah Wali Kot village");
    assert_eq!(matched.description, "Two killed in Kandahar");
    assert_eq!((matched.date.day, matched.date_end.day), (21, 23));
    assert_eq!(matched.province, "Beta");
    assert!(matched.province_derived);

    let one_sided = dataset
        .event("ged231-2020-0002")
        .expect("unmatched 2020 row");
    assert_eq!(one_sided.kind, EventKind::OneSided);
    assert_eq!(one_sided.deaths_civilians, Some(5));
    assert_eq!(one_sided.province, "Alpha");

    let alone = dataset.event("3003").expect("sample-only event");
    assert_eq!(alone.collection, Collection::UcdpSample1989To2022);
    assert_eq!(
        alone.province, "Beta",
        "outside every polygon: nearest province"
    );

    let key = dataset.event("key-2021-07").expect("key event");
    assert_eq!(key.kind, EventKind::KeyEvent);
    assert_eq!(key.province, "");
    assert!(!key.province_derived);
    let detail = dataset
        .event_details
        .iter()
        .find(|d| d.id == "key-2021-07")
        .expect("detail");
    assert_eq!(detail.category, "withdrawal");
    assert_eq!(detail.note, "Dates differ");

    let dates: Vec<_> = dataset.events.iter().map(|e| e.date).collect();
    let mut sorted = dates.clone();
    sorted.sort();
    assert_eq!(dates, sorted, "events are in date order");
}

#[test]
fn a_value_that_is_not_a_number() {
    let fixture = Fixture::new().with_line(
        "spending_series.csv",
        2,
        "us-test,FY2010,12a,reported,src-a,",
    );
    assert_errors(
        &fixture,
        &["data/spending_series.csv:2: value: \"12a\" is not a number"],
    );
}

#[test]
fn a_number_that_is_not_finite_or_negative() {
    let fixture = Fixture::new()
        .with_line(
            "spending_series.csv",
            2,
            "us-test,FY2010,inf,reported,src-a,",
        )
        .with_line(
            "spending_series.csv",
            3,
            "us-test,FY2011,-1.5,reported,src-a,",
        );
    assert_errors(
        &fixture,
        &[
            "data/spending_series.csv:2: value: \"inf\" is not a finite number",
            "data/spending_series.csv:3: value: \"-1.5\" is negative",
        ],
    );
}

#[test]
fn counts_must_be_whole_and_not_negative() {
    let fixture = Fixture::new()
        .with_line(
            "casualties_unama.csv",
            2,
            "2018,-5,7189,10993,reported,src-a,",
        )
        .with_line(
            "casualties_unama.csv",
            3,
            "H1 2021,1659,35.5,5183,reported,src-b,",
        );
    assert_errors(
        &fixture,
        &[
            "data/casualties_unama.csv:2: civilians_killed: \"-5\" is negative",
            "data/casualties_unama.csv:3: civilians_injured: \"35.5\" is not a whole number",
        ],
    );
}

#[test]
fn unknown_words_are_rejected_with_the_known_set() {
    let fixture = Fixture::new()
        .with_line(
            "series.csv",
            2,
            "us-test,spending,Test,A test series,dollars,data/spending_series.csv",
        )
        .with_line(
            "spending_series.csv",
            3,
            "us-test,FY2011,113.9,guess,src-a,",
        );
    assert_errors(
        &fixture,
        &[
            "data/series.csv:2: unit: \"dollars\" is not a known unit (expected one of: usd_billion, usd_million, usd_constant_2019, gbp_million, gbp_billion, persons, deaths, hectares, tonnes, percent, index)",
            "data/spending_series.csv:3: status: \"guess\" is not a known status (expected one of: reported, estimate, request, projection, provisional)",
        ],
    );
}

#[test]
fn every_value_needs_a_known_source() {
    let fixture = Fixture::new()
        .with_line("spending_series.csv", 2, "us-test,FY2010,104.9,reported,,")
        .with_line(
            "spending_series.csv",
            3,
            "us-test,FY2011,113.9,estimate,src-z,",
        );
    assert_errors(
        &fixture,
        &[
            "data/spending_series.csv:2: source_id: is empty; every value needs a source_id from data/sources.csv",
            "data/spending_series.csv:3: source_id: \"src-z\" is not an id in data/sources.csv",
        ],
    );
}

#[test]
fn periods_years_and_dates_must_be_valid() {
    let fixture = Fixture::new()
        .with_line(
            "spending_series.csv",
            2,
            "us-test,2010/11,104.9,reported,src-a,",
        )
        .with_line(
            "casualties_coalition_by_year.csv",
            2,
            "20x0,498,103,109,710,reported,src-a,",
        )
        .with_line(
            "sources.csv",
            3,
            "src-b,Publisher B,Document B,2021-02-30,example.org/b,,",
        );
    assert_errors(
        &fixture,
        &[
            "data/sources.csv:3: date: \"2021-02-30\" is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)",
            "data/spending_series.csv:2: period: \"2010/11\" is not a period (expected e.g. 2010, FY2010, 2010-11, H1 2021, 2001-2014, FY2001-FY2013, 2001-02 to 2006-07, to 2011-03-18, to FY2014)",
            "data/casualties_coalition_by_year.csv:2: year: \"20x0\" is not a year (expected YYYY between 1950 and 2030)",
        ],
    );
}

#[test]
fn duplicate_keys_are_rejected() {
    let fixture = Fixture::new()
        .append("sources.csv", "src-a,Again,Again,2021,example.org,,\n")
        .append(
            "spending_series.csv",
            "us-test,FY2010,1.0,reported,src-a,\n",
        )
        .append(
            "figures.csv",
            "range,casualties,Again,1,,deaths,2021,reported,src-a,,\n",
        )
        .append(
            "events_timeline.csv",
            "key-2021-07,2021-07,month,Again,withdrawal,src-a,example.org,\n",
        );
    assert_errors(
        &fixture,
        &[
            "data/sources.csv:4: id: duplicate source id \"src-a\" (first on line 2)",
            "data/figures.csv:5: id: duplicate figure id \"range\" (first on line 3)",
            "data/events_timeline.csv:4: id: duplicate event id \"key-2021-07\" (first on data/events_timeline.csv:3)",
            "data/spending_series.csv:4: series_id: duplicate series id + period \"us-test\" \"FY2010\" (first on line 2)",
        ],
    );
}

#[test]
fn stated_totals_must_agree_with_their_parts_or_say_why_not() {
    let fixture = Fixture::new()
        .with_line(
            "casualties_unama.csv",
            2,
            "2018,3804,7189,10994,reported,src-a,",
        )
        .with_line(
            "casualties_coalition_by_year.csv",
            2,
            "2010,498,103,109,711,reported,src-a,",
        )
        .with_line(
            "figures.csv",
            2,
            "total-deaths,casualties,Total,2504,,deaths,2001-2021,reported,src-a,table:coalition_deaths_by_country,",
        );
    assert_errors(
        &fixture,
        &[
            "data/casualties_unama.csv:2: total_civilian_casualties: civilians_killed + civilians_injured add up to 10993, not 10994; fix the row or record the difference in note (mention 10,993)",
            "data/casualties_coalition_by_year.csv:2: all_coalition: united_states + united_kingdom + other_nations add up to 710, not 711; fix the row or record the difference in note (mention 710)",
            "data/figures.csv:2: value: parts (the rows of data/casualties_coalition_by_country.csv) add up to 2505, not 2504; fix the row or record the difference in note (mention 2,505)",
        ],
    );

    // The same rows pass once their notes record the sum of the parts.
    let noted = Fixture::new()
        .with_line(
            "casualties_unama.csv",
            2,
            "2018,3804,7189,10994,reported,src-a,Parts add up to 10993.",
        )
        .with_line(
            "figures.csv",
            2,
            "total-deaths,casualties,Total,2504,,deaths,2001-2021,reported,src-a,table:coalition_deaths_by_country,\"Rows add up to 2,505; the page says 2,504.\"",
        );
    assert_errors(&noted, &[]);
}

#[test]
fn unhcr_totals_must_match_the_host_rows() {
    let fixture = Fixture::new().with_line(
        "displacement_unhcr_by_host.csv",
        3,
        "2021,Iran (Islamic Rep. of),IRN,778050,10,429,0,0,reported,src-a,",
    );
    assert_errors(
        &fixture,
        &[
            "data/displacement_unhcr_by_year.csv:2: refugees: refugees in the rows of data/displacement_unhcr_by_host.csv for 2021 add up to 2268612, not 2268616; fix the row or record the difference in note (mention 2,268,612)",
            "data/displacement_unhcr_by_year.csv:2: refugees_in_iran: refugees in the IRN row of data/displacement_unhcr_by_host.csv for 2021 add up to 778050, not 778054; fix the row or record the difference in note (mention 778,050)",
        ],
    );
}

#[test]
fn figure_parts_and_claim_figures_must_exist() {
    let fixture = Fixture::new()
        .with_line(
            "figures.csv",
            4,
            "crs-total,spending,Total,218.8,,usd_billion,FY2010-FY2011,estimate,src-a,series:us-nope;range,",
        )
        .with_line(
            "claims.csv",
            2,
            "1,A quote,differs,Differs,Sources say.,src-a;src-b,total-deaths;nope",
        );
    assert_errors(
        &fixture,
        &[
            "data/figures.csv:4: parts: series \"us-nope\" is not declared in data/series.csv",
            "data/figures.csv:4: parts: figure \"range\" is in deaths, the figure in usd_billion",
            "data/claims.csv:2: figure_ids: \"nope\" is not a figure id in data/figures.csv",
        ],
    );
}

#[test]
fn value_high_cannot_be_below_value() {
    let fixture = Fixture::new().with_line(
        "figures.csv",
        3,
        "range,casualties,Range,69000,66000,deaths,2021-04,estimate,src-a,,",
    );
    assert_errors(
        &fixture,
        &["data/figures.csv:3: value_high: 66000 is below value 69000"],
    );
}

#[test]
fn points_must_belong_to_a_declared_series_of_their_file() {
    let fixture = Fixture::new()
        .append(
            "spending_series.csv",
            "us-other,FY2012,1.0,reported,src-a,\n",
        )
        .append(
            "context_series.csv",
            "unama-civilians-killed,2019,3403,reported,src-a,\n",
        );
    assert_errors(
        &fixture,
        &[
            "data/spending_series.csv:4: series_id: series \"us-other\" is not declared in data/series.csv",
            "data/context_series.csv:2: series_id: series \"unama-civilians-killed\" is declared in data/series.csv with file data/casualties_unama.csv, not data/context_series.csv",
        ],
    );
}

#[test]
fn header_problems_are_reported_on_line_1() {
    let fixture = Fixture::new().with_line(
        "casualties_coalition_by_country.csv",
        1,
        "country,deaths,population,source_id,note",
    );
    assert_errors(
        &fixture,
        &[
            "data/casualties_coalition_by_country.csv:1: population: unknown column",
            "data/casualties_coalition_by_country.csv:1: population_millions: missing column",
        ],
    );
}

#[test]
fn rows_with_the_wrong_number_of_cells() {
    let fixture = Fixture::new().with_line("spending_series.csv", 3, "us-test,FY2011,113.9");
    assert_errors(
        &fixture,
        &["data/spending_series.csv:3: (row): has 3 cells but the header has 6 columns"],
    );
}

#[test]
fn line_numbers_are_physical_lines_even_after_multi_line_cells() {
    let fixture = Fixture::new().with(
        "spending_series.csv",
        &format!(
            "{LONG_HEADER}us-test,FY2010,104.9,reported,src-a,\"a note\non two lines\"\nus-test,FY2011,11x,estimate,src-a,\n"
        ),
    );
    assert_errors(
        &fixture,
        &["data/spending_series.csv:4: value: \"11x\" is not a number"],
    );
}

#[test]
fn every_error_is_collected_not_only_the_first() {
    let fixture = Fixture::new()
        .with_line("spending_series.csv", 2, "us-test,FY2010,x,reported,src-a,")
        .with_line("spending_series.csv", 3, "us-test,FY2011,y,maybe,src-a,")
        .with_line(
            "casualties_coalition_by_country.csv",
            3,
            "Denmark,forty-four,5.5,src-a,",
        );
    assert_errors(
        &fixture,
        &[
            "data/spending_series.csv:2: value: \"x\" is not a number",
            "data/spending_series.csv:3: value: \"y\" is not a number",
            "data/spending_series.csv:3: status: \"maybe\" is not a known status (expected one of: reported, estimate, request, projection, provisional)",
            "data/casualties_coalition_by_country.csv:3: deaths: \"forty-four\" is not a number",
        ],
    );
}

#[test]
fn event_rows_are_checked() {
    let fixture = Fixture::new()
        .with_line(
            "events_timeline.csv",
            2,
            "key-2021-08-15,2021-08-15,month,Kabul falls,military,src-a,example.org,",
        )
        .with_line(
            "events_ucdp_ged191_subset.csv",
            2,
            "1001,2018,2018-02-10,2018-02-09,Government of Afghanistan,Taleban,Somewhere district,16,0,32.5,62.5,Reuters,src-b,",
        )
        .with_line(
            "events_ucdp_sample.csv",
            4,
            "3003,2019,2019-06-01,4,333,96.0,71.0,4,1,3,Afghanistan,src-b,",
        );
    assert_errors(
        &fixture,
        &[
            "data/events_timeline.csv:2: date_precision: \"month\" does not match date \"2021-08-15\" (written to the day)",
            "data/events_ucdp_ged191_subset.csv:2: date_end: 2018-02-09 is before date_start 2018-02-10",
            "data/events_ucdp_sample.csv:4: type_of_violence: \"4\" is not a UCDP type of violence (1, 2 or 3)",
            "data/events_ucdp_sample.csv:4: latitude: \"96.0\" is not a coordinate between -90 and 90",
        ],
    );
}

#[test]
fn ucdp_best_must_be_the_sum_of_its_parts() {
    let fixture = Fixture::new().with_line(
        "events_ucdp_ged231_2020.csv",
        3,
        "2020,2020-05-01,2020-05-01,3,Non-State,Taleban,Civilians,Somewhere,33.0,61.0,Afghanistan,Asia,0,0,5,0,6,5,5,1,x,Xinhua,2020-05-02,src-b,",
    );
    assert_errors(
        &fixture,
        &[
            "data/events_ucdp_ged231_2020.csv:3: type_of_violence_label: \"Non-State\" does not match code 3 (One-Sided)",
            "data/events_ucdp_ged231_2020.csv:3: best: deaths_a + deaths_b + deaths_civilians + deaths_unknown add up to 5, not 6; fix the row or record the difference in note (mention 5)",
        ],
    );
}

#[test]
fn a_missing_file_is_reported() {
    let fixture = Fixture::new();
    std::fs::remove_file(fixture.path().join("claims.csv")).expect("remove");
    let errors = fixture.errors();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        errors[0].starts_with("data/claims.csv: (file): cannot be read: "),
        "{errors:?}"
    );
}

#[test]
fn the_changelog_needs_a_dated_entry() {
    let fixture = Fixture::new().with("CHANGELOG.md", "# Changelog\n\nNothing yet.\n");
    assert_errors(
        &fixture,
        &["data/CHANGELOG.md: (file): has no entry heading with a date (expected e.g. \"## 2026-11-26\")"],
    );
}

#[test]
fn data_version_is_deterministic_and_follows_the_content() {
    let a = Fixture::new();
    let b = Fixture::new();
    let version = |fixture: &Fixture| {
        datagen::load(fixture.path())
            .map(|(dataset, _)| dataset.data_version)
            .expect("valid")
    };
    assert_eq!(version(&a), version(&b));
    let changed = Fixture::new().with_line(
        "spending_series.csv",
        2,
        "us-test,FY2010,104.9,reported,src-a,A new note",
    );
    assert_ne!(version(&a), version(&changed));
    assert!(version(&changed).starts_with("2026-11-26-"));
}

#[test]
fn generate_writes_rust_or_nothing() {
    let fixture = Fixture::new();
    let out = fixture.path().join("out.rs");
    let report = datagen::generate(fixture.path(), &out).expect("valid fixture");
    let text = std::fs::read_to_string(&out).expect("written");
    assert_eq!(report.generated_bytes, text.len());
    for needle in [
        "pub static SOURCES: &[Source]",
        "pub static SERIES: &[Series]",
        "pub static FIGURES: &[Figure]",
        "pub static EVENTS: &[Event]",
        "pub static CLAIMS: &[Claim]",
        "pub static DATA_VERSION: &str",
        "pub static EVENT_DETAILS: &[EventDetail]",
        "pub static COALITION_DEATHS_BY_COUNTRY: &[CountryCount]",
        "pub static REFUGEES_BY_HOST: &[HostCountryYear]",
        "pub static PROVINCES: &[Province]",
        "Unit::UsdBillion",
        "Status::Estimate",
    ] {
        assert!(text.contains(needle), "{needle}");
    }
    assert!(report
        .rows
        .iter()
        .any(|(table, rows)| *table == "EVENTS" && *rows == 6));

    let bad = Fixture::new().with_line(
        "spending_series.csv",
        2,
        "us-test,FY2010,12a,reported,src-a,",
    );
    let out = bad.path().join("out.rs");
    let errors = datagen::generate(bad.path(), &out).expect_err("invalid");
    assert_eq!(
        errors.to_string(),
        "data/spending_series.csv:2: value: \"12a\" is not a number"
    );
    assert!(!out.exists());
}
