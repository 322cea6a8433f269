// The page's two builds (static/loader.js): a first visit fetches the build
// without lessons and nothing of the other; a lesson asked for in the
// address, or a place kept from an earlier visit, starts the build with
// lessons instead; the Lessons button and a new #lesson= link in the same
// tab load the page again with lessons, where the run stood.

import { test } from 'node:test';
import assert from 'node:assert/strict';

import { e2eEnvironment, assertNoErrors, sel, waitUntil } from './helpers.mjs';

const env = e2eEnvironment();

const MIN = 60_000;
const RUN7 = 'stations=3&boxes=12&capacity=10&shot_min=0.2&shot_max=0.6&seed=7';
const PLAIN = /^vaccination-lot-[0-9a-f]+(_bg\.wasm|\.js)$/;
const LESSONS = /^vaccination-lot-lessons(_bg\.wasm|\.js)$/;

/**
 * A fresh page whose script and wasm requests are listed (file names, in
 * order) from its first load on; `prepare(context)` runs before it loads.
 */
async function open(query, prepare = async () => {}) {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  await prepare(context);
  const page = await context.newPage();
  page.setDefaultTimeout(MIN);
  const session = { page, context, errors: [], fetched: [] };
  page.on('pageerror', (error) => session.errors.push(`pageerror: ${error}`));
  page.on('console', (message) => {
    if (message.type() === 'error') session.errors.push(`console.error: ${message.text()}`);
  });
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (/\.(wasm|js)$/.test(pathname)) session.fetched.push(pathname.split('/').pop());
  });
  await page.goto(`${env.baseUrl}/${query}`);
  return session;
}

/** The event on screen, from the timeline's position text. */
async function eventShown(page) {
  const position = await page.locator(sel('event-position')).textContent();
  return Number(/^event (\d+) of/.exec(position.trim())?.[1] ?? NaN);
}

const builds = (fetched) => ({
  plain: fetched.filter((file) => PLAIN.test(file)),
  lessons: fetched.filter((file) => LESSONS.test(file)),
});

async function close(session) {
  await session.context.close();
  assertNoErrors(session);
}

test('a first visit fetches the build without lessons, and nothing of the other', async () => {
  const session = await open(`?${RUN7}`);
  await session.page.locator(sel('lessons-open')).waitFor();
  await session.page.locator(sel('status')).waitFor();
  const { plain, lessons } = builds(session.fetched);
  assert.equal(plain.length, 2, `its glue and its wasm: ${session.fetched}`);
  assert.deepEqual(lessons, [], 'nothing of the build with lessons');
  await close(session);
});

test('?lesson= starts the build with lessons, and only that one', async () => {
  const session = await open('?lesson=failure');
  await session.page.locator(sel('lesson')).waitFor();
  const { plain, lessons } = builds(session.fetched);
  assert.deepEqual(plain, [], 'nothing of the build without lessons');
  assert.equal(lessons.length, 2, `its glue and its wasm: ${session.fetched}`);
  await close(session);
});

test('a place kept from an earlier visit starts the build with lessons, which offers it', async () => {
  const place = JSON.stringify({ source: 'builtin:failure', title: 'A kept place', step: 1 });
  const session = await open('', (context) =>
    context.addInitScript((kept) => window.localStorage.setItem('vaccination-lot.lesson-place', kept), place),
  );
  await session.page.locator(sel('lesson-resume-offer')).waitFor();
  assert.deepEqual(builds(session.fetched).plain, []);
  await close(session);
});

test('the Lessons button loads the page with lessons, the menu open, where the run stood', { timeout: 3 * MIN }, async () => {
  const session = await open(`?${RUN7}&step=40`);
  const { page } = session;
  await waitUntil(async () => (await eventShown(page)) === 40, { message: 'the run at event 40' });
  await page.click(sel('lessons-open'));
  await page.locator(sel('lesson-card')).first().waitFor();
  assert.equal(builds(session.fetched).lessons.length, 2, `the build with lessons: ${session.fetched}`);
  await waitUntil(async () => (await eventShown(page)) === 40, { message: 'the run still at event 40' });
  const address = new URL(page.url());
  assert.equal(address.hash, '', 'the fragment that opened the menu is gone');
  assert.equal(address.searchParams.get('seed'), '7', 'the same run');
  // Choosing a lesson needs no further download.
  const before = session.fetched.length;
  await page.click(`${sel('lesson-card')}[data-lesson="one-thread"]`);
  await page.locator(sel('lesson')).waitFor();
  assert.equal(session.fetched.length, before);
  await close(session);
});

test('a new #lesson= link in the same tab loads the page with lessons and opens it', { timeout: 2 * MIN }, async () => {
  const session = await open(`?${RUN7}`);
  const { page } = session;
  await page.locator(sel('status')).waitFor();
  const lesson = { title: 'From a link', steps: [{ text: 'Look at the lot.', params: RUN7, at_event: 10 }] };
  const fragment = `lesson=${Buffer.from(JSON.stringify(lesson)).toString('base64url')}`;
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, fragment);
  await waitUntil(async () => (await page.locator(sel('lesson-title')).count()) === 1, { message: 'the lesson' });
  assert.equal((await page.locator(sel('lesson-title')).textContent()).trim(), 'From a link');
  assert.equal(builds(session.fetched).lessons.length, 2, `the build with lessons: ${session.fetched}`);
  await close(session);
});

test('a class reading Python gets the build with asyncio\'s words: code=python, a kept choice, the switch', { timeout: 3 * MIN }, async () => {
  // code=python in the address starts the build with lessons and Python.
  let session = await open(`?${RUN7}&code=python`);
  await session.page.locator(sel('code-listing')).first().waitFor();
  assert.deepEqual(builds(session.fetched).plain, [], `only the build with lessons: ${session.fetched}`);
  await close(session);
  // The choice kept from an earlier visit does the same; code=rust in the address wins over it.
  const kept = (context) => context.addInitScript(() => window.localStorage.setItem('vaccination-lot.code', 'python'));
  session = await open(`?${RUN7}`, kept);
  await session.page.locator(sel('code-listing')).first().waitFor();
  assert.deepEqual(builds(session.fetched).plain, [], 'the kept choice starts the build with Python');
  await close(session);
  session = await open(`?${RUN7}&code=rust`, kept);
  await session.page.locator(sel('code-listing')).first().waitFor();
  assert.deepEqual(builds(session.fetched).lessons, [], 'code=rust keeps the first build');
  await close(session);
  // In the first build, Show Python first loads the page again, where the run stood, in the other build.
  session = await open(`?${RUN7}&step=40`);
  const { page } = session;
  await waitUntil(async () => (await eventShown(page)) === 40, { message: 'the run at event 40' });
  await page.click(sel('code-first'));
  await waitUntil(async () => builds(session.fetched).lessons.length === 2, { message: 'the build with Python' });
  await page.waitForFunction(() => document.querySelector('[data-testid="code-listing"]')?.dataset.language === 'python');
  await waitUntil(async () => (await eventShown(page)) === 40, { message: 'the run still at event 40' });
  const explain = await page.locator(`${sel('panel-executor')} .explain`).first().textContent();
  assert.match(explain, /event loop/);
  await close(session);
});

test('fuzz=1 starts the build with lessons: the first download leaves the tester\'s tool out', async () => {
  const session = await open(`?${RUN7}&fuzz=1`);
  await session.page.locator(sel('status')).waitFor();
  assert.deepEqual(builds(session.fetched).plain, []);
  assert.equal(builds(session.fetched).lessons.length, 2);
  await session.context.close();
});
