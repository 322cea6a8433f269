#!/bin/sh
# Joins each translated locale's message files, locales/<tag>/*.ftl in name
# order, into one file the page loads on demand: <out>/locales/<tag>.ftl.
# English is not written: build.rs builds it into the page.
#
# Trunk runs this after each build (Trunk.toml, post_build hook) with
# TRUNK_STAGING_DIR set; by hand: sh scripts/bundle-locales.sh OUT_DIR.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-${TRUNK_STAGING_DIR:?run by Trunk, or give the output directory}}
mkdir -p "$out/locales"
for dir in "$root"/locales/*/; do
  tag=$(basename "$dir")
  [ "$tag" = en ] && continue
  # One blank line between files, as build.rs joins English.
  first=1
  for file in "$dir"*.ftl; do
    [ -e "$file" ] || continue
    [ $first = 1 ] || printf '\n'
    cat "$file"
    first=0
  done > "$out/locales/$tag.ftl"
done
