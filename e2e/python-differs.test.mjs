// The Python view when CPython does not agree: a listing altered to sleep a
// microsecond longer for one shot (served in place of the real one, as a
// learner's slip would be) must differ from the engine at the event the
// page names, which the timeline marks and "Show event N" opens. Python
// loads once, for this file.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { e2eEnvironment, sel, ROOT, screenshot, assertNoErrors, openRouted } from './helpers.mjs';

const env = e2eEnvironment();

const MIN = 60_000;

test('a listing that sleeps 1 µs too long differs, and the page shows where', { timeout: 6 * MIN }, async () => {
  const listing = await readFile(path.join(ROOT, 'python', 'vaccination_lot.py'), 'utf8');
  const late = 'await asyncio.sleep(seconds + (0.000001 if (number, box, shot) == (2, 2, 3) else 0))';
  const altered = listing.replace('await asyncio.sleep(seconds)', late);
  assert.notEqual(altered, listing, 'the listing has the line to alter');

  const session = await openRouted(env, '?python=1&stations=3&capacity=20&boxes=30&seed=1', { '**/python/vaccination_lot.py': altered });
  const { page, context } = session;
  try {
    const verdict = page.locator(sel('python-verdict'));
    await verdict.waitFor({ timeout: 3 * MIN });
    const text = await verdict.textContent();
    assert.equal(await verdict.getAttribute('data-agree'), 'false', text);
    const index = Number(/differs from the engine at event (\d+)/.exec(text)?.[1]);
    assert.ok(index > 0, text);
    assert.match(text, /shot at .* station 2, box 2/, `both sides of the event are named: ${text}`);
    const mark = page.locator(sel('timeline-difference'));
    assert.equal(Number(await mark.getAttribute('data-event')), index, 'the timeline marks it');
    await page.getByTestId('python-show-difference').click();
    await page.getByTestId('event-position').filter({ hasText: new RegExp(`^event ${index} of`) }).waitFor();
  } finally {
    await screenshot(session, 'python-differs').catch(() => {});
    await context.close();
  }
  assertNoErrors(session);
});
