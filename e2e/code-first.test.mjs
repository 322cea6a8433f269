// End-to-end tests of the Python-first setting: `code=python` puts the
// asyncio listing first and the panels speak asyncio's words; the choice
// is remembered; the whole runnable file can be read and downloaded.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { e2eEnvironment, openPage, withPage, sel, assertNoErrors, ROOT } from './helpers.mjs';

const env = e2eEnvironment();
const MIN = 60_000;

const order = (s) => s.page.locator(sel('code-listing')).evaluateAll((listings) => listings.map((l) => l.dataset.language));

test('code=python shows the asyncio listing first, in asyncio words, and is remembered', { timeout: 3 * MIN }, async (t) => {
  await withPage(env, t.name, '?seed=3&code=python', async (s) => {
    assert.deepEqual(await order(s), ['python', 'rust']);
    const explain = await s.page.locator(`${sel('panel-executor')} .explain`).first().textContent();
    assert.match(explain, /event loop/, 'the executor explained in asyncio words');
    assert.match(explain, /ready queue/);
    assert.doesNotMatch(explain, /\bpolls\b/, 'no Rust poll in the Python words');
    // The choice is kept: a page opened later without code= shows Python first.
    await s.page.goto(`${env.baseUrl}/?seed=3`);
    await s.page.locator(sel('code-listing')).first().waitFor();
    assert.deepEqual(await order(s), ['python', 'rust'], 'remembered without code= in the address');
    // The switch puts Rust first again, and the words follow.
    await s.page.click(sel('code-first'));
    await s.page.waitForFunction(() => document.querySelector('[data-testid="code-listing"]').dataset.language === 'rust');
    const rustWords = await s.page.locator(`${sel('panel-executor')} .explain`).first().textContent();
    assert.match(rustWords, /polls/);
  });
});

test('without a choice Rust comes first; the whole asyncio file shows and downloads', { timeout: 3 * MIN }, async (t) => {
  await withPage(env, t.name, '?seed=3', async (s) => {
    assert.deepEqual(await order(s), ['rust', 'python']);
    const whole = s.page.locator(sel('code-whole'));
    await whole.locator('summary').click();
    const shown = await s.page.locator(sel('code-whole-text')).textContent();
    const file = readFileSync(path.join(ROOT, 'python/vaccination_lot.py'), 'utf8');
    assert.equal(shown, file, 'the whole file, helpers included');
    assert.match(shown, /def report\(/, 'the helper the supervisor calls is there');
    const [download] = await Promise.all([
      s.page.waitForEvent('download'),
      s.page.click(sel('code-download')),
    ]);
    assert.equal(download.suggestedFilename(), 'vaccination_lot.py');
    assert.equal(readFileSync(await download.path(), 'utf8'), file);
    assertNoErrors(s);
  });
});

test('a code= value that is not python or rust is named, and the page goes on', { timeout: 2 * MIN }, async () => {
  const s = await openPage(env, '?seed=3&code=java');
  try {
    const errors = await s.page.locator(sel('param-errors')).textContent();
    assert.match(errors, /code/);
    assert.match(errors, /python/);
    assert.deepEqual(await order(s), ['rust', 'python']);
  } finally {
    await s.context.close();
  }
});
