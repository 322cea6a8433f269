// Probes the page's Python worker (static/python-worker.js, built into
// dist/python-worker.js with Pyodide beside it) in headless Chromium: serves
// dist/ with the tests' server, opens the page, starts the worker from it,
// and feeds it runs the native engine made (the headless runner's
// --events-out and --shots-out), plus one with an event's time altered,
// which must be told apart. Prints each result, the load time and the bytes.
//
//   cargo build --release -p vaccination-lot-engine --example headless
//   PATH=$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH trunk build --release
//   node scripts/probe-python-worker.mjs [--throttle MBIT] [dist-dir]
//
// --throttle MBIT: emulate a download of MBIT megabits per second (with
// 20 ms latency), to see the progress messages stream.
//
// Exits 1 if a run from the engine disagrees or the altered one agrees.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { launchBrowser } from '../e2e/helpers.mjs';
import { startServer } from '../e2e/server.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const throttleAt = argv.indexOf('--throttle');
const THROTTLE_MBIT = throttleAt >= 0 ? Number(argv.splice(throttleAt, 2)[1]) : null;
const DIST = path.resolve(argv[0] ?? path.join(ROOT, 'dist'));
const HEADLESS = path.join(ROOT, 'target/release/examples/headless');

const RUNS = [
  { policy: 'first', stations: 3, capacity: 20, boxes: 30, seed: 1 },
  { policy: 'taskgroup', stations: 4, capacity: 15, boxes: 40, fail: 0.02, seed: 2 },
  { policy: 'all', stations: 3, capacity: 15, boxes: 24, blocking: 1, seed: 1 },
];

for (const [file, what] of [
  [HEADLESS, 'cargo build --release -p vaccination-lot-engine --example headless'],
  [path.join(DIST, 'python-worker.js'), 'trunk build --release'],
  [path.join(DIST, 'pyodide', 'sizes.json'), 'trunk build --release'],
]) {
  if (!existsSync(file)) {
    console.error(`${file} is missing: run ${what}`);
    process.exit(2);
  }
}

/** The engine's run: its event lines and draws, as the headless runner writes them. */
function engineRun(run, folder, name) {
  const events = path.join(folder, `${name}.jsonl`);
  const shots = path.join(folder, `${name}.json`);
  const args = ['--events-out', events, '--shots-out', shots];
  for (const [key, value] of Object.entries(run)) args.push(`--${key.replace(/_/g, '-')}`, String(value));
  execFileSync(HEADLESS, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  const { seed, ...shape } = run; // the worker's run has no seed: the draws carry it
  return { run: shape, events: readFileSync(events, 'utf8'), shots: readFileSync(shots, 'utf8') };
}

const folder = mkdtempSync(path.join(os.tmpdir(), 'probe-python-'));
const inputs = RUNS.map((run, index) => ({ label: flags(run), ...engineRun(run, folder, `run${index}`) }));
// The first run again, one event a microsecond late.
{
  const lines = inputs[0].events.trimEnd().split('\n');
  const at = 99; // event 100
  const event = JSON.parse(lines[at]);
  event.t_us += 1;
  lines[at] = JSON.stringify(event);
  inputs.push({ ...inputs[0], label: `${inputs[0].label}, event ${at + 1} moved 1 µs (${event.kind})`, events: `${lines.join('\n')}\n`, altered: true });
}
rmSync(folder, { recursive: true, force: true });

function flags(run) {
  return Object.entries(run).map(([k, v]) => `--${k.replace(/_/g, '-')} ${v}`).join(' ');
}

const sizes = JSON.parse(readFileSync(path.join(DIST, 'pyodide', 'sizes.json'), 'utf8'));
const server = await startServer(DIST);

// The server compresses each file once, on its first request (brotli at its
// best quality: seconds for Pyodide's wasm); ask for each first, so the
// load timed below is the browser's, not the compressor's.
const warmStart = performance.now();
await Promise.all(
  Object.keys(sizes.files).map(
    (file) =>
      new Promise((resolve, reject) => {
        http
          .get(`${server.url}/${file}`, { headers: { 'Accept-Encoding': 'br' } }, (res) => {
            res.resume();
            res.on('end', resolve);
          })
          .on('error', reject);
      }),
  ),
);
console.log(`server warm-up (compressing once): ${((performance.now() - warmStart) / 1000).toFixed(1)} s`);

const browser = await launchBrowser();
let failed = false;
try {
  const context = await browser.newContext();
  const page = await context.newPage();
  const consoleErrors = [];
  page.on('console', (msg) => msg.type() === 'error' && consoleErrors.push(msg.text()));
  page.on('pageerror', (err) => consoleErrors.push(String(err)));
  // Bytes on the wire for the worker's downloads (compressed where sent so).
  const wire = new Map();
  context.on('requestfinished', async (request) => {
    const url = new URL(request.url());
    if (!/^\/(pyodide|python)\//.test(url.pathname)) return;
    const { responseBodySize } = await request.sizes().catch(() => ({ responseBodySize: -1 }));
    wire.set(url.pathname, responseBodySize);
  });
  await page.goto(`${server.url}/`, { waitUntil: 'load' });
  if (THROTTLE_MBIT) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 20,
      downloadThroughput: (THROTTLE_MBIT * 1e6) / 8,
      uploadThroughput: (THROTTLE_MBIT * 1e6) / 8,
    });
    console.log(`throttled to ${THROTTLE_MBIT} Mbit/s`);
  }

  const outcome = await page.evaluate(async (inputs) => {
    const messages = [];
    const started = performance.now();
    let readyAt = null;
    const worker = new Worker('python-worker.js', { type: 'module' });
    const done = new Promise((resolve, reject) => {
      let results = 0;
      worker.onerror = (event) => reject(new Error(`worker error: ${event.message}`));
      worker.onmessage = ({ data }) => {
        const at = performance.now() - started;
        if (data.type === 'ready') readyAt = at;
        messages.push({ at, data });
        if (data.type === 'error') resolve();
        if (data.type === 'result' && ++results === inputs.length) resolve();
      };
    });
    inputs.forEach((input, id) => worker.postMessage({ type: 'run', id, run: input.run, events: input.events, shots: input.shots }));
    await done;
    worker.terminate();
    return { messages, readyAt };
  }, inputs);

  const progress = outcome.messages.filter((m) => m.data.type === 'progress');
  const last = progress.at(-1)?.data;
  const ready = outcome.messages.find((m) => m.data.type === 'ready');
  const errors = outcome.messages.filter((m) => m.data.type === 'error');
  for (const { data } of errors) {
    console.log(`ERROR: ${data.message}`);
    failed = true;
  }
  if (progress.length) {
    const first = progress[0];
    const mid = progress[Math.floor(progress.length / 2)];
    console.log(`progress: first at ${(first.at / 1000).toFixed(2)} s (${first.data.loaded}/${first.data.total}), ` +
      `middle at ${(mid.at / 1000).toFixed(2)} s (${mid.data.loaded}/${mid.data.total}), ` +
      `last at ${(progress.at(-1).at / 1000).toFixed(2)} s`);
  }
  if (ready) {
    console.log(`ready: Python ${ready.data.python} after ${(outcome.readyAt / 1000).toFixed(2)} s ` +
      `(${progress.length} progress messages; last ${last?.loaded} of ${last?.total} bytes)`);
  }
  let previous = outcome.readyAt ?? 0;
  for (const { at, data } of outcome.messages.filter((m) => m.data.type === 'result')) {
    const input = inputs[data.id];
    const expected = !input.altered;
    const ok = data.agree === expected;
    failed ||= !ok;
    console.log(`${ok ? 'ok' : 'WRONG'} run ${data.id} (${input.label}): python ${data.python}, ` +
      `${data.engine_events} engine events, ${data.python_events} Python events, agree ${data.agree}` +
      ` (${((at - previous) / 1000).toFixed(2)} s)`);
    previous = at;
    if (data.first_difference) {
      const d = data.first_difference;
      console.log(`    first difference, event ${d.index}:\n      engine: ${d.engine}\n      python: ${d.python}`);
    }
    if (data.error) console.log(`    error: ${data.error}`);
  }
  const raw = Object.values(sizes.files).reduce((a, b) => a + b, 0);
  const onWire = [...wire.values()].filter((n) => n >= 0).reduce((a, b) => a + b, 0);
  console.log(`bytes: ${raw} raw in ${Object.keys(sizes.files).length} files (sizes.json total ${sizes.total}); ` +
    `${onWire} on the wire over ${wire.size} requests (brotli where the server sends it)`);
  for (const [file, bytes] of [...wire.entries()].sort()) {
    console.log(`    ${file}: ${bytes} on the wire, ${sizes.files[file.slice(1)] ?? '?'} raw`);
  }
  if (consoleErrors.length) console.log(`console errors:\n  ${consoleErrors.join('\n  ')}`);
} finally {
  await browser.close();
  await server.close();
}
process.exit(failed ? 1 : 0);
