// The built-in lesson "Write your own supervisor": steps that carry a
// Python program, run on CPython (Pyodide, once for the file) in the
// Python view as each step opens, and questions that the program's run
// answers, checked against the same programs run natively. A lesson from
// a link runs its program only on the learner's Run.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

import { ROOT, startE2E, openPage, sel, waitUntil, nativeProgramLoss } from './helpers.mjs';

const MIN = 60_000;
const LESSON = JSON.parse(fs.readFileSync(path.join(ROOT, 'lessons/own-supervisor.json'), 'utf8'));

let env;
before(async () => {
  env = await startE2E();
});
after(async () => {
  await env?.close();
});

test('each step runs its program on CPython, and the run answers the question', { timeout: 8 * MIN }, async () => {
  const session = await openPage(env, '?lesson=own-supervisor', { viewport: { width: 1440, height: 1000 } });
  const { page } = session;
  try {
    let asked = 0;
    for (const [index, step] of LESSON.steps.entries()) {
      await waitUntil(async () => (await page.locator(sel('lesson-step')).getAttribute('data-step')) === String(index + 1),
        { message: `step ${index + 1}` });
      // The step's program is in the editor.
      const editor = page.locator(`${sel('own-editor')} .cm-content`);
      await waitUntil(async () => (await editor.textContent().catch(() => '')).includes(step.python.split('\n')[1].trim()),
        { message: `step ${index + 1}'s program in the editor`, timeout: 3 * MIN });
      if (!step.question) {
        await page.getByTestId('own-run').click();
        await page.locator(sel('own-result')).waitFor({ timeout: 2 * MIN });
        if (/time\.sleep/.test(step.python)) {
          assert.match(await page.getByTestId('own-notes').textContent(), /held the loop for 2\.400 s/);
        }
        if (index + 1 < LESSON.steps.length) await page.getByTestId('lesson-next').click();
        continue;
      }
      asked += 1;
      // CPython runs it as the step opens; the figures stay hidden until
      // the prediction is made.
      await page.locator(sel('prediction-choice')).first().waitFor({ timeout: 3 * MIN });
      assert.equal(await page.locator(sel('own-result')).count(), 0, 'no figure before the prediction');
      const lost = nativeProgramLoss(step.params, step.python);
      const choices = await page.locator(sel('prediction-choice')).allTextContents();
      const right = choices.indexOf(`${lost} doses`);
      assert.ok(right >= 0, `${lost} doses among ${choices}`);
      // Right at the first step, wrong at the second.
      const pick = index === 1 ? (right + 1) % choices.length : right;
      await page.locator(sel('prediction-choice')).nth(pick).click();
      const result = page.locator(sel('prediction-result'));
      await result.waitFor({ timeout: MIN });
      assert.equal(await result.getAttribute('data-correct'), String(pick === right));
      // The answer played the program's own run to its end.
      const position = page.locator(sel('event-position'));
      assert.equal(await position.getAttribute('data-shown'), await position.getAttribute('data-total'));
      assert.equal(Number(await page.locator(sel('own-result')).getAttribute('data-lost')), lost);
      if (index === 1) {
        const notes = await page.getByTestId('own-notes').textContent();
        assert.equal((notes.match(/created and never awaited/g) ?? []).length, 3, notes);
      }
      await page.getByTestId('lesson-next').click();
    }
    const summary = page.locator(sel('lesson-summary'));
    await summary.waitFor();
    assert.equal(await summary.getAttribute('data-asked'), String(asked));
    assert.deepEqual(session.errors, []);
  } finally {
    await session.context.close();
  }
});

test('a lesson from a link runs its program only on Run', { timeout: 2 * MIN }, async () => {
  const lesson = {
    title: 'Linked',
    steps: [{ text: 'A program from a link.', params: LESSON.steps[2].params, python: LESSON.steps[2].python,
      question: { kind: 'program-lost' } }],
  };
  const fragment = Buffer.from(JSON.stringify(lesson)).toString('base64url');
  const session = await openPage(env, `?#lesson=${fragment}`);
  try {
    const fetched = [];
    session.page.on('request', (request) => fetched.push(request.url()));
    const wait = session.page.getByTestId('lesson-cpython');
    await wait.waitFor();
    assert.equal(await wait.getAttribute('data-state'), 'on-run');
    await session.page.locator(`${sel('own-editor')} .cm-content`).waitFor();
    await session.page.waitForTimeout(1000);
    assert.deepEqual(fetched.filter((url) => /pyodide|python-worker/.test(url)), [], 'nothing runs by itself');
    assert.deepEqual(session.errors, []);
  } finally {
    await session.context.close();
  }
});
