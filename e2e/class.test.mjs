// End-to-end tests of the class view (`class=1`): a teacher gives the page
// the result files learners downloaded (xAPI statements, docs/results.md),
// chosen in the file input or dropped, and reads each question's answers
// per choice, skips and right/wrong per confidence; a file that is not a
// result file is named with its problem while the others still count.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

import { e2eEnvironment, withPage, sel } from './helpers.mjs';

const env = e2eEnvironment();
const MIN = 60_000;
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** axe-core's serious and critical findings on the page as it stands. */
async function seriousViolations(page) {
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const report = await axe.run(document, { resultTypes: ['violations'] });
    return report.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

const LESSON = 'urn:x-vaccination-lot:lesson:failure';
const Q1 = `${LESSON}:step:2`;
const Q2 = `${LESSON}:step:3`;
const VERBS = {
  answered: 'http://adlnet.gov/expapi/verbs/answered',
  skipped: 'http://id.tincanapi.com/verb/skipped',
  experienced: 'http://adlnet.gov/expapi/verbs/experienced',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
};
const QUESTIONS = {
  [Q1]: {
    name: 'Failures — step 2 of 4',
    prompt: 'Station 2 fails. What does the supervisor do?',
    choices: ['It stops every station', 'It reports the failure and restarts station 2'],
    correct: '1',
  },
  [Q2]: {
    name: 'Failures — step 3 of 4',
    prompt: 'Where do the doses left in the failed box go?',
    choices: ['They are counted as wasted', 'They go back to the depot', 'Another station gives them'],
    correct: '0',
  },
};

let clock = Date.parse('2026-12-07T21:30:00.000Z');

/** A statement as docs/results.md writes it, from `learner` (hex). */
function statement(learner, verb, objectId, { definition, result } = {}) {
  clock += 1000;
  const object = { objectType: 'Activity', id: objectId };
  if (definition) object.definition = definition;
  return {
    id: crypto.randomUUID(),
    actor: { objectType: 'Agent', account: { homePage: 'urn:x-vaccination-lot', name: learner } },
    verb: { id: VERBS[verb], display: { 'en-US': verb } },
    object,
    ...(result ? { result } : {}),
    context: { language: 'en', contextActivities: { parent: [{ id: LESSON }] } },
    timestamp: new Date(clock).toISOString(),
  };
}

function definition(id) {
  const q = QUESTIONS[id];
  return {
    name: { en: q.name },
    description: { en: q.prompt },
    type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
    interactionType: 'choice',
    choices: q.choices.map((text, i) => ({ id: String(i), description: { en: text } })),
    correctResponsesPattern: [q.correct],
  };
}

function answered(learner, id, response, { confidence, reason } = {}) {
  const extensions = {};
  if (confidence) extensions['urn:x-vaccination-lot:confidence'] = confidence;
  if (reason) extensions['urn:x-vaccination-lot:reason'] = reason;
  return statement(learner, 'answered', id, {
    definition: definition(id),
    result: { success: response === QUESTIONS[id].correct, response, extensions },
  });
}

const completed = (learner, raw, max) =>
  statement(learner, 'completed', LESSON, { result: { completion: true, score: { raw, max } } });

/** Three learners: Ana right and sure; Ben wrong, sure, with a reason;
 * Chen not asked how sure, who skipped the second question. */
const CLASS = {
  'ana.json': [
    statement('a1', 'experienced', Q1),
    answered('a1', Q1, '1', { confidence: 'sure' }),
    answered('a1', Q2, '0', { confidence: 'fairly-sure' }),
    completed('a1', 2, 2),
  ],
  'ben.json': [
    answered('b2', Q1, '0', { confidence: 'sure', reason: 'a failure stops the whole program' }),
    answered('b2', Q2, '2', { confidence: 'guess' }),
    completed('b2', 0, 2),
  ],
  'chen.json': [
    answered('c3', Q1, '1'),
    statement('c3', 'skipped', Q2, { definition: definition(Q2) }),
  ],
};

/** The class's files (and a file that is not JSON) in a new temporary directory. */
function writeClass() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'vaxlot-class-'));
  const files = Object.entries(CLASS).map(([name, statements]) => {
    const file = path.join(dir, name);
    writeFileSync(file, JSON.stringify(statements, null, 2));
    return file;
  });
  const notes = path.join(dir, 'notes.json');
  writeFileSync(notes, 'These are my notes, not results.');
  return { files, notes };
}

const question = (s, id) => s.page.locator(`${sel('class-question')}[data-question="${id}"]`);

/** Each choice's id and count, as the question's card shows them. */
const choiceCounts = (s, id) =>
  question(s, id)
    .locator(sel('class-choice'))
    .evaluateAll((choices) =>
      choices.map((c) => ({ id: c.dataset.choice, count: Number(c.dataset.count), correct: c.dataset.correct === 'true', text: c.textContent })),
    );

/** Right and wrong per confidence level shown. */
const confidence = (s, id) =>
  question(s, id)
    .locator(sel('class-confidence-row'))
    .evaluateAll((rows) => Object.fromEntries(rows.map((r) => [r.dataset.level, [Number(r.dataset.right), Number(r.dataset.wrong)]])));

async function openClass(s) {
  await s.page.locator(sel('class-files')).waitFor();
  assert.equal(await s.page.locator(sel('class-question')).count(), 0, 'no question before any file');
}

/** Checks the summary of CLASS as the page shows it. */
async function checkSummary(s) {
  await s.page.locator(`${sel('class-learners')}[data-learners="3"]`).waitFor();
  assert.equal(await s.page.locator(sel('class-question')).count(), 2);
  assert.equal(await question(s, Q1).getAttribute('data-answered'), '3');
  assert.equal(await question(s, Q2).getAttribute('data-answered'), '2', 'a skip is not an answer');

  const q1 = await choiceCounts(s, Q1);
  assert.deepEqual(q1.map(({ id, count, correct }) => [id, count, correct]), [['0', 1, false], ['1', 2, true]]);
  assert.match(q1[1].text, /right answer/, 'the right answer is marked in words');
  assert.match(q1[1].text, /2 learners/);
  assert.match(q1[0].text, /1 learner(?!s)/);
  const q2 = await choiceCounts(s, Q2);
  assert.deepEqual(q2.map(({ id, count }) => [id, count]), [['0', 1], ['1', 0], ['2', 1]]);
  assert.match(await question(s, Q2).locator(sel('class-skipped')).textContent(), /1 skipped/);

  // The confident misconception: one sure and right, one sure and wrong.
  assert.deepEqual(await confidence(s, Q1), { sure: [1, 1], 'not-asked': [1, 0] });
  assert.deepEqual(await confidence(s, Q2), { guess: [0, 1], 'fairly-sure': [1, 0] });

  // Ben's reason sits, folded, under the choice he made.
  const reasons = question(s, Q1).locator(`${sel('class-choice')}[data-choice="0"] details`);
  assert.equal(await reasons.evaluate((d) => d.open), false, 'folded');
  await reasons.locator('summary').click();
  assert.match(await reasons.textContent(), /a failure stops the whole program/);

  const lesson = s.page.locator(`${sel('class-lesson')}[data-lesson="failure"]`);
  assert.equal(await lesson.getAttribute('data-completed'), '2');
  assert.match(await lesson.textContent(), /mean score 1 of 2/);
}

test('result files set on class-files are summed up per question, choice and confidence', { timeout: 3 * MIN }, async (t) => {
  const { files, notes } = writeClass();
  await withPage(env, t.name, 'index.html?class=1', async (s) => {
    await openClass(s);
    assert.match(await s.page.locator('h1').textContent(), /Class results/);
    assert.match(await s.page.textContent('body'), /nothing you add leaves it/);
    await s.page.locator(sel('class-files')).setInputFiles([files[0], notes, files[1], files[2]]);
    await checkSummary(s);

    // The file that is not JSON is named with its problem; the others count.
    const lines = s.page.locator(sel('class-file'));
    assert.equal(await lines.count(), 4);
    const bad = s.page.locator(`${sel('class-file')}[data-state="error"]`);
    assert.equal(await bad.count(), 1);
    const problem = await bad.textContent();
    assert.match(problem, /notes\.json/);
    assert.match(problem, /not JSON \(line 1, column 1\)/);
    assert.match(problem, /xAPI statements/, 'and what a result file is');
    assert.match(await lines.first().textContent(), /ana\.json · 4 statements/);
    const violations = await seriousViolations(s.page);
    assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));

    // The same file given again replaces its first copy; Clear forgets all.
    await s.page.locator(sel('class-files')).setInputFiles([files[0]]);
    await s.page.locator(`${sel('class-learners')}[data-learners="3"]`).waitFor();
    assert.equal(await lines.count(), 4);
    await s.page.click(sel('class-clear'));
    await s.page.locator(sel('class-empty')).waitFor();
    assert.equal(await s.page.locator(sel('class-question')).count(), 0);
  });
});

test('files dropped on the drop zone are read the same way', { timeout: 3 * MIN }, async (t) => {
  await withPage(env, t.name, 'index.html?class=1', async (s) => {
    await openClass(s);
    const transfer = await s.page.evaluateHandle((files) => {
      const data = new DataTransfer();
      for (const [name, text] of Object.entries(files)) {
        data.items.add(new File([text], name, { type: 'application/json' }));
      }
      return data;
    }, Object.fromEntries(Object.entries(CLASS).map(([name, statements]) => [name, JSON.stringify(statements)])));
    const zone = s.page.locator(sel('class-drop'));
    await zone.dispatchEvent('dragover', { dataTransfer: transfer });
    await zone.dispatchEvent('drop', { dataTransfer: transfer });
    await checkSummary(s);
  });
});

test('in Arabic the class view runs right to left and fits a phone', { timeout: 3 * MIN }, async (t) => {
  const { files } = writeClass();
  await withPage(
    env,
    t.name,
    'index.html?class=1&lang=ar',
    async (s) => {
      await openClass(s);
      await s.page.waitForFunction(() => document.documentElement.dir === 'rtl' && document.title.includes('نتائج'));
      await s.page.locator(sel('class-files')).setInputFiles(files);
      await s.page.locator(`${sel('class-learners')}[data-learners="3"]`).waitFor();
      assert.equal(await question(s, Q1).getAttribute('data-answered'), '3');
      // Numbers sit in isolates of their own (U+2068 … U+2069) in Arabic.
      const shown = (await question(s, Q1).textContent()).replace(/[\u2066-\u2069]/g, '');
      assert.match(shown, /أجاب 3 متعلمين/, 'three learners, in the plural for three to ten');
      const overflow = await s.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `no sideways scrolling at 390 px (${overflow} px too wide)`);
    },
    { viewport: { width: 390, height: 844 } },
  );
});

test('pseudo-locale: every word of the class view but the files’ own comes from the messages', { timeout: 3 * MIN }, async (t) => {
  const { files, notes } = writeClass();
  await withPage(env, t.name, 'index.html?class=1&lang=qps', async (s) => {
    await openClass(s);
    await s.page.locator(sel('class-files')).setInputFiles([...files, notes]);
    await s.page.locator(`${sel('class-learners')}[data-learners="3"]`).waitFor();
    await s.page.locator(`${sel('class-choice')} details summary`).first().click();
    // Text with an ASCII letter outside the pseudo-locale's ⟦…⟧, except
    // what the files wrote (shown with dir="auto") and translate="no".
    const stray = await s.page.evaluate(() => {
      const found = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.parentElement.closest('[dir="auto"], [translate="no"], script, style')) continue;
        let rest = node.nodeValue;
        for (let before = ''; before !== rest; ) {
          before = rest;
          rest = rest.replace(/⟦[^⟦⟧]*⟧/g, '');
        }
        if (/[A-Za-z]/.test(rest)) found.push(JSON.stringify(node.nodeValue.trim().slice(0, 80)));
      }
      if (/^[^⟦]*[A-Za-z]/.test(document.title)) found.push(`title ${document.title}`);
      return found;
    });
    assert.deepEqual(stray, [], `text that did not come from the message files:\n${stray.join('\n')}`);
  });
});
