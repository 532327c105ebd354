#!/usr/bin/env bash
# The dashboard against its JavaScript charting peer (bench/README.md): builds our release page,
# the same page listing synthetic events, and the Vega-Lite peer, all into target-bench/, then
# measures them in headless Chromium (scripts/bench.py), prints one table and writes it to
# bench/RESULTS.md.
#   BENCH_RUNS=10          cold loads per page and CPU rate
#   BENCH_SYNTHETIC=100000 events in the synthetic build
#   BENCH_SKIP_BUILD=1     measure what target-bench/ already holds
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --without-browsers
source scripts/env.sh

runs="${BENCH_RUNS:-10}"
synthetic="${BENCH_SYNTHETIC:-100000}"
out="$PWD/target-bench"
cargo_target="${CARGO_TARGET_DIR:-$PWD/target}"

step() { printf '\n\033[1m== %s\033[0m\n' "$*" >&2; }

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  step "installing chromium and chromium-driver from Debian"
  sudo=""; [[ $EUID -ne 0 ]] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium chromium-driver >/dev/null
fi

if [[ "${BENCH_SKIP_BUILD:-0}" != 1 ]]; then
  cargo fetch --locked

  step "ours: release build (target-bench/ours)"
  env -u AWC_SYNTHETIC_EVENTS trunk build --release --offline --dist "$out/ours"
  # The module before wasm-opt still has its names section, for twiggy.
  cp "$cargo_target/wasm-bindgen/release/afghan-war-costs_bg.wasm" "$out/ours-names.wasm"

  step "ours listing $synthetic synthetic events (target-bench/ours-synthetic; never shipped)"
  AWC_SYNTHETIC_EVENTS="$synthetic" trunk build --release --offline --dist "$out/ours-synthetic"

  step "peer: Vega-Lite page (target-bench/peer)"
  (cd bench/vega && npm ci --no-audit --no-fund --loglevel=error)
  rm -rf "$out/peer"
  mkdir -p "$out/peer"
  cp bench/peer/index.html bench/peer/main.js bench/peer/style.css "$out/peer/"
  cp public/favicon.svg "$out/peer/"
  cp bench/vega/node_modules/vega/build/vega.min.js \
     bench/vega/node_modules/vega-lite/build/vega-lite.min.js \
     bench/vega/node_modules/vega-embed/build/vega-embed.min.js "$out/peer/"
  python bench/export_data.py "$out/peer/data.json"
fi

step "measuring in headless Chromium ($runs cold loads per page and CPU rate)"
python scripts/bench.py \
  --ours "$out/ours" \
  --synthetic "$out/ours-synthetic" --synthetic-count "$synthetic" \
  --names-wasm "$out/ours-names.wasm" \
  --peer "$out/peer" \
  --runs "$runs" \
  --json "$out/results.json" \
  --out bench/RESULTS.md
