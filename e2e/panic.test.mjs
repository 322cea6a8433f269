// A wasm panic stops the module: the page says so in a panel, in its
// language, and an embedding page is told, and told again for every
// command it sends after. `window.wasmBindings.panic_for_test` panics on
// purpose; nothing in the page calls it.

import { test } from 'node:test';
import assert from 'node:assert/strict';

import { e2eEnvironment, openPage, screenshot, sel, waitUntil } from './helpers.mjs';

const env = e2eEnvironment();

const MIN = 60_000;

/** Panics inside the page (`frame`: the app's frame, or the page). */
async function panic(frame) {
  await frame.waitForFunction(() => typeof window.wasmBindings?.panic_for_test === 'function');
  await frame.evaluate(() => {
    try {
      window.wasmBindings.panic_for_test();
    } catch {
      // The trap surfaces here as a RuntimeError; the panel is the point.
    }
  });
}

test('a panic shows the panel, in the page language', { timeout: 2 * MIN }, async (t) => {
  for (const [query, words] of [
    ['?seed=1', /The simulation stopped because of an internal error[^]*panic_for_test/],
    ['?seed=1&lang=de', /panic_for_test/],
  ]) {
    const s = await openPage(env, query);
    try {
      // German arrives as its own file: panic once it is on screen.
      const lang = new URLSearchParams(query).get('lang') ?? 'en';
      await s.page.waitForFunction((want) => document.documentElement.lang === want, lang);
      await panic(s.page);
      const panel = s.page.locator(sel('error-panel'));
      await panel.waitFor();
      assert.ok(await panel.isVisible(), 'the panel is on screen');
      assert.equal(await panel.getAttribute('role'), 'alert');
      assert.match(await panel.textContent(), words);
      if (query.includes('lang=de')) {
        assert.doesNotMatch(await panel.textContent(), /The simulation stopped/, 'in German, not English');
      }
      await screenshot(s, `${t.name} ${query}`);
    } finally {
      await s.context.close();
    }
  }
});

test('an embedding page is told of a panic, and told again for each command', { timeout: 2 * MIN }, async (t) => {
  const s = await openPage(env, 'embed-example.html');
  try {
    const page = s.page;
    const messages = () =>
      page.locator('#messages li').evaluateAll((items) => items.map((i) => JSON.parse(i.textContent)));
    await waitUntil(async () => (await messages()).some((m) => m.type === 'ready'), { message: 'ready' });
    const app = page.frames().find((frame) => frame !== page.mainFrame());
    await panic(app);
    await waitUntil(async () => (await messages()).some((m) => m.type === 'error' && m.fatal === true), {
      message: 'the fatal error message',
    });
    const before = (await messages()).length;
    await page.evaluate(() =>
      document.getElementById('lot').contentWindow.postMessage({ target: 'vaccination-lot', command: 'get-state' }, '*'),
    );
    await waitUntil(async () => (await messages()).length > before, { message: 'a reply to get-state' });
    const reply = (await messages()).slice(before);
    assert.ok(reply.every((m) => m.type === 'error' && m.fatal === true), `no state after a panic: ${JSON.stringify(reply)}`);
    await screenshot(s, t.name);
  } finally {
    await s.context.close();
  }
});
