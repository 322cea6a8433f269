// Fuzz mode for a minute: random clicks, keys and parameter changes, with
// the invariants checked every frame; no problem and no console error.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';

import { e2eEnvironment, withPage, sel } from './helpers.mjs';

const env = e2eEnvironment();

const MIN = 60_000;

test('a minute of fuzzing finds no problem', { timeout: 4 * MIN }, async (t) => {
  await withPage(env, t.name, '?fuzz=1&seed=11', async (s) => {
    const report = s.page.locator(sel('fuzz-report'));
    await report.waitFor();
    const started = Date.now();
    while (Date.now() - started < MIN) {
      await sleep(5000);
      const problems = Number(await report.getAttribute('data-problems'));
      assert.equal(problems, 0, await report.textContent());
      // Keyboard input too, between the fuzzer's own actions.
      for (const key of ['Space', 'ArrowRight', 'ArrowLeft', 'r', 'Space']) await s.page.keyboard.press(key);
    }
    const actions = Number(await report.getAttribute('data-actions'));
    assert.ok(actions > 300, `only ${actions} random actions in a minute`);
    assert.equal(await s.page.locator(sel('error-panel')).count(), 0, 'no panic');
  });
});
