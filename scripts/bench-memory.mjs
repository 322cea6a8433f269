// Memory over a long run: 1,000,000 boxes (100 million doses) at
// speed=max in headless Chromium, sampled every 5 s. Prints the samples and
// one JSON line; asserts nothing.
//
// Usage: node scripts/bench-memory.mjs [seconds=60] [dist-dir]
// (after `trunk build --release`)

import { chromium } from 'playwright-core';
import { setTimeout as sleep } from 'node:timers/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { startServer } from '../e2e/server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const seconds = Number(process.argv[2] ?? 60);
const dist = path.resolve(process.argv[3] ?? path.join(root, 'dist'));

const server = await startServer(dist);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(`${server.url}/?boxes=1000000&speed=max&autoplay=1&seed=1`);
  await page.waitForFunction(() => typeof window.wasmBindings?.wasm_memory_bytes === 'function');
  const samples = [];
  const started = Date.now();
  while (Date.now() - started < seconds * 1000) {
    await sleep(5000);
    const { metrics } = await cdp.send('Performance.getMetrics');
    const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
    const sample = await page.evaluate(() => ({
      wasm: window.wasmBindings.wasm_memory_bytes(),
      doses: Number(document.querySelector('[data-testid="doses-given"]')?.textContent ?? 0),
      nodes: document.getElementsByTagName('*').length,
    }));
    samples.push({ s: Math.round((Date.now() - started) / 1000), jsHeapMB: +(heap / 2 ** 20).toFixed(1),
      wasmMB: +(sample.wasm / 2 ** 20).toFixed(1), dosesGiven: sample.doses, domNodes: sample.nodes });
    console.log(JSON.stringify(samples.at(-1)));
  }
  const first = samples[0];
  const last = samples.at(-1);
  console.log(JSON.stringify({
    seconds, doses_given: last.dosesGiven,
    js_heap_mb: { first: first.jsHeapMB, last: last.jsHeapMB, max: Math.max(...samples.map((x) => x.jsHeapMB)) },
    wasm_memory_mb: { first: first.wasmMB, last: last.wasmMB },
    dom_nodes: { first: first.domNodes, last: last.domNodes },
  }));
} finally {
  await browser.close();
  await server.close();
}
