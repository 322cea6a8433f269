// The Python view's cost, measured in headless Chromium against dist/:
// bytes on the wire for Python (brotli, as the test server sends them),
// the time from pressing Run on a first visit to the verdict (the first
// build loads the page again in the build with Python, which then loads
// Python; a fresh browser context each time, so nothing cached), and a
// second run (the article's counting bug, 30,000 shots) on the Python
// already loaded; then the own supervisor: the editor's load (its bytes on
// the wire) and the starter program's run on CPython, recorded and read
// back, on that run.
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
    let editorWire = 0;
    s.page.on('response', async (response) => {
      const editor = /\/editor\//.test(response.url());
      if (!editor && !/\/pyodide\/|\/python\/|python-worker/.test(response.url())) return;
      const sizes = await response.request().sizes().catch(() => null);
      if (sizes && editor) editorWire += sizes.responseBodySize;
      else if (sizes) wire += sizes.responseBodySize;
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
    const opened = Date.now();
    await s.page.getByTestId('own-open').click();
    await s.page.locator(`${sel('own-editor')} .cm-content`).waitFor({ timeout: 60_000 });
    const editorMs = Date.now() - opened;
    const ran = Date.now();
    await s.page.getByTestId('own-run').click();
    await s.page.locator(sel('own-result')).waitFor({ timeout: 300_000 });
    const programMs = Date.now() - ran;
    const programEvents = await s.page.locator(sel('own-result')).getAttribute('data-events');
    await s.page.waitForTimeout(500);
    results.push({ cold_ms: cold, second_run_ms: warmRun, wire_bytes: wire, agree, events: Number(events),
      editor_ms: editorMs, editor_wire_bytes: editorWire, program_ms: programMs, program_events: Number(programEvents) });
    console.log(`run ${i + 1}: Run to verdict ${(cold / 1000).toFixed(2)} s with Python loading (${(wire / 1e6).toFixed(2)} MB on the wire), ` +
      `default run ${events} events, agree ${agree}; a second run ${(warmRun / 1000).toFixed(2)} s; ` +
      `editor ${(editorMs / 1000).toFixed(2)} s (${(editorWire / 1e3).toFixed(1)} KB); ` +
      `the starter program ${(programMs / 1000).toFixed(2)} s (${programEvents} events)`);
    await s.context.close();
  }
} finally {
  await env.close();
}
console.log(JSON.stringify(results));
