#!/usr/bin/env bash
# Sets up and runs every test: formatting, lints (native and wasm32), native unit tests, then
# browser tests against the release build in dist/ (and, for the hostile-data tests, a
# development build of tests/fixtures/hostile-data/ in target/hostile-dist/).
#   BROWSERS="chromium,firefox,webkit" (the default) selects the engines the browser tests use.
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

step "fixture build: hostile data (target/hostile-dist/)"
# The app built from a copy of data/ whose strings hold markup, script and bidi controls; a
# development build (no wasm-opt) is enough to check that the page shows them as plain text.
AWC_DATA_DIR=tests/fixtures/hostile-data trunk build --offline --dist target/hostile-dist
export AWC_HOSTILE_DIST="$PWD/target/hostile-dist"

export BROWSERS="${BROWSERS:-chromium,firefox,webkit}"
if [[ "$BROWSERS" == *webkit* && -z "${DISPLAY:-}" ]]; then
  # WebKitGTK needs a display: a private virtual one, stopped when the tests end.
  display_number=$((100 + RANDOM % 800))
  Xvfb ":$display_number" -screen 0 1280x1024x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb_pid=$!
  trap 'kill "$xvfb_pid" 2>/dev/null || true' EXIT
  export DISPLAY=":$display_number"
  sleep 1
fi

step "browser tests ($BROWSERS)"
python -m pytest tests/browser -q
