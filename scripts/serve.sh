#!/usr/bin/env bash
# Sets up the build tools, then serves the dashboard at http://127.0.0.1:8080 with live reload.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --without-browsers
source scripts/env.sh
exec trunk serve "$@"
