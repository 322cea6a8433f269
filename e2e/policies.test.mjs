// Every supervisor policy in the page, its counts against the native
// engine's headless runner on the same parameters and seed: the page runs
// the station tasks on the browser's executor, the runner on the engine's
// own, and both must land on the same microsecond with the same tallies.
// Also the one-click preset for the article's counting bug, the article's
// own counters, the drawing of boxes beyond the depot and of cancelled
// stations, and a task group's limit of boxes.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

import { ROOT, e2eEnvironment, int, logLines, sel, text, waitFinished, withPage } from './helpers.mjs';

const env = e2eEnvironment();
const MIN = 60_000;

const HEADLESS = path.join(ROOT, 'target', 'release', 'examples', 'headless');
const RUN = { stations: 3, boxes: 20, capacity: 10, fail: 0.02, seed: 3 };

/** The native engine's summary of `policy` on RUN. */
function engine(policy) {
  assert.ok(existsSync(HEADLESS), `${HEADLESS} is built first (scripts/test.sh builds it)`);
  const args = Object.entries({ ...RUN, policy }).flatMap(([name, value]) => [`--${name}`, String(value)]);
  const lines = execFileSync(HEADLESS, args, { encoding: 'utf8' }).trim().split('\n');
  return JSON.parse(lines.at(-1));
}

const query = (policy) =>
  '?' + new URLSearchParams({ ...RUN, policy, speed: 'max', autoplay: '1' }).toString();

for (const policy of ['first', 'all', 'queue', 'article', 'taskgroup', 'workers']) {
  test(`policy=${policy}: the page ends where the native engine ends`, { timeout: 3 * MIN }, async (t) => {
    const want = engine(policy);
    await withPage(env, t.name, query(policy), async (s) => {
      await waitFinished(s);
      assert.equal(await text(s, 'clock'), want.makespan_s.toFixed(2));
      assert.equal(await int(s, 'doses-given'), want.doses_given);
      assert.equal(await int(s, 'doses-wasted'), want.doses_wasted);
      assert.equal(await int(s, 'boxes-done'), want.boxes_done);
      assert.equal(await int(s, 'boxes-in-depot'), 0);
      const select = await s.page.locator(sel('input-policy')).inputValue();
      assert.equal(select, policy, 'the form shows the policy');
      if (policy === 'article') {
        assert.equal(await int(s, 'boxes-opened'), want.boxes_opened);
        assert.equal(await int(s, 'doses-unreported'), want.doses_unreported);
        assert.equal(await int(s, 'doses-discarded'), want.doses_discarded);
        const lines = await logLines(s);
        assert.ok(lines.some((l) => /asyncio\.run cancels the 3 tasks/.test(l)), 'the log says the tasks are cancelled');
        const cancelled = await s.page.locator(`${sel('station')}[data-state="cancelled"]`).count();
        assert.equal(cancelled, 3, 'every station is drawn cancelled');
        const beyond = await s.page.locator(sel('boxes-beyond-depot')).getAttribute('data-boxes');
        assert.equal(Number(beyond), want.boxes_opened - RUN.boxes, 'the depot shows the boxes taken beyond it');
      } else {
        assert.equal(await s.page.locator(sel('boxes-opened')).count(), 0, 'article counters only under the article');
        assert.equal(await s.page.locator(sel('boxes-beyond-depot')).count(), 0);
      }
    });
  });
}

test("the article's counting bug: one click, every wait number printed once per station", { timeout: 3 * MIN }, async (t) => {
  await withPage(env, t.name, '?seed=2&boxes=8&capacity=5', async (s) => {
    await s.page.click(sel('preset-counting-bug'));
    await s.page.click(sel('speed-max'));
    await s.page.click(sel('start'));
    await waitFinished(s);
    const done = (await logLines(s)).filter((l) => l.startsWith('vaccine box ')).map((l) => /^vaccine box (\d+)/.exec(l)[1]);
    assert.equal(done.length, 24, '8 waits, 3 boxes reported in each');
    for (let wait = 0; wait < 8; wait += 1) {
      assert.equal(done.filter((n) => n === String(wait)).length, 3, `wait ${wait} printed three times`);
    }
    assert.equal(await int(s, 'boxes-done'), 24, 'more boxes reported than waits made');
    assert.equal(await int(s, 'boxes-opened'), 27);
    assert.equal(await int(s, 'doses-discarded'), 15, 'the last restarts are cancelled before their first shot');
    assert.match(await s.page.locator(sel('code-mistake')).first().textContent(), /counts waits, not boxes/);
    await s.page.locator(`${sel('policy-comparison')}[aria-busy="false"]`).waitFor();
    const rows = await s.page.locator(`${sel('policy-comparison')} tbody tr`).count();
    assert.equal(rows, 6, 'the comparison has a row per policy');
  });
});

test('a task group takes at most its limit of boxes, and says so', { timeout: 2 * MIN }, async (t) => {
  await withPage(env, t.name, '?policy=taskgroup&boxes=1000000&capacity=1&seed=1', async (s) => {
    const errors = await text(s, 'param-errors');
    assert.match(errors, /boxes=\u20681000000\u2069 with policy=taskgroup/);
    assert.match(errors, /at most 10000 boxes/);
    assert.equal(await int(s, 'boxes-in-depot'), 10000);
  });
});
