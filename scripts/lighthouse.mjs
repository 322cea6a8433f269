#!/usr/bin/env node
// Lighthouse on the built app (dist/), served by the test server (brotli
// where the browser takes it, else gzip).
// Prints the figures and asserts nothing (a shared 2-core machine is noisy:
// each preset runs three times and the median is reported).
//
//   node scripts/lighthouse.mjs [query] [runs]      e.g. node scripts/lighthouse.mjs '?seed=1' 3
//
// Needs lighthouse (a dev dependency, 12.2.3) and /usr/bin/chromium.

import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';

import { startServer } from '../e2e/server.mjs';

const run = promisify(execFile);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [query = '', runsGiven = '3'] = process.argv.slice(2);
const runs = Math.max(1, Number(runsGiven) || 3);
const lighthouse = path.join(root, 'node_modules', '.bin', 'lighthouse');

const AUDITS = {
  'total-blocking-time': 'TBT ms',
  interactive: 'TTI ms',
  'first-contentful-paint': 'FCP ms',
  'largest-contentful-paint': 'LCP ms',
  'speed-index': 'SI ms',
};

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function once(url, preset, folder, index) {
  const out = path.join(folder, `${preset}-${index}.json`);
  const args = [url, '--output=json', `--output-path=${out}`, '--quiet', '--only-categories=performance',
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu'];
  if (preset === 'desktop') args.push('--preset=desktop');
  await run(lighthouse, args, { env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' }, maxBuffer: 1 << 26 });
  const report = JSON.parse(await readFile(out, 'utf8'));
  const figures = { score: report.categories.performance.score };
  for (const audit of Object.keys(AUDITS)) figures[audit] = Math.round(report.audits[audit].numericValue);
  return figures;
}

const server = await startServer(path.join(root, 'dist'));
const folder = await mkdtemp(path.join(tmpdir(), 'lighthouse-'));
const summary = {};
try {
  const url = `${server.url}/${query}`;
  for (const preset of ['mobile', 'desktop']) {
    const all = [];
    for (let index = 0; index < runs; index += 1) all.push(await once(url, preset, folder, index));
    const figures = { score: median(all.map((f) => f.score)) };
    for (const audit of Object.keys(AUDITS)) figures[audit] = median(all.map((f) => f[audit]));
    summary[preset] = figures;
    const shown = Object.entries(AUDITS).map(([audit, label]) => `${label} ${figures[audit]}`).join(', ');
    console.log(`${preset} (median of ${runs}): performance ${figures.score}, ${shown}`);
  }
  console.log(JSON.stringify({ url: `/${query}`, runs, ...summary }));
} finally {
  await server.close();
  await rm(folder, { recursive: true, force: true });
}
