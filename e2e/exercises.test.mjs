// The built-in lesson "Exercises": each step sets a goal that the page
// checks on the learner's own run and shows on the lesson card as met or
// not yet, with the figures that decide it. The two Python goals run on
// CPython (Pyodide, loaded once for the file: every test reuses the same
// page, in order): the step's starter program is not met, for the reasons
// and with the figures native CPython gives on the same draws, and a
// repaired program typed into the editor is. The makespan goal is checked
// on the run on screen: the step's own run misses it, a run on another
// depot is not compared, and a better policy meets it.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { ROOT, startE2E, openPage, sel, waitUntil, waitForStatus, nativeProgramTrace } from './helpers.mjs';

const MIN = 60_000;
const LESSON = JSON.parse(readFileSync(path.join(ROOT, 'lessons/exercises.json'), 'utf8'));
const HEADLESS = path.join(ROOT, 'target/release/examples/headless');

/** The step's params as the headless runner's flags. */
function flags(params) {
  return [...new URLSearchParams(params)].map(([key, value]) => `--${key.replace('_', '-')}=${value}`);
}

/** What a native trace loses: doses, boxes, and tasks still running at the end. */
function losses(trace) {
  let doses = 0;
  let boxes = 0;
  let pending = 0;
  for (const line of trace) {
    if (line.kind === 'station_cancelled') {
      doses += line.doses_unreported + line.doses_discarded;
      boxes += 1;
      pending += 1;
    }
    if (line.kind === 'box_unreported') {
      doses += line.doses_given + line.doses_wasted;
      boxes += 1;
    }
  }
  return { doses, boxes, pending };
}

/** The blocking calls of a native trace, by line: `[line, calls, seconds held]`. */
function blocking(trace) {
  const lines = new Map();
  for (const note of trace.filter((line) => line.kind === 'blocked')) {
    const [calls, held] = lines.get(note.line) ?? [0, 0];
    lines.set(note.line, [calls + 1, held + note.held_us]);
  }
  return [...lines].map(([line, [calls, held]]) => [line, calls, held / 1e6]);
}

/** The engine's makespan of the run `params` [s], from the headless runner. */
function nativeMakespan(params) {
  const out = execFileSync(HEADLESS, flags(params), { encoding: 'utf8' }).trim().split('\n');
  return JSON.parse(out[out.length - 1]).makespan_s;
}

let env;
let session;
let page;

before(async () => {
  env = await startE2E();
  session = await openPage(env, '?lesson=exercises', { viewport: { width: 1440, height: 1000 } });
  page = session.page;
});

after(async () => {
  assert.deepEqual(session?.errors ?? [], [], 'no error in the console');
  await session?.context.close();
  await env?.close();
});

const goal = () => page.locator(sel('lesson-goal'));
const met = () => goal().getAttribute('data-met');
const why = () => page.locator(sel('lesson-goal-why')).textContent();

/** Waits for step `n` (1-based) and its program in the editor. */
async function atStep(n) {
  await waitUntil(async () => (await page.locator(sel('lesson-step')).getAttribute('data-step')) === String(n),
    { message: `step ${n}` });
  const python = LESSON.steps[n - 1].python;
  if (python) {
    const editor = page.locator(`${sel('own-editor')} .cm-content`);
    await waitUntil(async () => (await editor.textContent().catch(() => '')).includes(python.split('\n')[1].trim()),
      { message: `step ${n}'s program in the editor`, timeout: 3 * MIN });
  }
  assert.equal(await page.locator(sel('prediction')).count(), 0, 'an exercise asks no prediction');
  assert.equal(await page.getByTestId('lesson-next').isDisabled(), n === LESSON.steps.length, 'Next stays open');
}

/** Waits until the goal reads `want` (`true`, `false`) and its text matches `pattern`. */
async function goalReads(want, pattern, message) {
  let seen = '';
  await waitUntil(async () => {
    seen = `data-met=${await met()}: ${await why()}`;
    return seen.startsWith(`data-met=${want}:`) && pattern.test(seen);
  }, { message: `${message}: data-met=${want}, ${pattern}`, timeout: 3 * MIN }).catch((error) => {
    throw new Error(`${error.message}; the card reads ${seen}`);
  });
}

/** Puts `code` in the editor, by the keyboard, in place of its text, and runs it. */
async function runMine(code) {
  const content = page.locator(`${sel('own-editor')} .cm-content`);
  await content.click();
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(code);
  await page.getByTestId('own-run').click();
}

test('loses-nothing: the starter loses what CPython natively loses; the repaired program is met', { timeout: 6 * MIN }, async () => {
  const step = LESSON.steps[0];
  await atStep(1);
  assert.equal(step.goal.kind, 'loses-nothing');
  // The starter runs on CPython as the step opens.
  const lost = losses(nativeProgramTrace(step.params, step.python));
  assert.ok(lost.doses > 0 && lost.pending > 0, `the starter loses: ${JSON.stringify(lost)}`);
  await goalReads('false', /lost in/, 'the starter');
  const text = await why();
  assert.match(text, new RegExp(`^Not yet\\. Your program's run on CPython: ${lost.doses} doses lost in ${lost.boxes} boxes`), text);
  assert.match(text, new RegExp(`${lost.pending} tasks still running when it returned`), text);
  assert.match(await goal().textContent(), /Goal: your supervisor reports every box of the depot \(12 boxes\) and loses no dose\./);
  // The figures under the editor agree, and the note says where the
  // engine's FIRST_COMPLETED parts from it.
  const result = page.locator(sel('own-result'));
  assert.equal(Number(await result.getAttribute('data-lost')), lost.doses);
  const difference = await result.getAttribute('data-difference');
  assert.ok(difference, 'the starter is not the engine\'s run');
  assert.equal(await page.locator(sel('lesson-goal-note')).textContent(),
    `The engine's FIRST_COMPLETED on the same draws parts from it at event ${difference}.`);

  const repaired = step.python.replace('while len(running) == STATIONS:  # every station busy',
    'while running:  # until no task is left');
  assert.notEqual(repaired, step.python);
  assert.deepEqual(losses(nativeProgramTrace(step.params, repaired)), { doses: 0, boxes: 0, pending: 0 });
  await runMine(repaired);
  await goalReads('true', /reported all/, 'the repaired program');
  assert.equal(await why(), 'Met. CPython\'s run of your program reported all 12 boxes (120 doses) and lost none.');
  assert.equal(await page.locator(sel('lesson-goal-note')).textContent(),
    'The engine\'s FIRST_COMPLETED on the same draws is the same run, event for event.');
  assert.equal(await page.locator(sel('own-result')).getAttribute('data-difference'), null);
});

test('cooperates: the starter holds the thread for as long as CPython natively says; the repaired program is met', { timeout: 6 * MIN }, async () => {
  await page.getByTestId('lesson-next').click();
  const step = LESSON.steps[1];
  await atStep(2);
  assert.equal(step.goal.kind, 'cooperates');
  const trace = nativeProgramTrace(step.params, step.python);
  const blocked = blocking(trace);
  assert.equal(blocked.length, 1, JSON.stringify(blocked));
  const [[line, calls, seconds]] = blocked;
  assert.match(step.python.split('\n')[line - 1], /time\.sleep/, 'the line named is the time.sleep');
  assert.equal(losses(trace).doses, 0, 'the starter loses nothing');
  await goalReads('false', /held the thread/, 'the starter');
  assert.equal(await why(),
    `Not yet. Your program's run on CPython: line ${line} held the thread ${calls} times, ${seconds.toFixed(3)} s in all.`);
  // The notes under the editor say the same time.
  assert.match(await page.getByTestId('own-notes').textContent(), new RegExp(`held the loop for ${seconds.toFixed(3)} s`));

  const repaired = step.python.replace('time.sleep(0.2)', 'await asyncio.sleep(0.2)');
  assert.notEqual(repaired, step.python);
  const fixed = nativeProgramTrace(step.params, repaired);
  assert.deepEqual(blocking(fixed), []);
  assert.equal(losses(fixed).doses, 0);
  await runMine(repaired);
  await goalReads('true', /never held the thread/, 'the repaired program');
  assert.equal(await why(),
    'Met. CPython\'s run of your program never held the thread, reported all 12 boxes (120 doses) and lost none.');
});

/** Plays the run on screen to its end (the timeline at its last event). */
async function toTheEnd() {
  const position = page.locator(sel('event-position'));
  await waitUntil(async () => Boolean(await position.getAttribute('data-total')), { message: 'the run measured' });
  await page.locator(sel('timeline')).fill(await position.getAttribute('data-total'));
  await waitForStatus(session, 'finished');
}

/** Applies `values` (input name → value) in the parameters form. */
async function apply(values) {
  for (const [name, value] of Object.entries(values)) {
    const input = page.getByTestId(`input-${name}`);
    if (name === 'policy') await input.selectOption(value);
    else await input.fill(value);
  }
  await page.getByTestId('apply').click();
}

test('makespan-below: the step\'s run misses the goal, another depot is not compared, FIRST_COMPLETED meets it', { timeout: 4 * MIN }, async () => {
  await page.getByTestId('lesson-next').click();
  const step = LESSON.steps[2];
  await atStep(3);
  assert.equal(step.goal.kind, 'makespan-below');
  const limit = step.goal.seconds;
  assert.equal(await met(), 'pending', 'nothing to check before the run ends');
  assert.match(await goal().textContent(), new RegExp(`the depot's 12 boxes of 10 doses done within ${limit}\\.00 s`));

  const slow = nativeMakespan(step.params);
  assert.ok(slow > limit, `the step's run takes ${slow} s`);
  await toTheEnd();
  await goalReads('false', /finished at/, 'the step\'s run');
  assert.equal(await why(),
    `Not yet. The run on screen finished at ${slow.toFixed(2)} s, ${(slow - limit).toFixed(2)} s over the goal.`);
  assert.equal((await page.getByTestId('clock').textContent()).trim(), slow.toFixed(2));

  // Another depot: the lesson stays open, and says the run is not compared.
  await apply({ boxes: '6' });
  await goalReads('false', /not the step's/, 'another depot');
  assert.equal(await page.locator(sel('lesson-step')).getAttribute('data-step'), '3', 'the lesson stays open');
  assert.match(await why(), /has 6 boxes of 10 doses, not the step's 12 boxes of 10 doses/);

  // The same depot under FIRST_COMPLETED: met, at the time the engine natively gives.
  await apply({ boxes: '12', policy: 'first' });
  await waitUntil(async () => (await met()) === 'pending', { message: 'a new run, not finished yet' });
  const params = step.params.replace('policy=all', 'policy=first');
  const fast = nativeMakespan(params);
  assert.ok(fast <= limit, `FIRST_COMPLETED takes ${fast} s`);
  await toTheEnd();
  await goalReads('true', /finished at/, 'FIRST_COMPLETED');
  assert.equal(await why(),
    `Met. The run on screen finished at ${fast.toFixed(2)} s, ${(limit - fast).toFixed(2)} s within the goal.`);
  assert.equal(await page.locator(sel('lesson-step')).getAttribute('data-step'), '3');
});
