// The Python view's cost, measured in headless Chromium against dist/:
// bytes on the wire for Python (brotli, as the test server sends them),
// the time from pressing Run on a first visit to the verdict (the first
// build loads the page again in the build with Python, which then loads
// Python; a fresh browser context each time, so nothing cached), and a
// second run (the article's counting bug, 30,000 shots) on the Python
// already loaded.
//
//   node scripts/bench-python.mjs [repeats=3]
//
// Prints one line per repeat and a JSON summary. No test asserts on time.

import { startE2E, openPage, sel } from '../e2e/helpers.mjs';

const repeats = Number(process.argv[2] ?? 3);
const env = await startE2E();
const results = [];
try {
  // Warm the server's compressed copies, as a real host has them ready.
  const warm = await openPage(env, '?python=1&stations=3&seed=1');
  await warm.page.locator(sel('python-verdict')).waitFor({ timeout: 300_000 });
  await warm.context.close();
  for (let i = 0; i < repeats; i += 1) {
    const s = await openPage(env, '?stations=3&capacity=100&boxes=100&seed=1');
    let wire = 0;
    s.page.on('response', async (response) => {
      if (!/\/pyodide\/|\/python\/|python-worker/.test(response.url())) return;
      const sizes = await response.request().sizes().catch(() => null);
      if (sizes) wire += sizes.responseBodySize;
    });
    const started = Date.now();
    await s.page.locator(sel('python-run')).click();
    await s.page.locator(sel('python-verdict')).waitFor({ timeout: 300_000 });
    const cold = Date.now() - started;
    const agree = await s.page.locator(sel('python-verdict')).getAttribute('data-agree');
    const events = await s.page.locator(sel('python-verdict')).getAttribute('data-events');
    await s.page.getByTestId('preset-counting-bug').click();
    const again = Date.now();
    await s.page.locator(sel('python-run')).click();
    await s.page.locator(sel('python-verdict')).waitFor({ timeout: 300_000 });
    const warmRun = Date.now() - again;
    await s.page.waitForTimeout(500);
    results.push({ cold_ms: cold, second_run_ms: warmRun, wire_bytes: wire, agree, events: Number(events) });
    console.log(`run ${i + 1}: Run to verdict ${(cold / 1000).toFixed(2)} s with Python loading (${(wire / 1e6).toFixed(2)} MB on the wire), ` +
      `default run ${events} events, agree ${agree}; a second run ${(warmRun / 1000).toFixed(2)} s`);
    await s.context.close();
  }
} finally {
  await env.close();
}
console.log(JSON.stringify(results));
