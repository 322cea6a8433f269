#!/usr/bin/env bash
# Serves the app on http://127.0.0.1:${PORT:-8080}/, installing what is
# missing first. Trunk rebuilds and reloads the page when a source changes.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
"$ROOT/scripts/setup.sh"
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"

PORT="${PORT:-8080}"
echo
echo "  Parking-lot vaccination will be at  http://127.0.0.1:${PORT}/"
echo "  (first build takes about a minute; Ctrl-C stops the server)"
echo
exec trunk serve --release --address 127.0.0.1 --port "$PORT"
