#!/usr/bin/env bash
# Sets up and runs every test: formatting, lints (native and wasm32), native unit tests, then
# browser tests against the release build in dist/.
#   BROWSERS="chromium" (default) selects the engines the browser tests run in.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "cargo fmt --check"
cargo fmt --all --check

step "cargo clippy (native)"
cargo clippy --workspace --all-targets --locked -- -D warnings

step "cargo clippy (wasm32)"
cargo clippy -p afghan-war-costs --target wasm32-unknown-unknown --lib --bins --locked -- -D warnings

step "native tests"
cargo test --workspace --locked

step "release build (dist/)"
cargo fetch --locked
trunk build --release --offline

step "browser tests (${BROWSERS:-chromium})"
python -m pytest tests/browser -q
