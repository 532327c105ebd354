#!/usr/bin/env bash
# Runs Lighthouse on the release build, on demand (not part of scripts/test.sh or CI).
#   scripts/lighthouse.sh [options] [dist-dir]
# With no dist-dir it builds one into target/lighthouse-dist. It serves the folder on a free
# loopback port like a static host would (scripts/lighthouse_serve.py: application/wasm, gzip,
# immutable caching of hashed files), runs Lighthouse in Debian's Chromium on the main page and an
# embed page, mobile (Lighthouse's default) and desktop, prints the four category scores and
# every audit short of perfect, writes the JSON and HTML reports and summary.md to
# target/lighthouse/, and exits 1 if any category scores below 95.
# Options:
#   --no-fail        exit 0 whatever the scores (still exits non-zero if Lighthouse fails to run)
#   --mobile-only    skip the desktop runs
#   --dark           also check each page's accessibility in the dark theme (mobile; the
#                    four-score runs see the light theme, Lighthouse's default)
#   --runs N         run each page and form factor N times and keep the median run (default 1)
#   --page PATH      a page to audit (repeatable; replaces the default "/" and
#                    "/embed/us-war-funding.html")
#   --threshold N    the lowest passing score (default 95)
#   --cpu-slowdown N passed on as --throttling.cpuSlowdownMultiplier (mobile runs only); for
#                    judging how much of a score is this machine's slowness, never for the
#                    figures in the README, which use Lighthouse's defaults
# Lighthouse 12.2.3 is installed from npm, from the lock file in scripts/lighthouse/, into
# ~/.cache/afghan-war-costs/lighthouse/; it downloads no browser. CHROME_PATH overrides
# /usr/bin/chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

no_fail=0
mobile_only=0
dark=0
runs=1
threshold=95
cpu_slowdown=""
pages=()
dist=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --no-fail) no_fail=1 ;;
    --mobile-only) mobile_only=1 ;;
    --dark) dark=1 ;;
    --runs) runs="$2"; shift ;;
    --page) pages+=("$2"); shift ;;
    --threshold) threshold="$2"; shift ;;
    --cpu-slowdown) cpu_slowdown="$2"; shift ;;
    -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
    -*) echo "lighthouse: unknown option $1" >&2; exit 2 ;;
    *) dist="$1" ;;
  esac
  shift
done
[[ ${#pages[@]} -eq 0 ]] && pages=("/" "/embed/us-war-funding.html")
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || { echo "lighthouse: --runs needs a positive number" >&2; exit 2; }

say() { printf '\033[1mlighthouse:\033[0m %s\n' "$*" >&2; }
as_root() { if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi; }

# --- Lighthouse, pinned by scripts/lighthouse/package-lock.json ---------------------------------
# Lighthouse 12.2.3 pins its trace engine (@paulirish/trace_engine 0.0.32), which throws on the
# PipelineReporter trace events of current Chromium (they carry no chrome_frame_reporter args):
# "Cannot read properties of undefined (reading 'frame_sequence')". That error takes down the
# trace-based audits (layout-shifts, largest-contentful-paint-element, render-blocking-resources,
# prioritize-lcp-image, lcp-lazy-loaded, non-composited-animations). The patch below skips those
# events, which only loses the screenshot timestamp correction: no score changes, and those
# audits report again.
trace_patch='s/Object.fromEntries(pipelineReporterEvents.map(evt => {/Object.fromEntries(pipelineReporterEvents.filter(evt => evt.args.data.beginEvent.args?.chrome_frame_reporter).map(evt => {/'
lh_home="$AWC_TOOLS_HOME/lighthouse"
lh_bin="$lh_home/node_modules/.bin/lighthouse"
stamp="$lh_home/.installed.sha256"
wanted="$( (cat scripts/lighthouse/package.json scripts/lighthouse/package-lock.json; echo "$trace_patch") | sha256sum | cut -d' ' -f1)"
if [[ ! -x "$lh_bin" || "$(cat "$stamp" 2>/dev/null)" != "$wanted" ]]; then
  command -v npm >/dev/null || { echo "lighthouse: needs Node.js 18.20 or later with npm" >&2; exit 1; }
  say "installing Lighthouse 12.2.3 into $lh_home (about a minute, once)"
  mkdir -p "$lh_home"
  cp scripts/lighthouse/package.json scripts/lighthouse/package-lock.json "$lh_home/"
  npm ci --prefix "$lh_home" --no-audit --no-fund --loglevel=error >/dev/null
  handler="$lh_home/node_modules/@paulirish/trace_engine/models/trace/handlers/ScreenshotsHandler.js"
  sed -i "$trace_patch" "$handler"
  grep -q 'args?.chrome_frame_reporter' "$handler" || { echo "lighthouse: could not patch $handler" >&2; exit 1; }
  echo "$wanted" > "$stamp"
fi
[[ "$("$lh_bin" --version)" == "12.2.3" ]] || { echo "lighthouse: $lh_bin is not 12.2.3" >&2; exit 1; }

# --- Chromium ----------------------------------------------------------------------------------
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
if [[ ! -x "$CHROME_PATH" ]]; then
  say "installing chromium from Debian"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq chromium >/dev/null
fi
# (Debian's wrapper script prints a harmless shell warning on some machines; drop stderr.)
chromium_version="$("$CHROME_PATH" --version 2>/dev/null | head -n 1)"

# --- the build ---------------------------------------------------------------------------------
if [[ -z "$dist" ]]; then
  say "building the release site into target/lighthouse-dist"
  scripts/setup.sh --without-browsers
  cargo fetch --locked
  trunk build --release --offline --dist target/lighthouse-dist
  dist="target/lighthouse-dist"
fi
[[ -f "$dist/index.html" ]] || { echo "lighthouse: $dist/index.html is missing" >&2; exit 1; }

# --- the server --------------------------------------------------------------------------------
out="target/lighthouse"
mkdir -p "$out"
rm -f "$out"/*.report.json "$out"/*.report.html "$out"/*.log "$out/summary.md"
work="$(mktemp -d)"
server_pid=""
cleanup() {
  [[ -n "$server_pid" ]] && kill "$server_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
python3 scripts/lighthouse_serve.py "$dist" --port-file "$work/port" 2>"$out/server.log" &
server_pid=$!
for _ in $(seq 100); do
  [[ -s "$work/port" ]] && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$out/server.log" >&2; exit 1; }
  sleep 0.1
done
[[ -s "$work/port" ]] || { echo "lighthouse: the server did not start" >&2; exit 1; }
base="http://127.0.0.1:$(cat "$work/port")"
say "serving $dist at $base/"

# --- Lighthouse --------------------------------------------------------------------------------
chrome_flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run"
chrome_flags+=" --disable-background-networking --disable-component-update --disable-sync --disable-quic"
form_factors=(mobile)
[[ $mobile_only -eq 0 ]] && form_factors+=(desktop)
[[ $dark -eq 1 ]] && form_factors+=(mobile-dark)

report_args=()
for page in "${pages[@]}"; do
  # A file-name-safe label: "/" is "main", "/embed/us-war-funding.html" is "embed-us-war-funding".
  label="$(sed -E 's#^/$#main#; s#^/##; s#\.html$##; s#[^A-Za-z0-9]+#-#g' <<<"$page")"
  for form_factor in "${form_factors[@]}"; do
    preset=()
    flags="$chrome_flags"
    if [[ "$form_factor" == desktop ]]; then
      preset=(--preset=desktop)
    elif [[ "$form_factor" == mobile-dark ]]; then
      # Blink's preferredColorScheme 0 is dark: prefers-color-scheme matches dark.
      preset=(--only-categories=accessibility)
      flags+=" --blink-settings=preferredColorScheme=0"
    elif [[ -n "$cpu_slowdown" ]]; then
      preset=(--throttling.cpuSlowdownMultiplier="$cpu_slowdown")
    fi
    # Accessibility does not vary from run to run: the dark-theme check runs once.
    form_factor_runs=$runs
    [[ "$form_factor" == mobile-dark ]] && form_factor_runs=1
    for run in $(seq "$form_factor_runs"); do
      name="$label-$form_factor"
      [[ $form_factor_runs -gt 1 ]] && name+="-$run"
      if [[ $form_factor_runs -gt 1 ]]; then say "$page, $form_factor (run $run of $form_factor_runs)"; else say "$page, $form_factor"; fi
      # A loaded machine sometimes misses the first paint within Lighthouse's 30 s (NO_FCP):
      # one more try, then the report says so and counts as a failure.
      for attempt in 1 2; do
        rm -f "$out/$name.report.json" "$out/$name.report.html"
        if "$lh_bin" "$base$page" "${preset[@]}" \
            --chrome-flags="$flags" \
            --output=json --output=html --output-path="$out/$name" \
            --no-enable-error-reporting --quiet 2>"$out/$name.log"; then
          break
        fi
        say "the run failed ($(tail -n 1 "$out/$name.log")); see $out/$name.log"
      done
      [[ -f "$out/$name.report.json" ]] || exit 1
      report_args+=("$page|$form_factor|$out/$name.report.json")
    done
  done
done

# --- the report --------------------------------------------------------------------------------
fail_args=()
[[ $no_fail -eq 1 ]] && fail_args=(--no-fail)
python3 scripts/lighthouse_report.py --threshold "$threshold" --chromium "$chromium_version" \
  --load "$(cut -d' ' -f1-3 /proc/loadavg)" \
  --summary "$out/summary.md" "${fail_args[@]}" "${report_args[@]}"
