// End-to-end test of "Download trace": the run up to the event on screen as
// a Chrome trace-event file, which Perfetto UI and chrome://tracing open.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';

import { e2eEnvironment, withPage, text } from './helpers.mjs';

const env = e2eEnvironment();

const MIN = 60_000;

test('Download trace writes the run up to the event on screen', { timeout: 3 * MIN }, async (t) => {
  // Opened paused at event 120 of a run with failures and a station broken by hand.
  const query = '?stations=3&boxes=12&capacity=20&shot_min=0.2&shot_max=0.6&fail=0.02&seed=5&breaks=60:2&step=120';
  await withPage(env, t.name, query, async (s) => {
    const page = s.page;
    await page.getByTestId('event-position').filter({ hasText: /^event 120 / }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-trace').click()]);
    assert.equal(download.suggestedFilename(), 'vaccination-trace.json');
    const trace = JSON.parse(await readFile(await download.path(), 'utf8'));
    assert.equal(trace.otherData.events, 120, 'up to the event on screen');
    assert.equal(trace.otherData.breaks, '60:2');
    assert.equal(trace.otherData.time_unit, 'simulated microseconds');
    const events = trace.traceEvents;
    const tracks = events.filter((e) => e.name === 'thread_name').map((e) => e.args.name);
    assert.deepEqual(tracks, ['supervisor', 'station 1', 'station 2', 'station 3']);
    // The boxes done in the trace are the boxes done on screen, and its
    // last timestamp is the clock's.
    const done = events.filter((e) => e.cat === 'box' && e.args.outcome === 'done');
    assert.equal(done.length, Number(await text(s, 'boxes-done')));
    const shots = events.filter((e) => e.name === 'shot');
    const failed = events.filter((e) => e.cat === 'box' && e.args.outcome === 'failed');
    assert.equal(shots.length, Number(await text(s, 'doses-given')));
    assert.ok(failed.some((e) => /broken by hand/.test(e.args.error)), 'the break by hand is in it');
    const last = Math.max(...events.filter((e) => e.ts !== undefined).map((e) => e.ts + (e.dur ?? 0)));
    assert.equal((last / 1e6).toFixed(2), await text(s, 'clock'));
    for (const event of events) {
      assert.ok(['M', 'X', 'i'].includes(event.ph), JSON.stringify(event));
    }
  });
});
