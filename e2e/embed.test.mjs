// End-to-end tests of embedding: the postMessage API driven from the
// example host page (static/embed-example.html), and the compact layout.

import { test } from 'node:test';
import assert from 'node:assert/strict';

import { e2eEnvironment, withPage, sel, text, waitUntil } from './helpers.mjs';

const env = e2eEnvironment();

const MIN = 60_000;

async function messages(page) {
  return page.locator('#messages li').evaluateAll((items) => items.map((i) => JSON.parse(i.textContent)));
}

test('the example host page drives the app with postMessage and hears back', { timeout: 4 * MIN }, async (t) => {
  await withPage(env, t.name, 'embed-example.html', async (s) => {
    const page = s.page;
    await waitUntil(async () => (await messages(page)).some((m) => m.type === 'ready'), { message: 'ready' });
    // New parameters run at max speed to the end.
    await page.click('#apply');
    await waitUntil(async () => (await messages(page)).some((m) => m.type === 'state' && /stations=5/.test(m.params)), {
      message: 'the new parameters',
    });
    await page.click('#start');
    await waitUntil(async () => (await page.locator('#finished').textContent()).includes('doses given'), {
      timeout: 2 * MIN,
      message: 'the finished message',
    });
    const all = await messages(page);
    const finished = all.find((m) => m.type === 'finished');
    assert.equal(finished.dosesGiven + finished.dosesWasted, 10000);
    assert.ok(all.some((m) => m.type === 'box-done'), 'box-done messages');
    // The app inside the frame agrees.
    const app = page.frameLocator('#lot');
    assert.equal(await app.locator(sel('status')).textContent(), 'finished');
    assert.equal(await app.locator(sel('station')).count(), 5);
    // Commands are checked: a bad one gets an error message back.
    await page.evaluate(() =>
      document.getElementById('lot').contentWindow.postMessage({ target: 'vaccination-lot', command: 'explode' }, '*'),
    );
    await waitUntil(async () => (await messages(page)).some((m) => m.type === 'error' && /unknown command/.test(m.message)), {
      message: 'the error reply',
    });
    await page.fill('#params', 'stations=0');
    await page.click('#apply');
    await waitUntil(
      async () => (await messages(page)).some((m) => m.type === 'error' && /stations=0 is not accepted/.test(m.message)),
      { message: 'the parameter error' },
    );
  });
});

test('embed=1 is usable at 320 px wide', { timeout: 3 * MIN }, async (t) => {
  await withPage(
    env,
    t.name,
    '?embed=1&seed=1&speed=max&autoplay=1',
    async (s) => {
      await waitUntil(async () => (await text(s, 'status')) === 'finished', { timeout: 2 * MIN, message: 'finished' });
      const overflow = await s.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 1, `no horizontal scrolling (${overflow}px too wide)`);
      assert.equal(await s.page.locator('h1').count(), 0, 'no page chrome');
      assert.ok(await s.page.locator(sel('start')).isVisible());
    },
    { viewport: { width: 320, height: 640 } },
  );
});

test('the share dialog gives the link and an iframe snippet of this run', { timeout: 3 * MIN }, async (t) => {
  await withPage(env, t.name, '?seed=42&stations=4&fail=0.01', async (s) => {
    const page = s.page;
    await page.click(sel('share'));
    await page.locator(sel('share-dialog')).waitFor();
    const link = await page.locator(sel('share-url')).inputValue();
    assert.match(link, /^http:\/\/127\.0\.0\.1:\d+\/\?stations=4&.*fail=0\.01.*&seed=42/);
    let snippet = await page.locator(sel('iframe-snippet')).inputValue();
    assert.match(snippet, /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?stations=4&amp;.*&amp;seed=42.*&amp;embed=1" width="800" height="640"/);
    await page.click(sel('share-autoplay'));
    await page.fill(sel('share-width'), '480');
    await waitUntil(async () => (await page.locator(sel('iframe-snippet')).inputValue()).includes('width="480"'), {
      message: 'the snippet to follow the options',
    });
    snippet = await page.locator(sel('iframe-snippet')).inputValue();
    assert.match(snippet, /&amp;autoplay=1"/);
    await page.fill(sel('share-width'), '12');
    await page.getByRole('alert').filter({ hasText: 'The width must be from 320' }).waitFor();
    await page.keyboard.press('Escape');
    await page.locator(sel('share-dialog')).waitFor({ state: 'detached' });
    // The link opens the same run.
    await page.goto(link + '&speed=max&autoplay=1');
    await waitUntil(async () => (await text(s, 'status')) === 'finished', { timeout: 2 * MIN, message: 'finished' });
    assert.equal(await text(s, 'seed'), '42');
    assert.equal(await page.locator(sel('station')).count(), 4);
  });
});

test('an embed shows the teaching panels its link names', { timeout: 3 * MIN }, async (t) => {
  await withPage(env, t.name, '?seed=42', async (s) => {
    await s.page.click(sel('share'));
    await s.page.click(sel('share-panel-executor'));
    await s.page.click(sel('share-panel-code'));
    await waitUntil(async () => /&amp;panels=executor,code"/.test(await s.page.locator(sel('iframe-snippet')).inputValue()), {
      message: 'the panels in the snippet',
    });
  });
  await withPage(env, `${t.name} (embed)`, '?seed=42&embed=1&panels=executor,code&step=50', async (s) => {
    await s.page.locator(sel('awaited-set')).waitFor();
    await s.page.locator(sel('code-resumed')).first().waitFor();
    assert.equal(await s.page.locator(sel('task-inspector')).count(), 0, 'the inspector is not named');
    assert.equal(await s.page.locator(sel('chart-doses')).count(), 0, 'the charts are not named');
  });
});
