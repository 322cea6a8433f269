// End-to-end tests of the thread view: at every step, the task on the
// thread and the ready queue (front first) the page shows are exactly
// those the engine's monitor records natively (`headless --thread-out`),
// and the lot marks the station holding the thread; reached by stepping,
// by a link to an event, and by playing.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { e2eEnvironment, withPage, sel, text, waitUntil, ROOT } from './helpers.mjs';

const env = e2eEnvironment();
const MIN = 60_000;

/** The thread at every event of `params`, as the native monitor records it. */
function nativeThread(params) {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'thread-'));
  const out = path.join(folder, 'thread.jsonl');
  const flags = [...new URLSearchParams(params)].map(([key, value]) => `--${key.replaceAll('_', '-')}=${value}`);
  execFileSync(path.join(ROOT, 'target/release/examples/headless'), [...flags, `--thread-out=${out}`], { stdio: 'ignore' });
  return readFileSync(out, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));
}

/** What the page shows of the thread now. */
async function shownThread(s) {
  return s.page.evaluate(() => {
    const running = document.querySelector('[data-testid="thread-running"]');
    const ready = [...document.querySelectorAll('[data-testid="ready-task"]')].map((task) => task.dataset.task);
    const marked = [...document.querySelectorAll('[data-testid="station"][data-thread="running"]')]
      .map((station) => `station-${station.dataset.station}`);
    const stations = [...document.querySelectorAll('[data-testid="station"]')].map((station) => ({
      task: `station-${station.dataset.station}`,
      working: station.dataset.state === 'working' && Number(station.dataset.remaining) > 0,
      thread: station.dataset.thread ?? null,
    }));
    return { running: running ? running.dataset.task || null : undefined, ready, marked, stations };
  });
}

async function waitPosition(s, n) {
  await waitUntil(async () => (await text(s, 'event-position')).startsWith(`event ${n} of`), {
    timeout: MIN,
    message: `the timeline to reach event ${n}`,
  });
}

/** Checks the page against the native record at `shown` events. */
function assertThread(shown, page, native, where) {
  const expected = native[Math.max(shown - 1, 0)];
  assert.equal(page.running, expected.running, `${where}: the task on the thread at event ${shown}`);
  assert.deepEqual(page.ready, expected.ready, `${where}: the ready queue at event ${shown}`);
  const station = expected.running?.startsWith('station-') ? [expected.running] : [];
  assert.deepEqual(page.marked, station, `${where}: the station marked in the lot at event ${shown}`);
  // Every other station at work is marked ready if its task is queued, else asleep.
  for (const { task, working, thread } of page.stations) {
    if (task === expected.running || !working) continue;
    const want = expected.ready.includes(task) ? 'ready' : 'asleep';
    assert.equal(thread, want, `${where}: ${task} at event ${shown}`);
  }
}

const RUNS = [
  // Three stations whose shots all take 100 ms: every shot is a tie, and
  // the supervisor queues behind the stations that woke it.
  'stations=3&boxes=6&capacity=3&shot_min=0.1&shot_max=0.1&seed=1',
  // Station 2 blocks the thread: the others' timers come due while it
  // holds it, and run, in order, when it lets go.
  'stations=3&boxes=6&capacity=4&shot_min=0.1&shot_max=0.1&blocking=2&seed=1',
];

for (const run of RUNS) {
  test(`stepping shows the monitor's thread at every event: ${run}`, { timeout: 6 * MIN }, async (t) => {
    const native = nativeThread(run);
    assert.ok(native.length > 20, `a run of ${native.length} events`);
    assert.ok(native.some((line) => line.ready.length >= 2), 'the run has a ready queue of two or more');
    await withPage(env, t.name, `?${run}`, async (s) => {
      await s.page.locator(sel('thread-view')).waitFor();
      for (let shown = 1; shown <= native.length; shown += 1) {
        await s.page.click(sel('step'));
        await waitPosition(s, shown);
        assertThread(shown, await shownThread(s), native, 'stepping');
      }
    });
  });
}

test('a link to an event, a step back and a pause in play show the monitor\'s thread', { timeout: 6 * MIN }, async (t) => {
  // The tie run: a blocking run plays a whole blocking turn per frame.
  const run = RUNS[0];
  const native = nativeThread(run);
  const at = 10;
  await withPage(env, t.name, `?${run}&step=${at}&speed=0.5`, async (s) => {
    await waitPosition(s, at);
    await s.page.locator(sel('thread-view')).waitFor();
    assertThread(at, await shownThread(s), native, 'a link');
    await s.page.click(sel('step-back'));
    await waitPosition(s, at - 1);
    assertThread(at - 1, await shownThread(s), native, 'a step back');
    // Play slowly, pause, and read the thread where the run stopped.
    await s.page.click(sel('start'));
    await s.page.waitForTimeout(400);
    await s.page.click(sel('pause'));
    await waitUntil(async () => (await text(s, 'status')) === 'paused', { message: 'the pause' });
    const position = Number((await text(s, 'event-position')).match(/event (\d+) of/)[1]);
    assert.ok(position > at - 1, `play moved on (event ${position})`);
    assertThread(position, await shownThread(s), native, 'a pause in play');
  });
});

test('in play, a blocking station holds the thread at the play\'s pace, not in one frame', { timeout: 3 * MIN }, async (t) => {
  // Station 2 blocks: each of its boxes is one turn of four 100 ms shots.
  await withPage(env, t.name, `?${RUNS[1]}&speed=1`, async (s) => {
    await s.page.locator(sel('thread-view')).waitFor();
    const started = Date.now();
    await s.page.click(sel('start'));
    await s.page.waitForTimeout(700);
    await s.page.click(sel('pause'));
    await waitUntil(async () => (await text(s, 'status')) === 'paused', { message: 'the pause' });
    const elapsed = (Date.now() - started) / 1000;
    const clock = Number(await text(s, 'clock'));
    // The page's clock never runs ahead of the wall clock at 1×, blocking
    // turns included (a turn's shots come out at their own times).
    assert.ok(clock <= elapsed + 0.05, `the clock shows ${clock} s after ${elapsed.toFixed(2)} s of play`);
    const position = Number((await text(s, 'event-position')).match(/event (\d+) of/)[1]);
    const native = nativeThread(RUNS[1]);
    assertThread(position, await shownThread(s), native, 'paused in play');
  });
});
