#!/usr/bin/env bash
# Builds dist-single/vaccination-lot.html: the whole app in one HTML file
# that runs when opened from disk, with no server. Installs what is missing.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
"$ROOT/scripts/setup.sh"
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
trunk build --release
node scripts/build-single-file.mjs dist dist-single/vaccination-lot.html
