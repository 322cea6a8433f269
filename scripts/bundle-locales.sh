#!/bin/sh
# Joins each translated locale's message files, locales/<tag>/*.ftl in name
# order and without their comment lines, into one file the page loads on
# demand: <out>/locales/<tag>.ftl.
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
    # Without the comment lines (notes for translators, and the glossary's
    # Not: lines the tests read), as build.rs leaves them out of English:
    # a comment always ends the entry before it, so no message changes.
    grep -Ev '^#{1,3}( |$)' "$file" || true
    first=0
  done > "$out/locales/$tag.ftl"
done
