// The page mounts in parts, a task each, in the order the screen shows
// them (src/app/components/root.rs, `Part`): on a phone the lot comes right
// after the masthead and the controls follow it; on a wider screen the
// controls come first. A part that came above one already drawn would move
// it. Every change to the page is watched as it happens (a MutationObserver
// installed before the page's own scripts run).

import { test } from 'node:test';
import assert from 'node:assert/strict';

import { e2eEnvironment, withPage } from './helpers.mjs';

const env = e2eEnvironment();

const MIN = 60_000;

/** Records, each time it changes, which of `parts` are on the page. */
function watchParts(parts) {
  window.partsSeen = [];
  const record = () => {
    const drawn = parts.map((part) => document.querySelector(`[data-testid="${part}"]`) !== null);
    const last = window.partsSeen.at(-1);
    if (!last || last.some((was, index) => was !== drawn[index])) window.partsSeen.push(drawn);
  };
  record();
  new MutationObserver(record).observe(document, { childList: true, subtree: true });
}

for (const { screen, viewport, parts } of [
  { screen: 'a phone', viewport: { width: 390, height: 844 }, parts: ['status', 'lot', 'start', 'seed'] },
  { screen: 'a wide screen', viewport: { width: 1440, height: 900 }, parts: ['status', 'start', 'lot', 'seed'] },
]) {
  test(`on ${screen} the page mounts a part at a time from the top down`, { timeout: 2 * MIN }, async (t) => {
    const options = { viewport, initScript: [watchParts, parts] };
    await withPage(env, t.name, '?seed=3', async ({ page }) => {
      const seen = await page.evaluate(() => window.partsSeen);
      const inOrder = parts.map((_, count) => parts.map((__, part) => part < count)).concat([parts.map(() => true)]);
      assert.deepEqual(seen, inOrder, `one part at a time, from the top down: ${parts.join(', ')}`);
      // And the screen agrees: each part is drawn below the one before it.
      const tops = await page.evaluate(
        (testids) => testids.map((testid) => document.querySelector(`[data-testid="${testid}"]`).getBoundingClientRect().top),
        parts,
      );
      for (let index = 1; index < tops.length; index += 1) {
        assert.ok(tops[index] > tops[index - 1], `${parts[index]} is drawn below ${parts[index - 1]}: ${tops}`);
      }
    }, options);
  });
}
