//! Validates `data/` and writes the typed static dataset to `OUT_DIR/dataset.rs`.
//!
//! Any problem in the data fails the build, listing every problem as
//! `data/<file>:<line>: <column>: <what is wrong>`.

use std::path::PathBuf;

fn main() {
    let root = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default());
    let data = root.join("data");

    // Printed before validating, so that fixing a bad file triggers a new run.
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=data");
    // Benchmark builds list synthetic events instead of the bundled ones (src/model/events).
    println!("cargo:rerun-if-env-changed=AWC_SYNTHETIC_EVENTS");
    for file in datagen::input_files(&data) {
        println!("cargo:rerun-if-changed={}", file.display());
    }

    if let Err(errors) = datagen::generate(&data, &out_dir.join("dataset.rs")) {
        eprintln!(
            "error: data/ does not validate ({} problem(s)):",
            errors.0.len()
        );
        for error in errors {
            eprintln!("{error}");
        }
        std::process::exit(1);
    }
}
