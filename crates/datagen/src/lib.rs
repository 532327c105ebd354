//! Reads `data/*.csv`, validates every row and writes the typed static dataset of the app.
//!
//! [`generate`] is what the root `build.rs` calls: it loads every file, runs every check, and
//! either writes `dataset.rs` (plain Rust literals of the types in `src/dataset/types.rs`) or
//! returns *all* problems found, each as `data/<file>:<line>: <column>: <what is wrong>`.

mod checks;
mod emit;
mod error;
mod events;
mod geo;
mod load;
pub mod model;
mod parse;
mod table;

use std::path::{Path, PathBuf};

pub use error::{DataError, DataErrors};
use model::{Collection, Dataset};

/// What [`generate`] did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GenerateReport {
    /// The value of `DATA_VERSION`.
    pub data_version: String,
    /// Size of the generated Rust file in bytes.
    pub generated_bytes: usize,
    /// Rows per table of the generated dataset, e.g. `("EVENTS", 4630)`.
    pub rows: Vec<(&'static str, usize)>,
    /// Events whose point lies outside every province polygon (given the nearest province).
    pub events_outside_provinces: usize,
}

/// Every file the dataset is built from, for `cargo:rerun-if-changed`.
pub fn input_files(data_dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(data_dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|entry| entry.path())
                .filter(|path| path.is_file())
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

/// The validated dataset and how many events fell outside every province.
pub fn load(data_dir: &Path) -> Result<(Dataset, usize), DataErrors> {
    let mut loader = load::Loader::new(data_dir);
    loader.sources();
    loader.series();
    for file in load::POINT_FILES {
        loader.long_points(file);
    }
    loader.unama();
    loader.coalition_by_year();
    loader.coalition_by_country();
    loader.unhcr_by_year();
    loader.unhcr_by_host();
    loader.figures();
    loader.claims();
    let provinces = geo::read_provinces(data_dir, &mut loader.errors);
    let (events, event_details, outside) = loader.events(&provinces);

    let mut errors = std::mem::take(&mut loader.errors);
    let loaded = std::mem::take(&mut loader.loaded);
    for total in &loaded.totals {
        checks::check_total(&mut errors, total);
    }
    checks::check_unhcr(&mut errors, &loaded);
    let declared = loaded.series.clone();
    let series = checks::assemble_series(
        &mut errors,
        declared,
        &loaded.seen_series,
        loaded.points.clone(),
    );
    checks::check_figure_parts(&mut errors, &loaded.figures, &series, &loaded);
    let figures: Vec<_> = loaded.figures.iter().map(|(_, f, _)| f.clone()).collect();
    checks::check_claims(&mut errors, &loaded.claims, &figures, &loaded.seen_figures);
    let data_version = data_version(data_dir, &mut errors);

    let dataset = Dataset {
        data_version,
        sources: loaded.sources,
        series,
        figures,
        claims: loaded.claims.into_iter().map(|(_, claim)| claim).collect(),
        events,
        event_details,
        coalition_deaths_by_country: loaded.coalition_by_country,
        refugees_by_host: loaded.refugees_by_host,
        provinces,
    };
    errors.into_result((dataset, outside))
}

/// Validates `data_dir` and writes the dataset's Rust source to `out_file`.
///
/// On any problem nothing is written and every problem found is returned.
pub fn generate(data_dir: &Path, out_file: &Path) -> Result<GenerateReport, DataErrors> {
    let (dataset, outside) = load(data_dir)?;
    let source = emit::rust_source(&dataset);
    if let Err(error) = std::fs::write(out_file, &source) {
        return Err(DataErrors(vec![DataError {
            file: out_file.display().to_string(),
            line: None,
            column: "(file)".into(),
            message: format!("cannot be written: {error}"),
        }]));
    }
    Ok(GenerateReport {
        data_version: dataset.data_version.clone(),
        generated_bytes: source.len(),
        rows: row_counts(&dataset),
        events_outside_provinces: outside,
    })
}

/// The province containing the point (`lon`, `lat`), or else the nearest one: the rule used for
/// every event's `province`.
pub fn province_at(provinces: &[model::Province], lon: f64, lat: f64) -> Option<String> {
    geo::locate(provinces, lon, lat).map(|located| provinces[located.index()].name.clone())
}

/// Rows per generated table.
pub fn row_counts(dataset: &Dataset) -> Vec<(&'static str, usize)> {
    let in_collection = |collection: Collection| {
        dataset
            .events
            .iter()
            .filter(|e| e.collection == collection)
            .count()
    };
    vec![
        ("SOURCES", dataset.sources.len()),
        ("SERIES", dataset.series.len()),
        (
            "series points",
            dataset.series.iter().map(|s| s.points.len()).sum(),
        ),
        ("FIGURES", dataset.figures.len()),
        ("CLAIMS", dataset.claims.len()),
        ("EVENTS", dataset.events.len()),
        ("EVENTS timeline", in_collection(Collection::Timeline)),
        (
            "EVENTS UCDP GED 19.1 subset",
            in_collection(Collection::UcdpGed191Subset2001To2018),
        ),
        (
            "EVENTS UCDP GED 23.1 2020",
            in_collection(Collection::UcdpGed231Year2020),
        ),
        (
            "EVENTS UCDP sample",
            in_collection(Collection::UcdpSample1989To2022),
        ),
        ("EVENT_DETAILS", dataset.event_details.len()),
        (
            "COALITION_DEATHS_BY_COUNTRY",
            dataset.coalition_deaths_by_country.len(),
        ),
        ("REFUGEES_BY_HOST", dataset.refugees_by_host.len()),
        ("PROVINCES", dataset.provinces.len()),
    ]
}

/// 64-bit FNV-1a, enough to tell data versions apart (not a security hash).
fn fnv1a(hash: u64, bytes: &[u8]) -> u64 {
    bytes.iter().fold(hash, |hash, byte| {
        (hash ^ u64::from(*byte)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// `<newest date in data/CHANGELOG.md>-<8 hex digits of a hash of data/*.csv and *.geojson>`.
fn data_version(dir: &Path, errors: &mut error::Errors) -> String {
    const CHANGELOG: &str = "CHANGELOG.md";
    let file = table::label(CHANGELOG);
    let newest = match std::fs::read_to_string(dir.join(CHANGELOG)) {
        Ok(text) => text
            .lines()
            .filter_map(|line| line.strip_prefix("## "))
            .filter_map(|heading| {
                heading
                    .split(|ch: char| !(ch.is_ascii_digit() || ch == '-'))
                    .find(|word| {
                        word.len() == 10
                            && matches!(
                                parse::parse_date(word),
                                Some((_, model::DatePrecision::Day))
                            )
                    })
                    .map(str::to_string)
            })
            .max(),
        Err(error) => {
            errors.push(&file, None, "(file)", format!("cannot be read: {error}"));
            return String::new();
        }
    };
    let Some(newest) = newest else {
        errors.push(
            &file,
            None,
            "(file)",
            "has no entry heading with a date (expected e.g. \"## 2026-11-26\")",
        );
        return String::new();
    };
    let mut hash = 0xcbf2_9ce4_8422_2325_u64;
    for path in input_files(dir) {
        let name = path
            .file_name()
            .map(|name| name.to_string_lossy().to_string())
            .unwrap_or_default();
        if !(name.ends_with(".csv") || name.ends_with(".geojson")) {
            continue;
        }
        match std::fs::read(&path) {
            Ok(bytes) => {
                hash = fnv1a(hash, name.as_bytes());
                hash = fnv1a(hash, &[0]);
                hash = fnv1a(hash, &bytes);
                hash = fnv1a(hash, &[0]);
            }
            Err(error) => {
                errors.push(
                    &table::label(&name),
                    None,
                    "(file)",
                    format!("cannot be read: {error}"),
                );
            }
        }
    }
    let short = (hash ^ (hash >> 32)) & 0xffff_ffff;
    format!("{newest}-{short:08x}")
}
