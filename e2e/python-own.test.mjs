// The Python view's own supervisor: a learner's program, edited in the
// page's code editor (CodeMirror, loaded on demand), run in real CPython
// (Pyodide) on the stations and draws of the run on screen, recorded, and
// played through the same runner and panels as the engine's runs. Python
// loads once for the whole file: every test reuses the same page.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

import { ROOT, startE2E, openPage, sel, waitUntil, nativeProgramLoss } from './helpers.mjs';

const MIN = 60_000;
const RUN = { stations: 3, capacity: 10, boxes: 12, seed: 4 };
const QUERY = `?python=1&stations=${RUN.stations}&capacity=${RUN.capacity}&boxes=${RUN.boxes}&seed=${RUN.seed}`;

let env;
let session;
let page;

before(async () => {
  env = await startE2E();
  session = await openPage(env, QUERY, { viewport: { width: 1440, height: 1000 } });
  page = session.page;
  // python=1 runs the listing at once: Python is loaded once it answers.
  await page.locator(sel('python-verdict')).waitFor({ timeout: 3 * MIN });
  await page.getByTestId('own-open').click();
  await page.locator(`${sel('own-editor')} .cm-content`).waitFor({ timeout: MIN });
});

after(async () => {
  assert.deepEqual(session?.errors ?? [], [], 'no error in the console');
  await session?.context.close();
  await env?.close();
});

/** Puts `code` in the editor, by the keyboard, in place of its text. */
async function typeProgram(code) {
  const content = page.locator(`${sel('own-editor')} .cm-content`);
  await content.click();
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(code);
}

/** Runs the editor's program; resolves to the result element. */
async function runProgram() {
  await page.getByTestId('own-run').click();
  await waitUntil(
    async () => (await page.locator(`${sel('own-result')}, ${sel('own-error')}`).count()) > 0
      && (await page.getByTestId('own-running').count()) === 0,
    { message: 'the program ran', timeout: 2 * MIN },
  );
  return page.locator(sel('own-result'));
}

test('the starter program loses what CPython natively says it loses, box by box', { timeout: 4 * MIN }, async () => {
  const result = await runProgram();
  const lost = Number(await result.getAttribute('data-lost'));
  assert.ok(lost > 0, 'the article\'s loop loses doses');
  const starter = fs.readFileSync(path.join(ROOT, 'python/your_supervisor.py'), 'utf8');
  assert.equal(lost, nativeProgramLoss(QUERY.replace('?python=1&', ''), starter),
    'the page and native CPython agree on the draws and the loss');
  const boxes = page.locator(sel('own-lost-box'));
  const perBox = (await boxes.evaluateAll((items) => items.map((item) => Number(item.dataset.doses))))
    .reduce((sum, doses) => sum + doses, 0);
  assert.equal(perBox, lost, 'the lost doses are listed by station and box');
  assert.match(await page.getByTestId('own-notes').textContent(), /still pending when the program ended/);
  assert.match(await page.getByTestId('own-notes').textContent(), /beyond the depot/);

  // Played through the page's runner: the lot, the log and the timeline.
  const events = Number(await result.getAttribute('data-events'));
  await page.getByTestId('own-play').click();
  const position = page.locator(sel('event-position'));
  await waitUntil(async () => Number(await position.getAttribute('data-total')) === events,
    { message: 'the timeline counts the recorded events' });
  await waitUntil(async () => /cancelled/.test(await page.locator(sel('log')).textContent()),
    { message: 'the log shows the tasks cancelled at the end', timeout: MIN });
  await waitUntil(async () => Number(await position.getAttribute('data-shown')) === events,
    { message: 'the whole recording played', timeout: MIN });
  assert.match(await page.getByTestId('policy').textContent(), /Your supervisor, recorded on CPython/);

  // Step back works on a recording: the runner replays its list.
  await page.getByTestId('step-back').click();
  await waitUntil(async () => Number(await position.getAttribute('data-shown')) === events - 1,
    { message: 'one event back' });

  // The engine's supervisor on the same draws, one click away, at the
  // first event where the two differ.
  const difference = Number(await result.getAttribute('data-difference'));
  assert.ok(difference > 0);
  await page.getByTestId('own-engine').click();
  await waitUntil(async () => Number(await position.getAttribute('data-shown')) === difference,
    { message: `the engine's run at event ${difference}` });
  assert.doesNotMatch(await page.getByTestId('policy').textContent(), /recorded on CPython/);
});

test('a program that copies the engine\'s supervisor is the engine\'s run, event for event', { timeout: 2 * MIN }, async () => {
  await typeProgram('async def supervise(depot):\n    await first_completed(depot)\n');
  const result = await runProgram();
  assert.equal(await result.getAttribute('data-lost'), '0');
  assert.equal(await result.getAttribute('data-difference'), null, 'no difference');
  assert.match(await page.getByTestId('own-engine').textContent(), /the same run, event for event/);
});

test('a syntax error is reported with its line, and the page keeps working', { timeout: 2 * MIN }, async () => {
  await typeProgram('async def supervise(depot):\n    x = (1,\n');
  await runProgram();
  const error = page.getByTestId('own-error');
  assert.equal(await error.getAttribute('data-line'), '2', await error.textContent());
  assert.match(await error.textContent(), /did not run/);
  await typeProgram('async def supervise(depot):\n    while True:\n        pass\n');
  await runProgram();
  assert.match(await page.getByTestId('own-error').textContent(), /stopped after 10 s/);
  await page.getByTestId('own-reset').click();
  await runProgram();
  assert.ok(Number(await page.getByTestId('own-result').getAttribute('data-lost')) > 0, 'runs again');
});

test('a program shared in a #py= link is shown, and runs only on Run', { timeout: 2 * MIN }, async () => {
  // The link the page makes for the program in the editor.
  const program = 'async def supervise(depot):\n    await all_completed(depot)  # shared\n';
  await typeProgram(program);
  await page.getByTestId('own-link').click();
  const address = await page.getByTestId('own-link-address').inputValue();
  const fragment = new URL(address).hash;
  assert.match(fragment, /^#py=[A-Za-z0-9_-]+$/);
  assert.equal(Buffer.from(fragment.slice('#py='.length), 'base64url').toString('utf8'), program);

  // Opened in a fresh page: the program is in the editor, and nothing of
  // Python is fetched until Run.
  const other = await openPage(env, new URL(address).search + fragment);
  try {
    const fetched = [];
    other.page.on('request', (request) => fetched.push(request.url()));
    await other.page.getByTestId('own-linked').waitFor();
    await other.page.locator(`${sel('own-editor')} .cm-content`).waitFor();
    assert.match(await other.page.locator(`${sel('own-editor')} .cm-content`).textContent(),
      /await all_completed\(depot\)  # shared/);
    await other.page.waitForTimeout(1500);
    assert.deepEqual(fetched.filter((url) => /pyodide|python-worker|\/python\//.test(url)), [],
      'the linked program is not run');
    assert.equal(await other.page.getByTestId('own-result').count(), 0);
    assert.deepEqual(other.errors, []);
  } finally {
    await other.context.close();
  }

  // A link whose program cannot be read says why.
  const broken = await openPage(env, '?stations=3#py=a*b');
  try {
    await broken.page.getByTestId('own-link-error').waitFor();
    assert.match(await broken.page.getByTestId('own-link-error').textContent(), /base64url/);
  } finally {
    await broken.context.close();
  }
});
