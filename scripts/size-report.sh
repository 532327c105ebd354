#!/usr/bin/env bash
# Builds the release dist/ and prints each file's bytes raw, gzip and brotli, and the total.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --without-browsers
source scripts/env.sh
cargo fetch --locked
trunk build --release --offline
python scripts/size_report.py dist
