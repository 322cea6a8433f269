// End-to-end tests of accessibility features: keyboard shortcuts and the
// help overlay, the narrated live region, and the projector theme.

import { test } from 'node:test';
import assert from 'node:assert/strict';

import { e2eEnvironment, withPage, sel, text, waitFinished, waitUntil } from './helpers.mjs';

const env = e2eEnvironment();

const MIN = 60_000;

test('keyboard: space starts and pauses, ? opens the help, Escape closes it', { timeout: 3 * MIN }, async (t) => {
  await withPage(env, t.name, '?seed=1&speed=5', async (s) => {
    const page = s.page;
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Space');
    await waitUntil(async () => (await text(s, 'status')) === 'running', { message: 'space to start' });
    await page.keyboard.press('Space');
    await waitUntil(async () => (await text(s, 'status')) === 'paused', { message: 'space to pause' });
    await page.keyboard.press('?');
    await page.locator(sel('help-dialog')).waitFor();
    assert.match(await text(s, 'help-dialog'), /step back one event/);
    assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'help-close', 'focus moves into the dialog');
    await page.keyboard.press('Escape');
    await page.locator(sel('help-dialog')).waitFor({ state: 'detached' });
  });
});

test('the live region narrates a fast run in summaries and the finish', { timeout: 3 * MIN }, async (t) => {
  await withPage(env, t.name, '?seed=2&speed=max&autoplay=1', async (s) => {
    await waitFinished(s, { timeout: 2 * MIN });
    await waitUntil(async () => /^Finished at/.test(await text(s, 'narration')), { message: 'the finish narrated' });
    const narration = await text(s, 'narration');
    assert.match(narration, /10000 doses given, 0 wasted, 100 boxes done, 0 boxes failed/);
    assert.equal(await s.page.locator(sel('narration')).getAttribute('aria-live'), 'polite');
  });
});

test('the live region says the moment on screen after a seek and each step', { timeout: 3 * MIN }, async (t) => {
  await withPage(env, t.name, '?seed=4&stations=3&boxes=12&step=60', async (s) => {
    const said = () => text(s, 'narration');
    const clock = () => text(s, 'clock');
    await waitUntil(async () => (await text(s, 'status')) === 'paused' && /event 60 of/.test(await text(s, 'event-position')), {
      message: 'the run to stand at event 60',
    });
    const at60 = await clock();
    assert.notEqual(at60, '0.00');
    await waitUntil(async () => (await said()) === `Paused at ${at60} seconds.`, {
      message: `the narration to name ${at60}`,
    });
    for (let stepped = 0; stepped < 3; stepped += 1) {
      const before = await clock();
      await s.page.click(sel('step'));
      await waitUntil(async () => (await clock()) !== before || /event 6[1-3] of/.test(await text(s, 'event-position')), {
        message: 'a step',
      });
      await waitUntil(async () => (await said()) === `Paused at ${await clock()} seconds.`, {
        message: 'the narration to follow the step',
      });
    }
  });
});

test('the projector theme can be switched on from the page and the link', { timeout: 3 * MIN }, async (t) => {
  await withPage(env, t.name, '?seed=2', async (s) => {
    await s.page.click(sel('projector'));
    await waitUntil(async () => (await s.page.locator(sel('projector')).getAttribute('aria-pressed')) === 'true', {
      message: 'the toggle to show pressed',
    });
    assert.ok(await s.page.locator('.app.projector').count(), 'the theme applies');
  });
  await withPage(env, `${t.name} (link)`, '?seed=2&theme=projector', async (s) => {
    await s.page.locator('.app.projector').waitFor();
  });
});
