// What a visitor downloads: the page's wasm and JavaScript, gzipped, stay
// under the budget with English built in; each other language is a small
// file of its own, fetched only when chosen. A first visit downloads the
// build without lessons (static/loader.js); the build with them, fetched
// instead when a lesson is asked for, is printed too, and so is the GIF
// encoder, a module of its own fetched only when a GIF is exported. The test server
// sends them with brotli where the browser takes it. Prints the figures.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

import { DIST } from './helpers.mjs';
import { startServer } from './server.mjs';

/** The served app's budget: wasm + JavaScript, gzip -9 [bytes]. */
const BUNDLE_BUDGET = 340_000;
/** One locale's messages, gzip -9, at most [bytes]. */
const LOCALE_BUDGET = 40_000;

/** Bytes of `gzip -9` (the figure the README reports). */
const gzipped = (file) => execFileSync('gzip', ['-9', '-c', file], { maxBuffer: 1 << 26 }).length;
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;

/** The build a first visit downloads, and the build with lessons. */
const PLAIN = /^vaccination-lot-[0-9a-f]+(_bg\.wasm|\.js)$/;
const LESSONS = /^vaccination-lot-lessons(_bg\.wasm|\.js)$/;
/** The GIF encoder, fetched only when a GIF is exported. */
const GIF = /^vaccination-lot-gif(_bg\.wasm|\.js)$/;

/** The gzipped sizes of a build's wasm and glue [bytes]. */
function buildSize(pattern) {
  const files = readdirSync(DIST).filter((f) => pattern.test(f));
  const wasm = files.filter((f) => f.endsWith('_bg.wasm'));
  const js = files.filter((f) => f.endsWith('.js'));
  assert.equal(wasm.length, 1, `one wasm file matching ${pattern}`);
  assert.equal(js.length, 1, `one JavaScript file matching ${pattern}`);
  return { wasm: gzipped(path.join(DIST, wasm[0])), js: gzipped(path.join(DIST, js[0])) };
}

test('the first download stays under the budget, gzipped, English included', () => {
  // The Python worker is fetched only when a learner asks for CPython.
  const scripts = readdirSync(DIST).filter((f) => (f.endsWith('.js') || f.endsWith('.wasm')) && f !== 'python-worker.js');
  assert.equal(
    scripts.filter((f) => !PLAIN.test(f) && !LESSONS.test(f) && !GIF.test(f)).length,
    0,
    `only the two builds and the GIF encoder: ${scripts}`,
  );
  const first = buildSize(PLAIN);
  const lessons = buildSize(LESSONS);
  const gif = buildSize(GIF);
  const total = first.wasm + first.js;
  console.log(`first download: wasm ${kb(first.wasm)} + js ${kb(first.js)} = ${kb(total)} gzipped`);
  console.log(`with lessons:   wasm ${kb(lessons.wasm)} + js ${kb(lessons.js)} = ${kb(lessons.wasm + lessons.js)} gzipped`);
  console.log(`GIF encoder:    wasm ${kb(gif.wasm)} + js ${kb(gif.js)} = ${kb(gif.wasm + gif.js)} gzipped`);
  assert.ok(total < BUNDLE_BUDGET, `${kb(total)} is over ${kb(BUNDLE_BUDGET)}`);
  assert.ok(lessons.wasm > first.wasm, 'the lessons are left out of the first download');
});

/** GET `url` with `acceptEncoding`: the Content-Encoding and the raw body. */
function fetchRaw(url, acceptEncoding) {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { 'Accept-Encoding': acceptEncoding } }, (res) => {
        const chunks = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('end', () => resolve({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });
}

test('the test server sends the wasm with brotli, or gzip, or as it is', async () => {
  const wasm = readdirSync(DIST).find((f) => PLAIN.test(f) && f.endsWith('_bg.wasm'));
  const original = readFileSync(path.join(DIST, wasm));
  const server = await startServer(DIST);
  try {
    const url = `${server.url}/${wasm}`;
    const br = await fetchRaw(url, 'gzip, deflate, br, zstd');
    assert.equal(br.encoding, 'br');
    assert.ok(brotliDecompressSync(br.body).equals(original), 'brotli body is the wasm');
    const gz = await fetchRaw(url, 'gzip');
    assert.equal(gz.encoding, 'gzip');
    assert.ok(gunzipSync(gz.body).equals(original), 'gzip body is the wasm');
    const plain = await fetchRaw(url, 'identity');
    assert.equal(plain.encoding, undefined);
    assert.ok(plain.body.equals(original), 'plain body is the wasm');
    console.log(`wasm as sent: ${kb(br.body.length)} with brotli, ${kb(gz.body.length)} with gzip`);
  } finally {
    await server.close();
  }
});

test('every other language is a small file of its own', () => {
  const dir = path.join(DIST, 'locales');
  const files = readdirSync(dir).filter((f) => f.endsWith('.ftl')).sort();
  assert.deepEqual(files, ['ar.ftl', 'de.ftl', 'es.ftl', 'fr.ftl', 'id.ftl', 'ja.ftl', 'ko.ftl', 'pt-BR.ftl', 'ru.ftl', 'zh-Hans.ftl']);
  for (const file of files) {
    const size = gzipped(path.join(dir, file));
    console.log(`locale ${file}: ${kb(size)} gzipped`);
    assert.ok(size < LOCALE_BUDGET, `${file} is ${kb(size)}`);
  }
});
