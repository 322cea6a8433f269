#!/usr/bin/env bash
# Installs what building and testing need, checking versions first so that
# a second run costs seconds. Usage: scripts/setup.sh [--for-tests]
#   (no flag)    the wasm target, wasm-bindgen CLI, Trunk, npm packages
#   --for-tests  also Chromium and ChromeDriver (Debian packages)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

# Pinned versions. wasm-bindgen's must equal the crate's in Cargo.lock.
WASM_BINDGEN_VERSION="0.2.130"
TRUNK_VERSION="0.21.14"

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

export PATH="$HOME/.cargo/bin:$PATH"

if ! command -v cargo >/dev/null; then
  echo "[setup] cargo not found: install Rust (https://rustup.rs) first" >&2
  exit 1
fi

for component in rustfmt clippy; do
  if ! rustup component list --installed 2>/dev/null | grep -q "^${component}"; then
    say "adding the ${component} component"
    rustup component add "$component"
  fi
done

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if [[ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (a few minutes, once)"
  # Not --locked: one dependency of its lock file is missing from the registry.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

if [[ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]]; then
  say "installing trunk $TRUNK_VERSION (about ten minutes, once)"
  # --locked: without it a newer lightningcss fails to compile.
  cargo install trunk --version "$TRUNK_VERSION" --locked --force
fi

# npm packages: wasm-opt (binaryen) for Trunk, playwright-core for the tests,
# pyodide for the page's Python (Trunk's hook scripts/stage-python.sh copies it
# into dist/), CodeMirror and esbuild for the Python editor (the same hook
# bundles it). npm ci runs whenever package-lock.json changed since the last
# run, so a new pin (a package added to package.json) reaches node_modules.
lock_sum="$(sha256sum package-lock.json | cut -d' ' -f1)"
if [[ ! -f node_modules/.setup-lock-sum ]] || [[ "$(cat node_modules/.setup-lock-sum)" != "$lock_sum" ]]; then
  say "installing npm packages"
  npm ci --no-audit --no-fund
  echo "$lock_sum" > node_modules/.setup-lock-sum
fi

if [[ "${1:-}" == "--for-tests" ]]; then
  # The asyncio differential test needs CPython 3.11 or later.
  if ! python3 -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    say "installing Python 3"
    SUDO=""
    if [[ "$(id -u)" != 0 ]]; then SUDO="sudo"; fi
    $SUDO apt-get update
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y python3
  fi
  if [[ ! -x /usr/bin/chromium || ! -x /usr/bin/chromedriver ]]; then
    say "installing Chromium and ChromeDriver"
    SUDO=""
    if [[ "$(id -u)" != 0 ]]; then SUDO="sudo"; fi
    $SUDO apt-get update
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver
  fi
fi
say "ready"
