// Shared helpers for the end-to-end tests: serve dist/, drive headless Chromium
// through playwright-core, read the app's data-testid hooks, collect console
// errors and page errors, and save a screenshot per test into artifacts/.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';

import { startServer } from './server.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DIST = process.env.VAXLOT_DIST ? path.resolve(process.env.VAXLOT_DIST) : path.join(ROOT, 'dist');
export const ARTIFACTS = path.join(ROOT, 'artifacts');
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launch headless Chromium (a fresh temporary profile each time). */
export async function launchBrowser() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

/**
 * The served dist/ and the browser for one test file: started before its
 * tests and closed after them. Pass the returned object to `withPage`.
 */
export function e2eEnvironment(dir = DIST) {
  const env = {};
  before(async () => {
    Object.assign(env, await startE2E(dir));
  });
  after(async () => {
    await env.close?.();
  });
  return env;
}

/**
 * Serve dist/ and launch a browser: one per test file.
 * @returns {Promise<{browser, baseUrl: string, close: () => Promise<void>}>}
 */
export async function startE2E(dir = DIST) {
  if (!existsSync(path.join(dir, 'index.html'))) {
    throw new Error(
      `${path.join(dir, 'index.html')} is missing: build the app first ` +
        '(PATH=$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH trunk build --release)',
    );
  }
  const server = await startServer(dir);
  let browser;
  try {
    browser = await launchBrowser();
  } catch (err) {
    await server.close();
    throw err;
  }
  return {
    browser,
    baseUrl: server.url,
    close: async () => {
      await browser.close().catch(() => {});
      await server.close();
    },
  };
}

// Headless Chromium asks for /favicon.ico by itself (once per browser, so only
// the first page sees it) and logs a 404 as a console error. That is the
// browser's request, not the app's: keep it in the transcript, do not fail on it.
function isFaviconNoise(msg) {
  const url = msg.location?.()?.url ?? '';
  return /\/favicon\.ico(\?|$)/.test(url) && /Failed to load resource/.test(msg.text());
}

function describeMessage(msg) {
  const loc = msg.location?.();
  const where = loc && loc.url ? ` (${loc.url}:${loc.lineNumber}:${loc.columnNumber})` : '';
  return `${msg.text()}${where}`;
}

/**
 * Open a new page (in its own browser context) at `query` (e.g. '?seed=1'),
 * optionally with the browser's language set (`locale: 'de-AT'`) and a
 * script run in the page before its own (`initScript: [fn, arg]`).
 * Resolves once the whole app has mounted (a query is the app's).
 * Returns a session: {page, context, url, errors, messages}.
 * `errors` collects console `error` messages and uncaught page errors.
 */
export async function openPage(env, query = '', { viewport = { width: 1280, height: 900 }, locale, initScript } = {}) {
  const context = await env.browser.newContext({ viewport, ...(locale ? { locale } : {}) });
  const page = await context.newPage();
  if (initScript) await page.addInitScript(...initScript);
  page.setDefaultTimeout(60_000);
  page.setDefaultNavigationTimeout(60_000);
  const session = { page, context, url: `${env.baseUrl}/${query}`, errors: [], messages: [] };
  const stamp = () => new Date().toISOString().slice(11, 23);

  page.on('console', (msg) => {
    const line = `[${stamp()}] console.${msg.type()}: ${describeMessage(msg)}`;
    session.messages.push(line);
    if (msg.type() === 'error' && !isFaviconNoise(msg)) session.errors.push(`console.error: ${describeMessage(msg)}`);
  });
  page.on('pageerror', (err) => {
    const text = err?.stack || String(err);
    session.messages.push(`[${stamp()}] pageerror: ${text}`);
    session.errors.push(`pageerror: ${text}`);
  });
  page.on('crash', () => {
    session.messages.push(`[${stamp()}] page crashed`);
    session.errors.push('page crashed');
  });
  page.on('response', (res) => {
    if (res.status() >= 400) session.messages.push(`[${stamp()}] HTTP ${res.status()} ${res.url()}`);
  });
  page.on('requestfailed', (req) => {
    session.messages.push(`[${stamp()}] request failed: ${req.url()} ${req.failure()?.errorText ?? ''}`);
  });

  await page.goto(session.url, { waitUntil: 'load' });
  // The app mounts in parts, a task each (src/app/components/root.rs),
  // and its panels after them: hand the test the whole page, with the
  // footer drawn and no panel still holding its place. (Another page, such
  // as a host page that frames the app, is handed over once loaded.)
  const isApp = query === '' || /^[?#]/.test(query);
  if (isApp) {
    await page.waitForFunction(
      () => document.querySelector('[data-testid="seed"]') !== null && document.querySelector('.panel-deferred') === null,
    );
  }
  return session;
}

/**
 * A page at `query` whose requests for `routes` (glob → body) are answered
 * with those bodies, as a server holding other files would answer: for
 * tests that serve an altered file in place of a built one. Returns a
 * session as `openPage` does (not waiting for the app to mount); close its
 * context when done.
 */
export async function openRouted(env, query, routes, { viewport = { width: 1280, height: 900 } } = {}) {
  const context = await env.browser.newContext({ viewport });
  for (const [glob, body] of Object.entries(routes)) {
    await context.route(glob, (route) => route.fulfill({ status: 200, contentType: 'text/plain; charset=utf-8', body }));
  }
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  const session = { page, context, url: `${env.baseUrl}/${query}`, errors: [], messages: [] };
  page.on('pageerror', (error) => session.errors.push(`pageerror: ${error}`));
  page.on('console', (message) => {
    session.messages.push(`console.${message.type()}: ${message.text()}`);
    if (message.type() === 'error' && !isFaviconNoise(message)) session.errors.push(`console.error: ${message.text()}`);
  });
  await page.goto(session.url);
  return session;
}

/** Fail if any console error or page error was seen in the session. */
export function assertNoErrors(session) {
  assert.deepEqual(session.errors, [], `console/page errors at ${session.url}:\n${session.errors.join('\n')}`);
}

function safeName(name) {
  return String(name)
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120) || 'page';
}

/** Save a screenshot (and the page's console transcript) into artifacts/. */
export async function screenshot(session, name) {
  const page = session.page ?? session;
  await mkdir(ARTIFACTS, { recursive: true });
  const base = path.join(ARTIFACTS, safeName(name));
  try {
    await page.screenshot({ path: `${base}.png`, fullPage: true, timeout: 30_000 });
  } catch {
    // Very tall pages can exceed the capture limits: fall back to the viewport.
    await page.screenshot({ path: `${base}.png`, timeout: 30_000 }).catch(() => {});
  }
  if (session.messages) {
    const transcript = [`url: ${session.url}`, ...session.messages].join('\n') + '\n';
    await writeFile(`${base}.console.txt`, transcript).catch(() => {});
  }
  return `${base}.png`;
}

/**
 * Open a page at `query`, run `fn(session)`, then always save a screenshot and
 * close the page; finally assert that no console error or page error happened.
 * If `fn` fails, the collected errors are appended to its message.
 */
export async function withPage(env, name, query, fn, options) {
  const session = await openPage(env, query, options);
  let failure = null;
  try {
    await fn(session);
  } catch (err) {
    failure = err;
  } finally {
    await screenshot(session, name).catch(() => {});
    await session.context.close().catch(() => {});
  }
  if (failure) {
    if (session.errors.length && failure instanceof Error) {
      failure.message += `\n-- console/page errors seen:\n${session.errors.join('\n')}`;
    }
    throw failure;
  }
  assertNoErrors(session);
  return session;
}

export const sel = (testid) => `[data-testid="${testid}"]`;

/** Text content of the (single) element with this data-testid, trimmed. */
export async function text(session, testid, { timeout = 30_000 } = {}) {
  const page = session.page ?? session;
  const t = await page.locator(sel(testid)).textContent({ timeout });
  return (t ?? '').trim();
}

/** Integer shown by the element with this data-testid. */
export async function int(session, testid) {
  const t = await text(session, testid);
  assert.match(t, /^-?\d+$/, `data-testid=${testid} should show an integer, shows ${JSON.stringify(t)}`);
  return Number(t);
}

/** Simulated clock in seconds (the `clock` text, two decimals). */
export async function clock(session) {
  const t = await text(session, 'clock');
  const n = Number.parseFloat(t);
  assert.ok(Number.isFinite(n), `clock should show a number, shows ${JSON.stringify(t)}`);
  return n;
}

/** All log-line texts, in document order. */
export async function logLines(session) {
  const page = session.page ?? session;
  return page.$$eval(sel('log-line'), (els) => els.map((e) => (e.textContent ?? '').trim()));
}

/** The station elements' attributes, in document order. */
export async function stations(session) {
  const page = session.page ?? session;
  return page.$$eval(sel('station'), (els) =>
    els.map((e) => ({
      station: e.getAttribute('data-station'),
      remaining: e.getAttribute('data-remaining'),
      state: e.getAttribute('data-state'),
    })),
  );
}

/** Everything observable at once (for diagnostics and change detection). */
export async function snapshot(session) {
  const page = session.page ?? session;
  return page.evaluate(() => {
    const q = (id) => document.querySelector(`[data-testid="${id}"]`);
    const t = (id) => (q(id)?.textContent ?? '').trim();
    const log = [...document.querySelectorAll('[data-testid="log-line"]')].map((e) => (e.textContent ?? '').trim());
    const st = [...document.querySelectorAll('[data-testid="station"]')].map(
      (e) => `${e.getAttribute('data-station')}:${e.getAttribute('data-state')}:${e.getAttribute('data-remaining')}`,
    );
    return {
      status: t('status'),
      clock: t('clock'),
      dosesGiven: t('doses-given'),
      dosesWasted: t('doses-wasted'),
      boxesDone: t('boxes-done'),
      boxesInDepot: t('boxes-in-depot'),
      logCount: log.length,
      logLast: log.at(-1) ?? null,
      logText: log.join('\n'),
      stations: st.join(' '),
    };
  });
}

function brief(snap) {
  const { logText, ...rest } = snap;
  return JSON.stringify({ ...rest, stations: rest.stations.length > 300 ? rest.stations.slice(0, 300) + '...' : rest.stations });
}

/**
 * Poll (from node, every `interval` ms) until status is `want`. Fails early on
 * a page error (a wasm panic would otherwise just stall the run).
 */
export async function waitForStatus(session, want, { timeout = 120_000, interval = 250 } = {}) {
  const page = session.page ?? session;
  const deadline = Date.now() + timeout;
  let last = '';
  for (;;) {
    const pageErrors = (session.errors ?? []).filter((e) => e.startsWith('pageerror') || e === 'page crashed');
    if (pageErrors.length) {
      throw new Error(`page error while waiting for status=${want}:\n${pageErrors.join('\n')}`);
    }
    last = await page
      .evaluate(() => (document.querySelector('[data-testid="status"]')?.textContent ?? '').trim())
      .catch((e) => `<${e.message}>`);
    if (last === want) return;
    if (Date.now() > deadline) {
      const snap = await snapshot(session).catch((e) => ({ error: e.message, stations: '' }));
      throw new Error(`status did not become ${JSON.stringify(want)} within ${timeout} ms; app shows ${brief(snap)}`);
    }
    await sleep(interval);
  }
}

export const waitFinished = (session, opts) => waitForStatus(session, 'finished', opts);

/** Poll until `pred()` resolves truthy; on timeout fail naming `message`. */
export async function waitUntil(pred, { timeout = 30_000, interval = 100, message = 'condition' } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const v = await pred();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${message}`);
    await sleep(interval);
  }
}

/**
 * The doses a learner's supervisor `code` loses on the run `params` (a
 * query of run parameters: stations, capacity, boxes, shot_min, shot_max,
 * seed), run natively in CPython (`python/own_supervisor.py`) on the draws
 * the headless engine writes (`--plans-out`; it must be built): what the
 * page's figure is checked against.
 */
export function nativeProgramLoss(params, code) {
  let lost = 0;
  for (const line of nativeProgramTrace(params, code)) {
    if (line.kind === 'station_cancelled') lost += line.doses_unreported + line.doses_discarded;
    if (line.kind === 'box_unreported') lost += line.doses_given + line.doses_wasted;
  }
  return lost;
}

/**
 * What native CPython records for a learner's supervisor `code` on the run
 * `params` (`python/own_supervisor.py`, fed the draws `headless
 * --plans-out` writes): every line of its trace, events and notes.
 */
export function nativeProgramTrace(params, code) {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'program-'));
  const pairs = Object.fromEntries(new URLSearchParams(params));
  const flags = Object.entries(pairs).map(([key, value]) => `--${key.replace('_', '-')}=${value}`);
  const plans = path.join(folder, 'plans.json');
  execFileSync(path.join(ROOT, 'target/release/examples/headless'), [...flags, `--plans-out=${plans}`], { stdio: 'ignore' });
  const run = { policy: 'first', fail: 0 };
  for (const key of ['stations', 'capacity', 'boxes', 'shot_min', 'shot_max']) {
    if (key in pairs) run[key] = Number(pairs[key]);
  }
  writeFileSync(path.join(folder, 'run.json'), JSON.stringify(run));
  writeFileSync(path.join(folder, 'program.py'), code);
  const trace = execFileSync('python3', [path.join(ROOT, 'python/own_supervisor.py'), path.join(folder, 'run.json'),
    plans, path.join(folder, 'program.py')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  return trace.split('\n').filter(Boolean).map((text) => JSON.parse(text));
}
