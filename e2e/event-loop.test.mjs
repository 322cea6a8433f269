// End-to-end tests of playing the event loop and of the results a teacher
// collects: the built-in lesson "You are the event loop" walked whole, with
// right and wrong choices, each checked in the page against asyncio's rules
// read independently from what the choice lists (the ready queue front
// first; the timers' deadlines); the statements the lesson sends to its host
// page and downloads (xAPI's shape, no personal data); a prediction's
// confidence and reason; and the mode `loop=1` on a run of one's own.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { e2eEnvironment, withPage, sel, waitUntil } from './helpers.mjs';

const env = e2eEnvironment();
const MIN = 60_000;

// A host page that frames the app and keeps every statement it sends.
const HOST = (query) => `<!doctype html><meta charset="utf-8"><title>host</title>
<iframe id="app" src="/${query}" width="1300" height="1800"></iframe>
<script>
  window.statements = [];
  window.addEventListener('message', (event) => {
    const data = event.data;
    if (data && data.source === 'vaccination-lot' && data.type === 'statement') window.statements.push(data.statement);
  });
</script>`;

/** A host page framing the app at `query`, served beside it; resolves to
 * {page, context, errors}. */
async function openHost(query) {
  const context = await env.browser.newContext({ viewport: { width: 1360, height: 1000 } });
  await context.route('**/host.html', (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: HOST(query) }));
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  const errors = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !/favicon/.test(message.text())) errors.push(`console.error: ${message.text()}`);
  });
  await page.goto(`${env.baseUrl}/host.html`);
  return { page, context, errors };
}

/** The option asyncio's rules pick, read from the panel's own words (English). */
async function ruleAnswer(frame) {
  const panel = frame.locator(sel('loop-play'));
  const kind = await panel.getAttribute('data-kind');
  const prompt = await panel.locator('.prediction-prompt').innerText();
  const options = await panel.locator(sel('loop-choice')).allInnerTexts();
  if (kind === 'resume') {
    // "The ready queue holds, in the order they joined it: A, B, C. Which …"
    const queue = prompt.match(/joined it: (.*?)\. Which/)[1].split(', ');
    return options.findIndex((option) => option.replace(/ ✓$/, '') === queue[0]);
  }
  assert.equal(kind, 'fire');
  // "station 1, station 2, all due at 0.200 s": the earliest deadline fires.
  const due = options.map((option) => Number(option.match(/due at ([0-9.]+) s/)[1]));
  return due.indexOf(Math.min(...due));
}

test('the whole be-the-loop lesson, right and wrong, and its statements', { timeout: 6 * MIN }, async () => {
  const session = await openHost('?lesson=event-loop');
  const { page } = session;
  try {
    const frame = page.frameLocator('#app');
    let made = 0;
    let right = 0;
    const picks = [];
    for (let step = 1; step <= 3; step += 1) {
      await waitUntil(async () => (await frame.locator(sel('lesson-step')).getAttribute('data-step')) === String(step), {
        message: `step ${step}`,
      });
      const choices = Number(await frame.locator(sel('loop-play')).getAttribute('data-choices'));
      assert.ok(choices >= 3, `step ${step} asks ${choices} choices`);
      // The lesson cannot be left before the loop's choices are made.
      assert.equal(await frame.locator(sel('lesson-next')).isDisabled(), true);
      if (step === 1) await frame.locator(`${sel('confidence-choice')}[data-level="sure"]`).click();
      for (let choice = 1; choice <= choices; choice += 1) {
        const panel = frame.locator(sel('loop-play'));
        await waitUntil(async () => (await panel.getAttribute('data-choice')) === String(choice), { message: `choice ${choice}` });
        const rule = await ruleAnswer(frame);
        assert.ok(rule >= 0, `step ${step} choice ${choice}: the rule names an option`);
        const count = await panel.locator(sel('loop-choice')).count();
        // Wrong on purpose at the second choice of each step.
        const pick = choice === 2 ? (rule + 1) % count : rule;
        await panel.locator(sel('loop-choice')).nth(pick).click();
        const result = frame.locator(sel('loop-result'));
        await result.waitFor();
        // The page's verdict is the rule's, and every option says whether it was right.
        assert.equal(await result.getAttribute('data-correct'), String(pick === rule), `step ${step} choice ${choice}`);
        const marks = await panel.locator(sel('loop-choice')).evaluateAll((buttons) => buttons.map((b) => b.dataset.correct));
        assert.deepEqual(marks, marks.map((_, index) => String(index === rule)));
        if (pick !== rule) assert.match(await result.innerText(), /Not what asyncio does/);
        assert.match(await result.innerText(), /first in, first out|earliest deadline|came due|fires every timer/);
        made += 1;
        right += Number(pick === rule);
        picks.push({ step, choice, pick, right: pick === rule });
        if (choice < choices) await panel.locator(sel('loop-next')).click();
      }
      await frame.locator(sel('loop-done')).waitFor();
      await frame.locator(sel('lesson-next')).click();
    }
    // Step 4 asks a prediction of the ready queue shown under the lot.
    await waitUntil(async () => (await frame.locator(sel('lesson-step')).getAttribute('data-step')) === '4', { message: 'step 4' });
    await frame.locator(sel('prediction-choice')).first().click();
    const predicted = frame.locator(sel('prediction-result'));
    await predicted.waitFor();
    const predictedRight = (await predicted.getAttribute('data-correct')) === 'true';
    await frame.locator(sel('lesson-next')).click();
    // The last step sums the choices up and offers the results.
    await frame.locator(sel('lesson-summary')).waitFor();
    const summed = frame.locator(sel('lesson-summary-loop'));
    assert.equal(await summed.getAttribute('data-right'), String(right));
    assert.equal(await summed.getAttribute('data-asked'), String(made));

    // The statements the host page heard: one answered per choice, in order,
    // the steps experienced, and the completion with the score.
    const heard = await page.evaluate(() => window.statements);
    checkShape(heard);
    const answered = heard.filter((s) => s.verb.display['en-US'] === 'answered' && s.object.id.includes(':loop:'));
    assert.equal(answered.length, made);
    answered.forEach((statement, index) => {
      const { step, choice, right: wasRight } = picks[index];
      assert.equal(statement.object.id, `urn:x-vaccination-lot:lesson:event-loop:step:${step}:loop:${choice}`);
      assert.equal(statement.result.success, wasRight);
      assert.equal(statement.result.response, String(picks[index].pick));
      assert.equal(statement.object.definition.interactionType, 'choice');
      assert.ok(statement.object.definition.choices.length >= 2);
    });
    assert.equal(answered[0].result.extensions['urn:x-vaccination-lot:confidence'], 'sure');
    const steps = heard.filter((s) => s.verb.display['en-US'] === 'experienced').map((s) => s.object.id);
    assert.deepEqual(steps, [1, 2, 3, 4, 5].map((n) => `urn:x-vaccination-lot:lesson:event-loop:step:${n}`));
    const prediction = heard.find((s) => s.object.id === 'urn:x-vaccination-lot:lesson:event-loop:step:4' && s.result);
    assert.equal(prediction.result.success, predictedRight);
    const completed = heard.filter((s) => s.verb.display['en-US'] === 'completed');
    assert.equal(completed.length, 1);
    assert.deepEqual(completed[0].result.score, { raw: right + Number(predictedRight), min: 0, max: made + 1 });

    // The download holds the same statements.
    const [download] = await Promise.all([page.waitForEvent('download'), frame.locator(sel('results-download')).click()]);
    assert.equal(download.suggestedFilename(), 'vaccination-lot-results.json');
    const saved = JSON.parse(await readFile(await download.path(), 'utf8'));
    assert.deepEqual(saved.map((s) => s.id), heard.map((s) => s.id));
    assert.deepEqual(session.errors, []);
  } finally {
    await session.context.close();
  }
});

/** Every statement in xAPI's shape, with nothing personal in it. */
function checkShape(statements) {
  assert.ok(statements.length > 0, 'statements heard');
  const sessions = new Set();
  for (const statement of statements) {
    assert.match(statement.id, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.match(statement.timestamp, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    assert.deepEqual(Object.keys(statement.actor).sort(), ['account', 'objectType']);
    assert.equal(statement.actor.account.homePage, 'urn:x-vaccination-lot');
    assert.match(statement.actor.account.name, /^[0-9a-f]{16}$/);
    sessions.add(statement.actor.account.name);
    assert.match(statement.verb.id, /^http:\/\/(adlnet\.gov\/expapi|id\.tincanapi\.com)\/verbs?\//);
    assert.equal(statement.object.objectType, 'Activity');
    assert.match(statement.object.id, /^urn:x-vaccination-lot:lesson:[a-z0-9-]+(:step:\d+(:loop:\d+)?)?$/);
    assert.equal(typeof statement.object.definition.name.en, 'string');
    assert.equal(statement.context.language, 'en');
  }
  assert.equal(sessions.size, 1, 'one random session id');
}

test('a prediction asks how sure and why, shows the reason back, and sends both', { timeout: 4 * MIN }, async () => {
  const session = await openHost('?lesson=one-thread');
  const { page } = session;
  try {
    const frame = page.frameLocator('#app');
    // one-thread's second step asks with confidence and a reason.
    await frame.locator(sel('lesson-step')).waitFor();
    await frame.locator(sel('lesson-next')).click();
    await frame.locator(sel('prediction')).waitFor();
    assert.equal(await frame.locator(sel('confidence-choice')).count(), 3);
    await frame.locator(`${sel('confidence-choice')}[data-level="fairly-sure"]`).click();
    assert.equal(await frame.locator(`${sel('confidence-choice')}[data-level="fairly-sure"]`).getAttribute('aria-pressed'), 'true');
    await frame.locator(sel('prediction-reason')).fill('  a sleeping task   waits for its timer ');
    await frame.locator(sel('prediction-choice')).first().click();
    await frame.locator(sel('prediction-result')).waitFor();
    assert.match(await frame.locator(sel('prediction-reason-shown')).innerText(), /^Your reason: “?a sleeping task waits for its timer”?$/);
    const heard = await page.evaluate(() => window.statements);
    checkShape(heard);
    const answer = heard.find((s) => s.verb.display['en-US'] === 'answered');
    assert.equal(answer.object.id, 'urn:x-vaccination-lot:lesson:one-thread:step:2');
    assert.equal(answer.result.response, '0');
    assert.equal(answer.result.success, (await frame.locator(sel('prediction-result')).getAttribute('data-correct')) === 'true');
    assert.deepEqual(answer.result.extensions, {
      'urn:x-vaccination-lot:confidence': 'fairly-sure',
      'urn:x-vaccination-lot:reason': 'a sleeping task waits for its timer',
    });
    assert.match(answer.object.definition.description.en, /\S/);
    assert.deepEqual(session.errors, []);
  } finally {
    await session.context.close();
  }
});

test('loop=1 plays the loop on the run in the address', { timeout: 3 * MIN }, async (t) => {
  await withPage(env, t.name, '?stations=3&boxes=6&capacity=3&shot_min=0.2&shot_max=0.2&speeds=1,1,0.5&seed=1&loop=1', async (s) => {
    const panel = s.page.locator(`${sel('loop-mode')} ${sel('loop-play')}`);
    await panel.waitFor();
    for (let choice = 1; choice <= 5; choice += 1) {
      await waitUntil(async () => (await panel.getAttribute('data-choice')) === String(choice), { message: `choice ${choice}` });
      const rule = await ruleAnswer(s.page);
      await panel.locator(sel('loop-choice')).nth(rule).click();
      assert.equal(await s.page.locator(sel('loop-result')).getAttribute('data-correct'), 'true');
      // The run on screen stands at the choice's consequence.
      await panel.locator(sel('loop-next')).click();
    }
  });
});

test('three learners\' statements, saved as result files, summed up by the class view', { timeout: 5 * MIN }, async (t) => {
  // Each learner answers one-thread's second step differently, with a
  // different confidence; the third gives a reason.
  const learners = [
    { choice: 0, level: 'guess', reason: '' },
    { choice: 1, level: 'sure', reason: '' },
    { choice: 1, level: 'fairly-sure', reason: 'it sleeps until its timer fires' },
  ];
  const files = [];
  const answers = [];
  for (const learner of learners) {
    const session = await openHost('?lesson=one-thread');
    try {
      const frame = session.page.frameLocator('#app');
      await frame.locator(sel('lesson-step')).waitFor();
      await frame.locator(sel('lesson-next')).click();
      await frame.locator(`${sel('confidence-choice')}[data-level="${learner.level}"]`).click();
      if (learner.reason) await frame.locator(sel('prediction-reason')).fill(learner.reason);
      await frame.locator(sel('prediction-choice')).nth(learner.choice).click();
      await frame.locator(sel('prediction-result')).waitFor();
      answers.push((await frame.locator(sel('prediction-result')).getAttribute('data-correct')) === 'true');
      const heard = await session.page.evaluate(() => window.statements);
      const file = path.join(tmpdir(), `learner-${files.length + 1}-${process.pid}.json`);
      await writeFile(file, JSON.stringify(heard));
      files.push(file);
      assert.deepEqual(session.errors, []);
    } finally {
      await session.context.close();
    }
  }
  // 'index.html?…': the class view has no run, so the page is not waited for as the app's.
  await withPage(env, t.name, 'index.html?class=1', async (s) => {
    await s.page.locator(sel('class-files')).setInputFiles(files);
    await s.page.locator(`${sel('class-learners')}[data-learners="3"]`).waitFor();
    const question = s.page.locator(`${sel('class-question')}[data-question="urn:x-vaccination-lot:lesson:one-thread:step:2"]`);
    assert.equal(await question.getAttribute('data-answered'), '3');
    const counts = await question
      .locator(sel('class-choice'))
      .evaluateAll((choices) => choices.map((c) => Number(c.dataset.count)));
    assert.equal(counts[0], 1);
    assert.equal(counts[1], 2);
    const rows = await question
      .locator(sel('class-confidence-row'))
      .evaluateAll((found) => Object.fromEntries(found.map((r) => [r.dataset.level, Number(r.dataset.right) + Number(r.dataset.wrong)])));
    assert.equal(rows.guess, 1);
    assert.equal(rows.sure, 1);
    assert.equal(rows['fairly-sure'], 1);
    // The reason, folded under its choice.
    assert.match(await question.textContent(), /it sleeps until its timer fires/);
    // The right answers counted as the learners' pages judged them.
    const right = await question.locator(sel('class-confidence-row')).evaluateAll((found) => found.reduce((sum, r) => sum + Number(r.dataset.right), 0));
    assert.equal(right, answers.filter(Boolean).length);
  });
});
