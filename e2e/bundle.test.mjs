// What a visitor downloads: the page's wasm and JavaScript, gzipped, stay
// under the budget with English built in; each other language is a small
// file of its own, fetched only when chosen. Prints the figures.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

import { DIST } from './helpers.mjs';

/** The served app's budget: wasm + JavaScript, gzip -9 [bytes]. */
const BUNDLE_BUDGET = 340_000;
/** One locale's messages, gzip -9, at most [bytes]. */
const LOCALE_BUDGET = 40_000;

const gzipped = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;

test('the wasm and its JavaScript stay under the budget, gzipped, English included', () => {
  const files = readdirSync(DIST);
  const wasm = files.filter((f) => f.endsWith('_bg.wasm'));
  const js = files.filter((f) => f.endsWith('.js'));
  assert.equal(wasm.length, 1, 'one wasm file');
  assert.equal(js.length, 1, 'one JavaScript file');
  const wasmSize = gzipped(path.join(DIST, wasm[0]));
  const jsSize = gzipped(path.join(DIST, js[0]));
  console.log(`bundle: wasm ${kb(wasmSize)} + js ${kb(jsSize)} = ${kb(wasmSize + jsSize)} gzipped`);
  assert.ok(wasmSize + jsSize < BUNDLE_BUDGET, `${kb(wasmSize + jsSize)} is over ${kb(BUNDLE_BUDGET)}`);
});

test('every other language is a small file of its own', () => {
  const dir = path.join(DIST, 'locales');
  const files = readdirSync(dir).filter((f) => f.endsWith('.ftl')).sort();
  assert.deepEqual(files, ['ar.ftl', 'de.ftl', 'es.ftl', 'fr.ftl', 'zh-Hans.ftl']);
  for (const file of files) {
    const size = gzipped(path.join(dir, file));
    console.log(`locale ${file}: ${kb(size)} gzipped`);
    assert.ok(size < LOCALE_BUDGET, `${file} is ${kb(size)}`);
  }
});
