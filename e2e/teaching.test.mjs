// End-to-end tests of the teaching layer: deep links to an event, stepping
// back, the timeline scrubber, the executor view and the task inspector.
// Replay must be exact: every way of reaching event N shows the same state.

import { test } from 'node:test';
import assert from 'node:assert/strict';

import { e2eEnvironment, withPage, sel, text, snapshot, waitFinished, waitUntil } from './helpers.mjs';

const env = e2eEnvironment();

const MIN = 60_000;
const RUN = '?seed=5&fail=0.003';
const N = 300;

/** What must be equal at the same event, however it was reached. */
async function stateAt(s) {
  const snap = await snapshot(s);
  return {
    position: await text(s, 'event-position'),
    clock: snap.clock,
    dosesGiven: snap.dosesGiven,
    dosesWasted: snap.dosesWasted,
    boxesDone: snap.boxesDone,
    boxesInDepot: snap.boxesInDepot,
    stations: snap.stations,
    logText: snap.logText,
  };
}

async function waitPosition(s, n) {
  await waitUntil(async () => (await text(s, 'event-position')).startsWith(`event ${n} of`), {
    timeout: MIN,
    message: `the timeline to reach event ${n}`,
  });
}

let reference;

test('step=N in the link opens the run paused at event N', { timeout: 3 * MIN }, async (t) => {
  await withPage(env, t.name, `${RUN}&step=${N}`, async (s) => {
    await waitPosition(s, N);
    assert.equal(await text(s, 'status'), 'paused');
    reference = await stateAt(s);
    assert.ok(Number(reference.dosesGiven) > 0, 'shots were given before event N');
  });
});

test('stepping N times from the start reaches the same state', { timeout: 3 * MIN }, async (t) => {
  assert.ok(reference, 'needs the step=N reference');
  await withPage(env, t.name, RUN, async (s) => {
    await s.page.locator('body').click({ position: { x: 5, y: 5 } });
    for (let i = 0; i < N; i += 1) await s.page.keyboard.press('ArrowRight');
    await waitPosition(s, N);
    assert.deepEqual(await stateAt(s), reference);
  });
});

test('stepping back from N+1 reaches the same state', { timeout: 3 * MIN }, async (t) => {
  assert.ok(reference, 'needs the step=N reference');
  await withPage(env, t.name, `${RUN}&step=${N + 1}`, async (s) => {
    await waitPosition(s, N + 1);
    await s.page.click(sel('step-back'));
    await waitPosition(s, N);
    assert.deepEqual(await stateAt(s), reference);
  });
});

test('scrubbing back to N after the end reaches the same state', { timeout: 3 * MIN }, async (t) => {
  assert.ok(reference, 'needs the step=N reference');
  await withPage(env, t.name, `${RUN}&speed=max&autoplay=1`, async (s) => {
    await waitFinished(s, { timeout: 2 * MIN });
    await s.page.locator(sel('timeline')).fill(String(N));
    await waitPosition(s, N);
    assert.deepEqual(await stateAt(s), reference);
  });
});

test('the executor view shows the awaited set, the wakes and the timer queue', { timeout: 3 * MIN }, async (t) => {
  await withPage(env, t.name, `${RUN}&step=${N}`, async (s) => {
    await waitPosition(s, N);
    const page = s.page;
    assert.equal(await page.locator(sel('awaited-task')).count(), 3, 'three station tasks are awaited');
    assert.ok((await page.locator(sel('wake')).count()) >= 1, 'the supervisor has woken');
    const wake = await page.locator(sel('wake')).first().textContent();
    assert.match(wake, /station \d's task \(box \d+\) returned (Ok|Err)/);
    assert.match(wake, /still pending: \d, \d/);
    assert.equal(await page.locator(sel('timer')).count(), 3, 'one timer per sleeping station');
    // Who holds the thread is told under the lot, from the run's record.
    assert.equal(await page.locator(sel('thread')).count(), 0, 'no second word on the thread in the panel');
    assert.match(await page.locator(sel('thread-running')).getAttribute('data-task'), /^(supervisor|station-\d)$/);
    const rows = await page.locator(sel('task-row')).count();
    assert.equal(rows, 3, 'one inspector row per station');
    // Sorting by polls puts the busiest station first.
    await page.getByRole('button', { name: /Polls/ }).click();
    await page.getByRole('button', { name: /Polls ▲/ }).waitFor();
    await page.getByRole('button', { name: /Polls/ }).click();
    await page.getByRole('button', { name: /Polls ▼/ }).waitFor();
    const polls = await page.locator(`${sel('task-row')} td:nth-child(3)`).allTextContents();
    const numbers = polls.map(Number);
    assert.deepEqual(numbers, [...numbers].sort((a, b) => b - a), 'sorted by polls, descending');
  });
});

test('ALL_COMPLETED on the same seed takes longer than FIRST_COMPLETED', { timeout: 4 * MIN }, async (t) => {
  const finalClock = async (policy) => {
    let result;
    await withPage(env, `${t.name} (${policy})`, `?seed=3&speed=max&autoplay=1&policy=${policy}`, async (s) => {
      await waitFinished(s, { timeout: 2 * MIN });
      assert.equal(await text(s, 'doses-given'), '10000');
      assert.match(await text(s, 'policy'), policy === 'all' ? /ALL_COMPLETED/ : /FIRST_COMPLETED/);
      result = Number(await text(s, 'clock'));
    });
    return result;
  };
  const first = await finalClock('first');
  const all = await finalClock('all');
  assert.ok(all > first + 3, `ALL_COMPLETED ${all} s vs FIRST_COMPLETED ${first} s`);
});

test('choosing a policy in the form applies it on reset', { timeout: 3 * MIN }, async (t) => {
  await withPage(env, t.name, '?seed=3', async (s) => {
    await s.page.selectOption(sel('input-policy'), 'all');
    await s.page.click(sel('apply'));
    await waitUntil(async () => /ALL_COMPLETED/.test(await text(s, 'policy')), { message: 'the policy note' });
    assert.match(s.page.url(), /policy=all/);
  });
});

test('the code view highlights the await the thread last resumed, and follows step', { timeout: 3 * MIN }, async (t) => {
  await withPage(env, t.name, '?seed=7&step=3', async (s) => {
    await waitPosition(s, 3);
    const resumedRoles = () =>
      s.page.locator(sel('code-resumed')).evaluateAll((lines) => lines.map((l) => `${l.dataset.language}:${l.dataset.role}`));
    // The first three events are the supervisor opening a box per station.
    assert.deepEqual((await resumedRoles()).sort(), ['python:supervisor', 'rust:supervisor']);
    await s.page.click(sel('step'));
    await waitPosition(s, 4);
    // The fourth is the first shot: a station task resumed at its sleep.
    assert.deepEqual((await resumedRoles()).sort(), ['python:station', 'rust:station']);
    const rustAwait = await s.page.locator(`${sel('code-resumed')}[data-language="rust"]`).textContent();
    assert.match(rustAwait, /shot\.await/);
    assert.match(await text(s, 'code-resumed-text'), /station \d's task/);
  });
});

test('the charts draw every box, mark failures and follow the doses given', { timeout: 3 * MIN }, async (t) => {
  await withPage(env, t.name, '?seed=3&fail=0.003&speed=max&autoplay=1', async (s) => {
    await waitFinished(s, { timeout: 2 * MIN });
    const page = s.page;
    assert.equal(await page.locator(`${sel('chart-gantt')} .gantt-bar`).count(), 100, 'one bar per box');
    const failedBars = await page.locator(`${sel('chart-gantt')} .gantt-bar.failed`).count();
    assert.equal(String(failedBars), await text(s, 'boxes-failed'), 'failed boxes are marked');
    assert.ok(failedBars > 0, 'this seed has failures');
    const label = await page.locator(sel('chart-doses')).getAttribute('aria-label');
    assert.match(label, new RegExp(`^${await text(s, 'doses-given')} of 10000 doses given`));
    assert.equal(await page.locator(`${sel('chart-utilisation')} .util-bar`).count(), 3);
  });
});

test('breaking a station by hand: reported, restarted, wasted doses counted, repeated by replay', { timeout: 3 * MIN }, async (t) => {
  await withPage(env, t.name, '?seed=4&speed=3&autoplay=1', async (s) => {
    const page = s.page;
    await waitUntil(async () => Number(await text(s, 'doses-given')) > 60, { timeout: MIN, message: 'shots to be given' });
    await page.click(`${sel('station')}[data-station="2"]`);
    const brokenLine = /station 2 failed at [\d.]+ seconds: broken by hand during shot \d+; \d+ doses? of box \d+ wasted\. Restarting/;
    await waitUntil(async () => (await page.locator(sel('log-line')).allTextContents()).some((l) => brokenLine.test(l)), {
      timeout: MIN,
      message: 'the break to be reported',
    });
    await page.click(sel('pause'));
    assert.ok(Number(await text(s, 'doses-wasted')) > 0, 'the doses left in the box are wasted');
    assert.match(page.url(), /breaks=\d+:2/, 'the link repeats the break');
    const snap = await snapshot(s);
    const left = snap.stations.split(' ').reduce((sum, x) => sum + Number(x.split(':')[2]), 0);
    assert.equal(
      Number(snap.dosesGiven) + Number(snap.dosesWasted) + left + 100 * Number(snap.boxesInDepot),
      10000,
      'every dose accounted for',
    );
    // Stepping back replays the run from its seed, break included.
    const before = await text(s, 'doses-wasted');
    await page.click(sel('step-back'));
    await waitUntil(async () => /^event \d+ of/.test(await text(s, 'event-position')), { message: 'the replay' });
    await waitUntil(async () => (await page.locator(sel('log-line')).allTextContents()).some((l) => brokenLine.test(l)), {
      timeout: MIN,
      message: 'the replayed break',
    });
    assert.equal(await text(s, 'doses-wasted'), before, 'the replay wastes the same doses');
  });
});

test('a station that blocks the thread lets the others creep a shot per box', { timeout: 3 * MIN }, async (t) => {
  await withPage(env, t.name, '?seed=2&blocking=1&step=800', async (s) => {
    await waitPosition(s, 800);
    assert.match(await text(s, 'blocking-note'), /Station 1 blocks the thread/);
    const st = (await snapshot(s)).stations.split(' ').map((x) => x.split(':'));
    const boxesDone = Number(await text(s, 'boxes-done'));
    assert.ok(boxesDone >= 7, `station 1 finished boxes (${boxesDone})`);
    // As in asyncio, each other station gives the one shot that came due
    // between two of station 1's boxes: a few shots, not none, not many.
    for (const other of [1, 2]) {
      const given = 100 - Number(st[other][2]);
      assert.ok(given >= 1 && given <= boxesDone + 1, `station ${other + 1} gave ${given} shots`);
    }
  });
  await withPage(env, `${t.name} (to the end)`, '?seed=2&blocking=1&speed=max&autoplay=1', async (s) => {
    await waitFinished(s, { timeout: 2 * MIN });
    assert.equal(await text(s, 'doses-given'), '10000');
  });
});

test('the policy comparison and the inspector\'s finished tasks', { timeout: 3 * MIN }, async (t) => {
  await withPage(env, t.name, '?seed=3&step=700', async (s) => {
    await waitPosition(s, 700);
    // The rows come one per task after the panel mounts.
    await s.page.locator(`${sel('policy-comparison')}[aria-busy="false"]`).waitFor();
    const rows = await s.page.locator(`${sel('policy-comparison')} tbody tr`).allTextContents();
    assert.equal(rows.length, 6, 'a row per policy');
    const makespan = (label) => Number(rows.find((r) => r.startsWith(label)).match(/([\d.]+) s/)[1]);
    assert.ok(makespan('ALL_COMPLETED') > makespan('FIRST_COMPLETED'), rows.join(' | '));
    for (const same of ['completion queue', 'TaskGroup + Semaphore', 'workers + Queue']) {
      assert.equal(makespan(same), makespan('FIRST_COMPLETED'), `${same} gives the same run`);
    }
    // The article's loop makes its last wait when the 100th box returns,
    // the instant FIRST_COMPLETED's last box returns, but has opened three
    // more boxes by then and loses their doses.
    assert.equal(makespan("the article's loop"), makespan('FIRST_COMPLETED'), rows.join(' | '));
    const article = await s.page
      .locator(`${sel('policy-comparison')} tbody tr`, { hasText: "the article's loop" })
      .locator('td')
      .allTextContents();
    assert.deepEqual(article.slice(2), ['103', '300'], 'boxes opened and doses vanished');
    const finished = await s.page.locator(sel('finished-task')).allTextContents();
    assert.ok(finished.length >= 1, 'a task has finished by event 700');
    assert.match(finished[0], /station \d \(box \d+\): done after \d+ polls? and \d+ wakes?/);
  });
});

test('seeks made in one task are all applied, in order, with the address bar in step', { timeout: 3 * MIN }, async (t) => {
  await withPage(env, t.name, '?stations=3&boxes=100&seed=4&step=5000', async (s) => {
    await waitPosition(s, 5000);
    await s.page.locator(sel('timeline')).waitFor();
    // Back to 1000 (a new run, replayed from the start), then on to 8000
    // before that run has even started: a fast drag does this.
    await s.page.evaluate(() => {
      const timeline = document.querySelector('[data-testid="timeline"]');
      for (const value of ['1000', '8000']) {
        timeline.value = value;
        timeline.dispatchEvent(new Event('input', { bubbles: true }));
      }
    });
    await waitPosition(s, 8000);
    assert.match(s.page.url(), /[?&]step=8000(&|$)/, `the address bar: ${s.page.url()}`);
    // And forward on the run that is there: the address bar follows too.
    await s.page.evaluate(() => {
      const timeline = document.querySelector('[data-testid="timeline"]');
      timeline.value = '9000';
      timeline.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await waitPosition(s, 9000);
    assert.match(s.page.url(), /[?&]step=9000(&|$)/, `the address bar: ${s.page.url()}`);
  });
});
