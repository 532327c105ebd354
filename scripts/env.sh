# Sourced by the other scripts: where the project's tools live and the PATH that finds them.
# Tools live outside the clone so that a fresh clone (as in CI) reuses them.
export AWC_TOOLS_HOME="${AWC_TOOLS_HOME:-${XDG_CACHE_HOME:-$HOME/.cache}/afghan-war-costs}"
export CARGO_HOME="${CARGO_HOME:-$HOME/.cargo}"
export PATH="$CARGO_HOME/bin:$AWC_TOOLS_HOME/node/node_modules/.bin:$AWC_TOOLS_HOME/venv/bin:$PATH"
# Trunk must never try to download a tool or check for updates.
export TRUNK_SKIP_VERSION_CHECK=true
