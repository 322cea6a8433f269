// End-to-end tests of the built app (dist/), in headless Chromium.
// Run: node --test e2e/        (build first: trunk build --release)
// Screenshots and console transcripts of every test land in artifacts/.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';

import {
  e2eEnvironment,
  withPage,
  sel,
  text,
  int,
  clock,
  logLines,
  stations,
  snapshot,
  waitForStatus,
  waitFinished,
  waitUntil,
} from './helpers.mjs';

const env = e2eEnvironment();

const MIN = 60_000;

// The design's invariant, checked on what the page shows:
// given + wasted + left in open boxes + capacity * boxes in depot == capacity * boxes.
function assertConservation(snap, capacity, boxes, when) {
  const left = snap.stations
    .split(' ')
    .filter(Boolean)
    .reduce((sum, s) => sum + Number(s.split(':')[2]), 0);
  const total = Number(snap.dosesGiven) + Number(snap.dosesWasted) + left + capacity * Number(snap.boxesInDepot);
  assert.equal(
    total,
    capacity * boxes,
    `doses are conserved ${when}: given ${snap.dosesGiven} + wasted ${snap.dosesWasted} + left in boxes ${left} ` +
      `+ ${capacity} x depot ${snap.boxesInDepot}`,
  );
}

test('default run finishes with every dose and box accounted for', { timeout: 4 * MIN }, async (t) => {
  await withPage(env, t.name, '?speed=max&seed=1&autoplay=1', async (s) => {
    await waitFinished(s, { timeout: 3 * MIN });

    assert.equal(await int(s, 'doses-given'), 10000, 'doses-given');
    assert.equal(await int(s, 'boxes-done'), 100, 'boxes-done');
    assert.equal(await int(s, 'doses-wasted'), 0, 'doses-wasted');
    assert.equal(await int(s, 'boxes-in-depot'), 0, 'boxes-in-depot');
    assert.equal(await text(s, 'seed'), '1', 'the seed is shown');

    const st = await stations(s);
    assert.equal(st.length, 3, 'three stations by default');
    assert.deepEqual(
      st.map((x) => x.station),
      ['1', '2', '3'],
      'data-station numbers the stations from 1',
    );
    for (const x of st) {
      assert.equal(x.state, 'done', `station ${x.station} data-state`);
      assert.equal(x.remaining, '0', `station ${x.station} data-remaining`);
    }

    const log = await logLines(s);
    assert.ok(
      log.some((l) => l.includes('vaccine box') && l.includes('is done! Vaccinated 100')),
      `a log-line reads "vaccine box N is done! Vaccinated 100 ..."; ${log.length} lines, last: ${JSON.stringify(log.slice(-3))}`,
    );
  });
});

test('with failures every dose is given or wasted', { timeout: 4 * MIN }, async (t) => {
  await withPage(env, t.name, '?speed=max&seed=3&fail=0.01&autoplay=1', async (s) => {
    await waitFinished(s, { timeout: 3 * MIN });

    const given = await int(s, 'doses-given');
    const wasted = await int(s, 'doses-wasted');
    assert.equal(given + wasted, 10000, `doses-given (${given}) + doses-wasted (${wasted})`);
    assert.ok(wasted > 0, `doses-wasted should be > 0 with fail=0.01, is ${wasted}`);
    assert.equal(await int(s, 'boxes-in-depot'), 0, 'boxes-in-depot');

    // Not just the final summary ("..., 0 failed; ..."): a line about a station's failure.
    const log = await logLines(s);
    assert.ok(
      log.some((l) => /\bstation \d+ failed\b/.test(l)),
      `some log-line reads "station N failed ..."; ${log.length} lines, last: ${JSON.stringify(log.slice(-3))}`,
    );
  });
});

test('invalid parameters are named and the defaults are used', { timeout: 4 * MIN }, async (t) => {
  await withPage(env, t.name, '?stations=0&capacity=abc&speed=max&autoplay=1&seed=1', async (s) => {
    const errors = s.page.locator(sel('param-errors'));
    await errors.waitFor({ state: 'visible', timeout: 30_000 });
    const shown = (await errors.textContent())?.trim() ?? '';
    // Each value given is shown in an isolate of its own (U+2068 … U+2069).
    assert.ok(shown.includes('stations=\u20680\u2069'), `the value given is isolated: ${JSON.stringify(shown)}`);
    const msg = shown.replace(/[\u2066-\u2069]/g, '');
    assert.ok(msg.includes('stations=0'), `param-errors names stations=0: ${JSON.stringify(msg)}`);
    assert.ok(msg.includes('capacity=abc'), `param-errors names capacity=abc: ${JSON.stringify(msg)}`);
    assert.ok(msg.includes('1 to 1000'), `param-errors gives the accepted range "1 to 1000": ${JSON.stringify(msg)}`);

    assert.equal(await s.page.locator(sel('station')).count(), 3, 'default 3 stations');

    await waitFinished(s, { timeout: 3 * MIN });
    assert.equal(await int(s, 'doses-given'), 10000, 'doses-given with the default capacity');
  });
});

test('valid parameters show no param-errors', { timeout: 2 * MIN }, async (t) => {
  await withPage(env, t.name, '?seed=1&speed=1', async (s) => {
    await waitForStatus(s, 'ready', { timeout: MIN });
    assert.equal(await s.page.locator(sel('param-errors')).count(), 0, 'param-errors is absent');
  });
});

test('the first screen: asyncio named above the fold, Lessons first, a first Start slow enough to see the turns', { timeout: 2 * MIN }, async (t) => {
  await withPage(env, t.name, '?seed=3', async (s) => {
    const { page } = s;
    await waitForStatus(s, 'ready', { timeout: MIN });
    const line = page.locator(sel('asyncio-line'));
    assert.match(await line.textContent(), /Python's asyncio/);
    const box = await line.boundingBox();
    assert.ok(box && box.y + box.height <= page.viewportSize().height, 'the asyncio line is above the fold');
    const tools = await page.locator('.page-tools button').evaluateAll((buttons) => buttons.map((b) => [b.dataset.testid, b.classList.contains('primary')]));
    assert.deepEqual(tools[0], ['lessons-open', true], 'Lessons is the first tool, and the primary one');
    await page.locator(sel('start')).click();
    const pace = page.locator(sel('turn-pace'));
    await pace.waitFor();
    const label = await text(s, 'speed-label');
    assert.match(label, /^0\.0\d+× \(slow motion\)$/, 'the first Start plays slowly');
    assert.ok((await pace.textContent()).includes(label.split('×')[0]), 'and says at what speed, and why');
    // Once the learner picks a speed, the note goes.
    await page.click(sel('speed-max'));
    await pace.waitFor({ state: 'detached' });
  });
  await withPage(env, `${t.name} (a link with its speed)`, '?seed=3&speed=1', async (s) => {
    await waitForStatus(s, 'ready', { timeout: MIN });
    await s.page.locator(sel('start')).click();
    await waitUntil(async () => (await clock(s)) > 0, { timeout: MIN, message: 'the run to play' });
    assert.equal(await text(s, 'speed-label'), '1× real time', 'a link that sets the speed plays at it');
    assert.equal(await s.page.locator(sel('turn-pace')).count(), 0);
  });
});

test('pause, step and reset', { timeout: 4 * MIN }, async (t) => {
  await withPage(env, t.name, '?seed=5&speed=1', async (s) => {
    const { page } = s;
    await waitForStatus(s, 'ready', { timeout: MIN });
    assert.equal(await text(s, 'clock'), '0.00', 'clock before start');

    await page.locator(sel('start')).click();
    await waitUntil(async () => (await clock(s)) > 0, { timeout: MIN, message: 'clock > 0 after start' });
    assert.equal(await text(s, 'status'), 'running', 'status after start');

    await page.locator(sel('pause')).click();
    await waitForStatus(s, 'paused', { timeout: 30_000 });
    const pausedAt = await text(s, 'clock');
    assert.match(pausedAt, /^\d+\.\d{2}$/, 'clock shows seconds with two decimals');
    const before = await snapshot(s);
    assertConservation(before, 100, 100, 'when paused');
    await sleep(500);
    assert.equal(await text(s, 'clock'), pausedAt, 'clock stands still while paused');
    assert.equal(await text(s, 'doses-given'), before.dosesGiven, 'doses-given stands still while paused');

    let prev = before;
    for (let i = 1; i <= 5; i++) {
      await page.locator(sel('step')).click();
      const changed = await waitUntil(
        async () => {
          const now = await snapshot(s);
          return JSON.stringify(now) !== JSON.stringify(prev) ? now : null;
        },
        { timeout: 15_000, message: `step ${i} to change something on the page (clock ${prev.clock})` },
      );
      assert.ok(
        Number.parseFloat(changed.clock) >= Number.parseFloat(prev.clock),
        `clock is non-decreasing over step ${i}: ${prev.clock} -> ${changed.clock}`,
      );
      assert.equal(changed.status, 'paused', `status after step ${i}`);
      assertConservation(changed, 100, 100, `after step ${i}`);
      prev = changed;
    }
    // Let any trailing render of the last step land.
    await sleep(300);
    const after = await snapshot(s);
    assert.ok(Number.parseFloat(after.clock) >= Number.parseFloat(before.clock), 'clock after steps');
    assert.ok(
      after.dosesGiven !== before.dosesGiven || after.logText !== before.logText || after.stations !== before.stations,
      `5 steps changed doses-given, the log or a station: before ${JSON.stringify({ ...before, logText: undefined })}, ` +
        `after ${JSON.stringify({ ...after, logText: undefined })}`,
    );

    await page.locator(sel('reset')).click();
    await waitForStatus(s, 'ready', { timeout: 30_000 });
    await waitUntil(async () => (await text(s, 'clock')) === '0.00', { timeout: 10_000, message: 'clock 0.00 after reset' });
    assert.equal(await text(s, 'clock'), '0.00', 'clock after reset');
    assert.equal(await int(s, 'doses-given'), 0, 'doses-given after reset');
  });
});

test('same seed, same run', { timeout: 6 * MIN }, async (t) => {
  const query = '?speed=max&seed=42&autoplay=1&fail=0.005';
  const runs = [];
  for (const which of ['a', 'b']) {
    await withPage(env, `${t.name} ${which}`, query, async (s) => {
      await waitFinished(s, { timeout: 3 * MIN });
      runs.push({
        clock: await text(s, 'clock'),
        wasted: await text(s, 'doses-wasted'),
        given: await text(s, 'doses-given'),
        log: await logLines(s),
      });
    });
  }
  const [a, b] = runs;
  assert.ok(a.log.length > 0, 'the log has lines');
  assert.equal(b.clock, a.clock, 'final clock');
  assert.equal(b.wasted, a.wasted, 'doses-wasted');
  assert.equal(b.given, a.given, 'doses-given');
  assert.equal(b.log.length, a.log.length, 'number of log lines');
  assert.deepEqual(b.log, a.log, 'log-line texts');
});

test('1000 stations', { timeout: 6 * MIN }, async (t) => {
  await withPage(env, t.name, '?stations=1000&boxes=2000&speed=max&autoplay=1&seed=9', async (s) => {
    const count = () => s.page.locator(sel('station')).count();
    await waitUntil(async () => (await count()) === 1000, {
      timeout: MIN,
      interval: 500,
      message: '1000 station elements',
    }).catch(async (err) => {
      err.message += ` (found ${await count()})`;
      throw err;
    });

    await waitFinished(s, { timeout: 5 * MIN, interval: 1000 });
    assert.equal(await int(s, 'doses-given'), 200000, 'doses-given');
    assert.equal(await int(s, 'boxes-done'), 2000, 'boxes-done');
    assert.equal(await int(s, 'boxes-in-depot'), 0, 'boxes-in-depot');

    const st = await stations(s);
    assert.equal(st.length, 1000, 'station elements at the end');
    assert.equal(new Set(st.map((x) => x.station)).size, 1000, 'distinct data-station values');
    const notDone = st.filter((x) => x.state !== 'done' || x.remaining !== '0');
    assert.deepEqual(notDone.slice(0, 5), [], `${notDone.length} stations not done with 0 remaining`);
  });
});
