// An automated accessibility scan (axe-core) of the page in its main
// states: no serious or critical violations.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';

import { e2eEnvironment, withPage, waitFinished } from './helpers.mjs';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');

const env = e2eEnvironment();

const MIN = 60_000;

async function seriousViolations(page) {
  await page.addScriptTag({ path: AXE });
  const results = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const report = await axe.run(document, { resultTypes: ['violations'] });
    return report.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
    }));
  });
  return results.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

for (const [name, query, viewport] of [
  ['ready', '?seed=1'],
  ['finished with failures', '?seed=3&fail=0.003&speed=max&autoplay=1'],
  ['1000 stations', '?seed=1&stations=1000&boxes=2000&speed=max&autoplay=1'],
  ['projector theme, paused mid-run', '?seed=5&step=400&theme=projector'],
  ['embedded', '?seed=1&embed=1'],
  ['a lesson step with its prediction', '?lesson=one-thread'],
  ['a lesson on a phone', '?lesson=failure', { width: 390, height: 844 }],
]) {
  test(`axe finds no serious or critical violations: ${name}`, { timeout: 3 * MIN }, async (t) => {
    const options = viewport ? { viewport } : undefined;
    await withPage(env, t.name, query, async (s) => {
      if (query.includes('autoplay')) await waitFinished(s, { timeout: 2 * MIN });
      else await s.page.waitForTimeout(800);
      if (query.includes('lesson')) {
        // The second step asks a question: answer it, so the result is scanned too.
        await s.page.getByTestId('lesson-next').click();
        await s.page.getByTestId('prediction-choice').first().click();
        await s.page.getByTestId('prediction-result').waitFor({ timeout: 2 * MIN });
      }
      const violations = await seriousViolations(s.page);
      assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
    }, options);
  });
}
