// The Python view's budget: a listing that never ends must not take the
// page with it. Python code is stopped by the worker's time budget at its
// next loop turn; a long computation inside one C call, which that budget
// cannot reach, by the page stopping the worker. The page keeps working
// throughout. One altered listing, served in place of the real one, holds
// both (chosen by the number of stations), so Python loads once up front.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { e2eEnvironment, sel, ROOT, screenshot, assertNoErrors, openRouted, waitUntil } from './helpers.mjs';

const env = e2eEnvironment();

const MIN = 60_000;

test('runaway listings are stopped, and the page keeps working', { timeout: 6 * MIN }, async () => {
  const listing = await readFile(path.join(ROOT, 'python', 'vaccination_lot.py'), 'utf8');
  const start = '    doses_left = CAPACITY\n';
  const runaway =
    start +
    '    if STATIONS == 4:\n        while True:\n            pass\n' +
    '    if STATIONS == 5:\n        sum(range(10**15))\n';
  const altered = listing.replace(start, runaway);
  assert.notEqual(altered, listing, 'the listing has the line to alter');

  const session = await openRouted(env, '?python=1&stations=4&capacity=10&boxes=8&seed=1', { '**/python/vaccination_lot.py': altered });
  const { page, context } = session;
  try {
    // A loop in Python: the time budget stops it, the worker lives on.
    const verdict = page.locator(sel('python-verdict'));
    await verdict.waitFor({ timeout: 3 * MIN });
    assert.match(await verdict.textContent(), /stopped after 10 s: the program ran past its time budget/);

    // One long C call: the budget cannot reach it; the page stops the worker.
    await page.getByTestId('input-stations').fill('5');
    await page.getByTestId('apply').click();
    await page.getByTestId('python-run').click();
    const stopped = page.locator(sel('python-error'));
    await stopped.waitFor({ timeout: 2 * MIN });
    assert.match(await stopped.textContent(), /did not answer within 20 s, so its worker was stopped/);

    // The page plays on as before.
    await page.getByTestId('start').click();
    await waitUntil(async () => (await page.locator(sel('status')).textContent()) !== 'ready', { message: 'the run to start' });
  } finally {
    await screenshot(session, 'python-runaway').catch(() => {});
    await context.close();
  }
  assertNoErrors(session);
});
