// A million boxes, blocking or not: the run hands the thread back to the
// page between turns, so the page keeps drawing frames and its memory
// stays flat while tens of millions of doses are given.
//
// Nothing here is timed: the checks are that frames keep coming while the
// run moves on, and that wasm memory does not grow between two samples far
// apart in the run. The longest gap between frames is printed, for reading
// beside `node scripts/bench-memory.mjs`.

import test from 'node:test';
import assert from 'node:assert/strict';

import { e2eEnvironment, int, sel, text, waitUntil, withPage } from './helpers.mjs';

const env = e2eEnvironment();

/** Counts animation frames and their longest gap, from the page's start. */
function countFrames() {
  window.__frames = { count: 0, last: 0, longest: 0 };
  const tick = (stamp) => {
    const frames = window.__frames;
    if (frames.last) frames.longest = Math.max(frames.longest, stamp - frames.last);
    frames.last = stamp;
    frames.count += 1;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/** Frames so far, the longest gap since the last sample, wasm memory and
 * doses given. */
async function sample(s) {
  const page = s.page;
  const { frames, longest, wasm } = await page.evaluate(() => {
    const seen = { frames: window.__frames.count, longest: window.__frames.longest };
    window.__frames.longest = 0;
    return { ...seen, wasm: window.wasmBindings.wasm_memory_bytes() };
  });
  return { frames, longest, wasm, doses: await int(s, 'doses-given') };
}

const MB = 2 ** 20;

const RUNS = [
  'policy=first&blocking=1',
  'policy=all&blocking=2',
  'policy=queue&blocking=1',
  'policy=workers&blocking=3',
  'policy=first',
];

for (const run of RUNS) {
  test(`a million boxes (${run}) play frame by frame in flat memory`, { timeout: 120_000 }, async (t) => {
    const query = `?boxes=1000000&${run}&seed=1&speed=max&autoplay=1`;
    await withPage(env, t.name, query, async (s) => {
      // Past the first 4000 boxes the page's bounded records (the log, the
      // curve, the Gantt chart's 2000 bars) are full: from there on memory
      // must stay where it is.
      await waitUntil(async () => (await int(s, 'doses-given')) > 400_000, { timeout: 60_000, message: 'the first 400,000 doses' });
      const first = await sample(s);
      const later = first.doses + 1_600_000;
      await waitUntil(async () => (await int(s, 'doses-given')) > later, { timeout: 90_000, message: `${later} doses` });
      const second = await sample(s);
      assert.equal(await text(s, 'status'), 'running');
      const frames = second.frames - first.frames;
      assert.ok(frames >= 10, `the page drew ${frames} frames while ${second.doses - first.doses} doses were given`);
      const grown = (second.wasm - first.wasm) / MB;
      assert.ok(grown <= 1, `wasm memory grew by ${grown.toFixed(1)} MB (from ${(first.wasm / MB).toFixed(1)} MB)`);
      assert.equal(await s.page.locator(sel('param-errors')).count(), 0);
      t.diagnostic(
        `${second.doses} doses given, ${frames} frames while ${second.doses - first.doses} were given, ` +
          `longest gap between two of them ${Math.round(second.longest)} ms, ` +
          `wasm memory ${(first.wasm / MB).toFixed(1)} → ${(second.wasm / MB).toFixed(1)} MB`,
      );
    }, { initScript: [countFrames] });
  });
}
