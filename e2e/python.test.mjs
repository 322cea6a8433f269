// The Python view: the code panel's asyncio listing run in real CPython
// (Pyodide, from dist/pyodide, in a worker) on the run on screen, and
// compared with the engine's run event by event. Python loads once for the
// whole file: every run after the first reuses the same page and worker.

import { test } from 'node:test';
import assert from 'node:assert/strict';

import { e2eEnvironment, withPage, sel, waitUntil } from './helpers.mjs';

const env = e2eEnvironment();

const MIN = 60_000;

/** The verdict once the Python view has one: {agree, events, text}. */
async function verdict(page, { timeout = 3 * MIN } = {}) {
  const shown = page.locator(sel('python-verdict'));
  await shown.waitFor({ timeout });
  return {
    agree: await shown.getAttribute('data-agree'),
    events: Number(await shown.getAttribute('data-events')),
    text: await shown.textContent(),
  };
}

/** Events in the whole run on screen, as the timeline measured them. */
async function runLength(page) {
  const position = page.locator(sel('event-position'));
  await waitUntil(async () => (await position.getAttribute('data-total')) !== null, { message: 'the run measured' });
  return Number(await position.getAttribute('data-total'));
}

test('a first visit fetches nothing of Python', { timeout: 2 * MIN }, async (t) => {
  await withPage(env, t.name, '?stations=3&seed=2', async (s) => {
    const fetched = [];
    s.page.on('request', (request) => fetched.push(request.url()));
    await s.page.locator(sel('python-run')).waitFor();
    await s.page.getByTestId('start').click();
    await s.page.waitForTimeout(1500);
    const python = fetched.filter((url) => /pyodide|python-worker|\/python\//.test(url));
    assert.deepEqual(python, [], 'Python is fetched only when asked for');
  });
});

test('Run loads the build with Python where the run stood; CPython agrees, event for event', { timeout: 8 * MIN }, async (t) => {
  // A run with failures and a station broken by hand, paused at event 40
  // in the first build, which has no Python: Run loads the page again with
  // python=1 (the build with it), at the same event, and runs at once.
  const query = '?stations=3&capacity=20&boxes=30&fail=0.02&seed=1&breaks=40:2&step=40';
  await withPage(env, t.name, query, async (s) => {
    const page = s.page;
    await page.locator(sel('python-run')).click();
    const first = await verdict(page);
    const address = new URL(page.url());
    assert.equal(address.searchParams.get('python'), '1', 'the page asks for Python');
    assert.equal(address.searchParams.get('breaks'), '40:2', 'the same run');
    assert.match(await page.locator(sel('event-position')).textContent(), /^event 40 of/, 'at the same event');
    assert.equal(first.agree, 'true', first.text);
    assert.equal(first.events, await runLength(page), 'every event of the run, breaks included, is compared');
    assert.match(first.text, /CPython 3\.\d+\.\d+ agrees: (\d+) of \1 events at the same microsecond/);

    // asyncio's own view at the event on screen: the listing run in
    // CPython to event 40 and stopped there. Under FIRST_COMPLETED the
    // station tasks sit under the main task, which awaits them in
    // asyncio.wait; the one giving the shot runs.
    await page.getByTestId('python-tree-open').click();
    const tree = page.locator(sel('python-tree'));
    await tree.waitFor();
    assert.equal(await tree.getAttribute('data-at'), '40');
    const rows = page.locator(sel('python-tree-row'));
    const texts = await rows.allTextContents();
    assert.match(texts[0], /main → first_completed → wait/, texts.join('\n'));
    assert.equal(await rows.first().getAttribute('data-depth'), '0');
    const stations = texts.filter((row) => /: station \d+, box \d+/.test(row));
    assert.equal(stations.length, 3, texts.join('\n'));
    assert.equal(await page.locator(`${sel('python-tree-row')}.running`).count(), 1, 'one task runs');

    // Another run on the same page: the article's counting bug (every shot
    // 50 ms, so tasks finish together and done sets hold several), run
    // again in the Python already loaded.
    await page.getByTestId('preset-counting-bug').click();
    const again = page.locator(sel('python-run'));
    await again.waitFor();
    await again.click();
    const second = await verdict(page);
    assert.equal(second.agree, 'true', second.text);
    assert.equal(second.events, await runLength(page));
    assert.notEqual(second.events, first.events, 'a run of its own');
    assert.equal(await page.locator(sel('python-error')).count(), 0);
  });
});
