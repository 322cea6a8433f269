#!/bin/sh
# Puts what the page's Python worker needs beside the page:
#   <out>/pyodide/       Pyodide (npm `pyodide`, pinned in package.json): the
#                        five files loadPyodide fetches for a CPython with
#                        its standard library and no packages, and
#                        sizes.json, the byte size of each file the worker
#                        downloads (its progress bar's total);
#   <out>/python/        the listing, its virtual-clock loop, the
#                        recorder that compares it with the engine and
#                        the harness of a learner's own supervisor;
#   <out>/python-worker.js  the worker itself (static/python-worker.js);
#   <out>/editor/editor.js  the Python editor (CodeMirror 6), one ES module
#                        bundled by esbuild from static/editor/editor.mjs;
#                        the page imports it only when it shows an editor.
#
# Trunk runs this after each build (Trunk.toml, post_build hook) with
# TRUNK_STAGING_DIR set; by hand: sh scripts/stage-python.sh OUT_DIR.
# Pyodide, CodeMirror and esbuild come from node_modules: scripts/setup.sh
# installs them.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-${TRUNK_STAGING_DIR:?run by Trunk, or give the output directory}}
pyodide="$root/node_modules/pyodide"

# The pinned version, from package.json; the copy in node_modules must be it.
wanted=$(sed -n 's/^ *"pyodide": *"\([^"]*\)".*/\1/p' "$root/package.json")
found=$(sed -n 's/^ *"version": *"\([^"]*\)".*/\1/p' "$pyodide/package.json" 2>/dev/null || true)
if [ -z "$wanted" ] || [ "$found" != "$wanted" ]; then
  echo "stage-python.sh: node_modules/pyodide is ${found:-missing}, package.json pins ${wanted:-nothing}:" \
    "run scripts/setup.sh (it runs npm ci)" >&2
  exit 1
fi
esbuild="$root/node_modules/.bin/esbuild"
if [ ! -x "$esbuild" ] || [ ! -d "$root/node_modules/@codemirror/lang-python" ]; then
  echo "stage-python.sh: node_modules lacks esbuild or CodeMirror (package.json pins both):" \
    "run scripts/setup.sh (it runs npm ci)" >&2
  exit 1
fi

# What loadPyodide fetches (pyodide.mjs imports pyodide.asm.mjs, which
# instantiates pyodide.asm.wasm; python_stdlib.zip is the standard library,
# asyncio included; pyodide-lock.json is read even when no package is).
PYODIDE_FILES="pyodide.mjs pyodide.asm.mjs pyodide.asm.wasm python_stdlib.zip pyodide-lock.json"
PYTHON_FILES="virtual_loop.py vaccination_lot.py recorder.py own_supervisor.py"

rm -rf "$out/pyodide" "$out/python"
mkdir -p "$out/pyodide" "$out/python"
for file in $PYODIDE_FILES; do
  cp "$pyodide/$file" "$out/pyodide/$file"
done
for file in $PYTHON_FILES; do
  cp "$root/python/$file" "$out/python/$file"
done
cp "$root/static/python-worker.js" "$out/python-worker.js"

# sizes.json: {"version": ..., "files": {"<path from the page>": bytes, ...},
# "total": bytes}, every file the worker downloads to start.
{
  printf '{\n  "version": "%s",\n  "files": {\n' "$wanted"
  total=0
  sep=""
  for path in $(for f in $PYODIDE_FILES; do echo "pyodide/$f"; done) \
              $(for f in $PYTHON_FILES; do echo "python/$f"; done); do
    size=$(wc -c < "$out/$path" | tr -d ' ')
    total=$((total + size))
    printf '%s    "%s": %s' "$sep" "$path" "$size"
    sep=",
"
  done
  printf '\n  },\n  "total": %s\n}\n' "$total"
} > "$out/pyodide/sizes.json"

# The editor: CodeMirror and its Python grammar in one minified ES module
# (--target=es2020 keeps optional chaining and ??, which every browser that
# runs the page's wasm supports). Everything bundled is MIT licensed, and its
# sources carry no licence comments (--legal-comments=eof would keep any):
# the banner names the licence and editor/LICENSE.txt holds the licence file
# of each package in the bundle, listed from esbuild's metafile.
rm -rf "$out/editor"
mkdir -p "$out/editor"
meta=$(mktemp)
(cd "$root" && "$esbuild" static/editor/editor.mjs --bundle --format=esm --minify \
  --target=es2020 --legal-comments=eof --log-level=warning --metafile="$meta" \
  --banner:js="/*! Python editor: CodeMirror 6 and Lezer, MIT licence, (c) Marijn Haverbeke and others; see LICENSE.txt beside this file */" \
  --outfile="$out/editor/editor.js")
for package in $(grep -o '"node_modules/\(@[^/"]*/\)\{0,1\}[^/"]*/' "$meta" | tr -d '"' | sort -u); do
  printf '%s (%s)\n\n' "$(sed -n 's/^ *"name": *"\([^"]*\)".*/\1/p' "$root/$package/package.json" | head -n 1)" \
    "$(sed -n 's/^ *"version": *"\([^"]*\)".*/\1/p' "$root/$package/package.json" | head -n 1)"
  cat "$root/$package"/LICENSE*
  printf '\n\n'
done > "$out/editor/LICENSE.txt"
rm -f "$meta"
