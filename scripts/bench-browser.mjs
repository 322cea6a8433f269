#!/usr/bin/env node
// In-browser benchmark of the built app (dist/). Builds nothing; prints numbers,
// asserts nothing.
//
//   node scripts/bench-browser.mjs [dist-dir]
//
// Prints:
//   1. wall time of ?speed=max&seed=1&autoplay=1 from navigation to status=finished (ms)
//   2. window.wasmBindings.bench_engine(stations, boxes, seed): engine shots per second in wasm
//   3. for ?stations=1000&boxes=100000&speed=max&autoplay=1&seed=1, after 5 s of running,
//      the median and p95 of window.__vaxlotFrames (per-frame work, ms; first 30 frames skipped),
//      and, measured by this script itself, the median and p95 interval between animation frames
// and finally one JSON line with all of them.

import path from 'node:path';
import { existsSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

import { startServer } from '../e2e/server.mjs';
import { launchBrowser, ROOT } from '../e2e/helpers.mjs';

const dist = path.resolve(process.argv[2] ?? path.join(ROOT, 'dist'));
if (!existsSync(path.join(dist, 'index.html'))) {
  console.error(`${dist}/index.html is missing: build the app first (trunk build --release)`);
  process.exit(2);
}

function quantile(sorted, q) {
  if (sorted.length === 0) return null;
  // Nearest-rank on the sorted sample.
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i];
}

const round = (x, d = 3) => (x == null || !Number.isFinite(x) ? x : Math.round(x * 10 ** d) / 10 ** d);

async function statusOf(page) {
  return page
    .evaluate(() => (document.querySelector('[data-testid="status"]')?.textContent ?? '').trim())
    .catch(() => ''); // the page may still be navigating
}

async function waitStatus(page, want, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const s = await statusOf(page);
    if (s === want) return true;
    if (Date.now() > deadline) return false;
    await sleep(50);
  }
}

async function newPage(browser, errors) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    const url = m.location()?.url ?? '';
    if (/\/favicon\.ico$/.test(url)) return; // headless Chromium's own favicon request
    errors.push(`console.error: ${m.text()}${url ? ` (${url})` : ''}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  return { context, page };
}

const result = {
  default_run_wall_ms: null,
  default_run_clock: null,
  frames_1000_stations: null,
  raf_intervals_1000_stations: null,
  errors: [],
};

const server = await startServer(dist);
const browser = await launchBrowser();
try {
  // 1. Default run, wall time from navigation to finished.
  {
    const { context, page } = await newPage(browser, result.errors);
    const t0 = performance.now();
    await page.goto(`${server.url}/?speed=max&seed=1&autoplay=1`, { waitUntil: 'commit', timeout: 60_000 });
    const ok = await waitStatus(page, 'finished', 300_000);
    const t1 = performance.now();
    result.default_run_wall_ms = ok ? round(t1 - t0, 1) : null;
    result.default_run_clock = await page
      .evaluate(() => document.querySelector('[data-testid="clock"]')?.textContent?.trim() ?? null)
      .catch(() => null);
    console.log(
      ok
        ? `default run (?speed=max&seed=1&autoplay=1): ${result.default_run_wall_ms} ms from navigation to finished (clock ${result.default_run_clock})`
        : `default run did not finish within 300 s (status ${await statusOf(page)})`,
    );

    // 2. The engine in wasm: whole runs on a LocalPool inside the page
    //    (the app's exported `bench_engine`), best of three.
    for (const [stations, boxes] of [[3, 2000], [1000, 2000]]) {
      const bench = await page
        .evaluate(([stations, boxes]) => {
          const run = window.wasmBindings?.bench_engine;
          if (typeof run !== 'function') return { missing: true };
          return { value: Math.max(run(stations, boxes, 1), run(stations, boxes, 2), run(stations, boxes, 3)) };
        }, [stations, boxes])
        .catch((e) => ({ error: e.message }));
      const label = `engine in wasm, ${stations} stations x ${boxes} boxes`;
      if (bench.missing) {
        console.log(`${label}: window.wasmBindings.bench_engine not present`);
      } else if (bench.error) {
        console.log(`${label} threw: ${bench.error}`);
        result.errors.push(`bench engine: ${bench.error}`);
      } else {
        result[`engine_shots_per_sec_${stations}_stations`] = Math.round(bench.value);
        console.log(`${label}: ${(bench.value / 1e6).toFixed(2)} M shots/s`);
      }
    }
    await context.close();
  }

  // 3. Frame work with 1000 stations and a long run.
  {
    const { context, page } = await newPage(browser, result.errors);
    await page.goto(`${server.url}/?stations=1000&boxes=100000&speed=max&autoplay=1&seed=1`, {
      waitUntil: 'load',
      timeout: 60_000,
    });
    const running = await waitStatus(page, 'running', 60_000);
    if (!running) console.log(`1000 stations: status is ${await statusOf(page)}, not running; measuring anyway`);
    // Independent of the app's own instrumentation: the intervals between
    // animation frames as the page sees them (frame pacing, not work).
    await page.evaluate(() => {
      const gaps = (window.__benchRafGaps = []);
      let last = null;
      const tick = (t) => {
        if (last !== null) gaps.push(t - last);
        last = t;
        if (!window.__benchRafStop) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    await sleep(5_000);
    const gaps = await page.evaluate(() => {
      window.__benchRafStop = true;
      return window.__benchRafGaps.slice();
    });
    {
      const used = gaps.slice(30).sort((a, b) => a - b);
      result.raf_intervals_1000_stations = {
        frames: gaps.length + 1,
        median_ms: round(quantile(used, 0.5)),
        p95_ms: round(quantile(used, 0.95)),
      };
      console.log(
        `1000 stations, 5 s: ${gaps.length + 1} animation frames; interval median ` +
          `${result.raf_intervals_1000_stations.median_ms} ms, p95 ${result.raf_intervals_1000_stations.p95_ms} ms (first 30 skipped)`,
      );
    }
    const frames = await page.evaluate(() =>
      Array.isArray(window.__vaxlotFrames) ? window.__vaxlotFrames.slice() : null,
    );
    if (!frames) {
      console.log('window.__vaxlotFrames: not present');
    } else {
      const used = frames.slice(30).filter((x) => typeof x === 'number' && Number.isFinite(x));
      const sorted = [...used].sort((a, b) => a - b);
      const stats = {
        frames_total: frames.length,
        frames_used: used.length,
        median_ms: round(quantile(sorted, 0.5)),
        p95_ms: round(quantile(sorted, 0.95)),
        max_ms: round(sorted.at(-1) ?? null),
      };
      const simulation = await page.evaluate(() =>
        Array.isArray(window.__vaxlotSimulationFrames) ? window.__vaxlotSimulationFrames.slice(30) : [],
      );
      const simSorted = simulation.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
      stats.simulation_median_ms = round(quantile(simSorted, 0.5));
      stats.simulation_p95_ms = round(quantile(simSorted, 0.95));
      result.frames_1000_stations = stats;
      console.log(
        `1000 stations, 100000 boxes, 5 s: ${stats.frames_total} frames, ` +
          `median ${stats.median_ms} ms, p95 ${stats.p95_ms} ms (simulation part: median ` +
          `${stats.simulation_median_ms} ms, p95 ${stats.simulation_p95_ms} ms; first 30 skipped, ${stats.frames_used} used)`,
      );
    }
    const st = await page
      .evaluate(() => ({
        clock: document.querySelector('[data-testid="clock"]')?.textContent?.trim(),
        given: document.querySelector('[data-testid="doses-given"]')?.textContent?.trim(),
      }))
      .catch(() => ({}));
    if (result.frames_1000_stations) Object.assign(result.frames_1000_stations, { clock: st.clock, doses_given: st.given });
    await context.close();
  }
} finally {
  await browser.close().catch(() => {});
  await server.close();
}

if (result.errors.length) console.log(`errors seen:\n  ${result.errors.join('\n  ')}`);
console.log(JSON.stringify(result));
