// The single-file build (scripts/build-single-file.mjs) opened from disk,
// with no server: a whole simulation runs to the end.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { ROOT, DIST, launchBrowser, sel, waitUntil } from './helpers.mjs';

const MIN = 60_000;
const OUT = path.join(ROOT, 'dist-single', 'vaccination-lot.html');

let browser;
before(async () => {
  execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build-single-file.mjs'), DIST, OUT], { stdio: 'inherit' });
  assert.ok(existsSync(OUT));
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

test('the single HTML file runs a simulation to the end from file://', { timeout: 3 * MIN }, async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  const requests = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('request', (request) => requests.push(request.url()));
  const url = `${pathToFileURL(OUT).href}?seed=1&fail=0.002&speed=max&autoplay=1`;
  await page.goto(url);
  const status = () => page.locator(sel('status')).textContent();
  await waitUntil(async () => (await status()) === 'finished', { timeout: 2 * MIN, message: 'the run to finish' });
  const given = Number(await page.locator(sel('doses-given')).textContent());
  const wasted = Number(await page.locator(sel('doses-wasted')).textContent());
  assert.equal(given + wasted, 10000);
  // Python needs the hosted page: from a file the view says so, and the
  // rest of the page works on.
  await page.click(sel('python-run'));
  const offline = await page.locator(sel('python-error')).textContent();
  assert.match(offline, /needs the page served from a web address/);
  assert.deepEqual(errors, []);
  assert.ok(
    requests.every((request) => request.startsWith('file:') || request.startsWith('data:')),
    `nothing is fetched from a network: ${requests.join(', ')}`,
  );
  await page.screenshot({ path: path.join(ROOT, 'artifacts', 'single-file.png') });
  await context.close();
});

test('the single HTML file carries every language, with nothing fetched', { timeout: 2 * MIN }, async () => {
  for (const [lang, shown] of [
    ['ar', 'ar'], ['zh-CN', 'zh-Hans'], ['es', 'es'], ['de', 'de'], ['fr', 'fr'],
    ['pt', 'pt-BR'], ['ja', 'ja'], ['ko-KR', 'ko'], ['ru', 'ru'], ['id', 'id'],
  ]) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = [];
    const requests = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => ['error', 'warning'].includes(message.type()) && errors.push(message.text()));
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`${pathToFileURL(OUT).href}?seed=1&lang=${lang}`);
    await page.waitForFunction((want) => document.documentElement.lang === want, shown);
    assert.equal(await page.locator(sel('language-failed')).count(), 0, `${lang} loaded`);
    assert.deepEqual(errors, [], lang);
    assert.ok(
      requests.every((request) => request.startsWith('file:') || request.startsWith('data:')),
      `nothing is fetched from a network: ${requests.join(', ')}`,
    );
    await context.close();
  }
});

test('the single HTML file has the lessons: the menu opens in place, and a lesson plays', { timeout: 2 * MIN }, async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  let loads = 0;
  page.on('load', () => (loads += 1));
  await page.goto(`${pathToFileURL(OUT).href}?seed=1`);
  await page.click(sel('lessons-open'));
  await page.click(`${sel('lesson-card')}[data-lesson="one-thread"]`);
  await page.locator(sel('lesson')).waitFor();
  assert.equal(loads, 1, 'no second load: the file is the build with lessons');
  assert.deepEqual(errors, []);
  await context.close();
});
