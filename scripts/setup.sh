#!/usr/bin/env bash
# Installs whatever is missing, at pinned versions, and does nothing slow when all is there.
#   scripts/setup.sh                   build tools + browsers + test tools
#   scripts/setup.sh --without-browsers  build tools only (enough for `trunk serve`)
# Pins: Trunk 0.21.14 (0.22 needs rustc >= 1.96.1); wasm-bindgen-cli = the lock file's
# wasm-bindgen; wasm-opt from npm binaryen@132 (Debian's binaryen is too old).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

TRUNK_VERSION="0.21.14"
BINARYEN_VERSION="132"
GECKODRIVER_VERSION="0.37.1"
with_browsers=1
[[ "${1:-}" == "--without-browsers" ]] && with_browsers=0

say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }
as_root() { if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi; }

# wasm target
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# Trunk (about 10 minutes to compile, once per machine)
if [[ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]]; then
  say "installing trunk $TRUNK_VERSION (about 10 minutes, once)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

# wasm-bindgen CLI: must equal the wasm-bindgen in Cargo.lock. No --locked: the registry
# mirror lags and the CLI's own lock file names crates it does not have yet.
bindgen_version="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)"
if [[ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $bindgen_version" ]]; then
  say "installing wasm-bindgen-cli $bindgen_version (about 5 minutes, once)"
  cargo install wasm-bindgen-cli --version "$bindgen_version" --force
fi
if ! grep -q "wasm_bindgen = \"$bindgen_version\"" Trunk.toml; then
  echo "setup: Trunk.toml [tools] wasm_bindgen does not match Cargo.lock ($bindgen_version)" >&2
  exit 1
fi

# wasm-opt from npm binaryen
if [[ "$(wasm-opt --version 2>/dev/null || true)" != *"version_$BINARYEN_VERSION"* ]]; then
  say "installing wasm-opt (npm binaryen@$BINARYEN_VERSION)"
  mkdir -p "$AWC_TOOLS_HOME/node"
  npm install --prefix "$AWC_TOOLS_HOME/node" --no-audit --no-fund --save-exact "binaryen@$BINARYEN_VERSION" >/dev/null
fi

# Python tools for the browser tests and the size report, in their own venv
requirements="tests/browser/requirements.txt"
stamp="$AWC_TOOLS_HOME/venv/.requirements.sha256"
wanted="$(sha256sum "$requirements" | cut -d' ' -f1)"
if [[ ! -x "$AWC_TOOLS_HOME/venv/bin/python" || "$(cat "$stamp" 2>/dev/null)" != "$wanted" ]]; then
  say "installing Python test tools into $AWC_TOOLS_HOME/venv"
  python3 -m venv "$AWC_TOOLS_HOME/venv"
  "$AWC_TOOLS_HOME/venv/bin/pip" install --quiet --disable-pip-version-check -r "$requirements"
  echo "$wanted" > "$stamp"
fi

# The three engines the browser tests run in, with their WebDriver servers. WebKitGTK has no
# headless mode, so it runs under Xvfb.
if [[ $with_browsers -eq 1 ]]; then
  missing=()
  command -v chromium >/dev/null || missing+=(chromium)
  command -v chromedriver >/dev/null || missing+=(chromium-driver)
  command -v firefox-esr >/dev/null || missing+=(firefox-esr)
  command -v WebKitWebDriver >/dev/null || missing+=(webkit2gtk-driver)
  command -v Xvfb >/dev/null || missing+=(xvfb)
  if [[ ${#missing[@]} -gt 0 ]]; then
    say "installing ${missing[*]} from Debian"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
  if [[ "$(geckodriver --version 2>/dev/null | head -n 1)" != "geckodriver $GECKODRIVER_VERSION"* ]]; then
    say "installing geckodriver $GECKODRIVER_VERSION (a few minutes, once)"
    cargo install geckodriver --version "$GECKODRIVER_VERSION"
  fi
fi

say "ready: $(trunk --version), $(wasm-bindgen --version), $(wasm-opt --version)"
