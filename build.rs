//! Validates the data directory and writes the typed static dataset to `OUT_DIR/dataset.rs`.
//!
//! The data directory is `data/`, or the directory named by `AWC_DATA_DIR` (relative to this
//! crate, or absolute): the browser tests build a copy full of hostile strings that way
//! (`tests/fixtures/hostile-data/`). Any problem in the data fails the build, listing every
//! problem as `<data dir>/<file>:<line>: <column>: <what is wrong>`.

use std::path::PathBuf;

fn main() {
    let root = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default());
    let data = match std::env::var_os("AWC_DATA_DIR").filter(|dir| !dir.is_empty()) {
        Some(dir) => root.join(dir),
        None => root.join("data"),
    };

    // Printed before validating, so that fixing a bad file triggers a new run.
    println!("cargo:rerun-if-changed=build.rs");
    // Benchmark builds list synthetic events instead of the bundled ones (src/model/events).
    println!("cargo:rerun-if-env-changed=AWC_SYNTHETIC_EVENTS");
    println!("cargo:rerun-if-env-changed=AWC_DATA_DIR");
    println!("cargo:rerun-if-changed={}", data.display());
    for file in datagen::input_files(&data) {
        println!("cargo:rerun-if-changed={}", file.display());
    }

    if let Err(errors) = datagen::generate(&data, &out_dir.join("dataset.rs")) {
        eprintln!(
            "error: {} does not validate ({} problem(s)):",
            data.display(),
            errors.0.len()
        );
        for error in errors {
            eprintln!("{error}");
        }
        std::process::exit(1);
    }
}
