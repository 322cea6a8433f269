// End-to-end tests of the guided lessons: the four built-in lessons walked
// through with their predictions, teachers' lessons carried in a link,
// hostile lessons, the lesson's layouts on a wide screen and a phone, the
// messages to a host page, the keyboard, the learner's place kept in
// localStorage, and the lesson editor's round trip.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

import {
  e2eEnvironment,
  withPage,
  screenshot,
  assertNoErrors,
  sel,
  text,
  logLines,
  snapshot,
  waitUntil,
} from './helpers.mjs';

const env = e2eEnvironment();

const MIN = 60_000;

/** The built-in lessons as their files say (the app builds them in). */
const BUILTIN = Object.fromEntries(
  ['one-thread', 'failure', 'blocking', 'policies', 'article'].map((id) => [
    id,
    JSON.parse(readFileSync(new URL(`../lessons/${id}.json`, import.meta.url), 'utf8')),
  ]),
);

/**
 * The right choice at each step with a question (1-based step), worked out
 * natively from the engine: a label, or a pattern its label matches.
 */
const ANSWERS = {
  'one-thread': { 2: 'Once: when its timer fires, and that poll gives the shot', 3: 'At once: as soon as its task has returned' },
  failure: { 2: 'It reports the error and gives station 1 a new box at once', 4: '18 doses' },
  blocking: { 1: /^No:/, 3: "Station 3's task" },
  policies: { 1: 'ALL_COMPLETED finishes later, by more than 20 %', 3: /^Later:/ },
  article: { 2: '60 doses', 4: 'vaccine box 1' },
};

/** The run of the teachers' lessons below, and its length in events. */
const RUN7 = 'stations=3&boxes=12&capacity=10&shot_min=0.2&shot_max=0.6&seed=7';
const RUN7_EVENTS = 158;

/** `#lesson=` + the base64url of the UTF-8 JSON (without padding). */
const fragment = (lesson) =>
  `#lesson=${Buffer.from(typeof lesson === 'string' ? lesson : JSON.stringify(lesson), 'utf8').toString('base64url')}`;

/** Everything the lesson card and the run show at once. */
async function view(page) {
  return page.evaluate(() => {
    const q = (id) => document.querySelector(`[data-testid="${id}"]`);
    const t = (id) => (q(id)?.textContent ?? '').trim();
    const lesson = q('lesson');
    const position = /^event (\d+) of (\d+)/.exec(t('event-position'));
    return {
      lesson: lesson?.dataset.lesson ?? null,
      focus: lesson ? (lesson.dataset.focus ?? null) : undefined,
      title: t('lesson-title'),
      step: Number(q('lesson-step')?.dataset.step ?? NaN),
      steps: Number(q('lesson-step')?.dataset.steps ?? NaN),
      stepText: t('lesson-step'),
      event: position ? Number(position[1]) : null,
      events: position ? Number(position[2]) : null,
      clock: t('clock'),
      status: t('status'),
      active: document.activeElement?.dataset?.testid ?? null,
    };
  });
}

/** Adds what the page last showed (`last()`) to a timed-out wait's error. */
const lastSeen = (last) => (err) => {
  err.message += `; the page last showed ${JSON.stringify(last())}`;
  throw err;
};

/** Wait until the lesson card shows step `step` of `steps`. */
async function waitStep(page, step, steps, timeout = MIN) {
  let last;
  await waitUntil(
    async () => {
      last = await view(page);
      return last.step === step && last.steps === steps;
    },
    { timeout, message: `step ${step} of ${steps}` },
  ).catch(lastSeen(() => last));
}

/** Whether the run stands still: paused or ready, or finished at its last event. */
const stillAt = (v) => ['paused', 'ready'].includes(v.status) || (v.status === 'finished' && v.event === v.events);

/** Wait until the run stands still at event `n`. */
async function waitMoment(page, n, timeout = MIN) {
  let last;
  await waitUntil(
    async () => {
      last = await view(page);
      return last.event === n && stillAt(last);
    },
    { timeout, message: `the run to stand at event ${n}` },
  ).catch(lastSeen(() => last));
  return last;
}

/** The labels and classes of the prediction's choices. */
async function choices(page) {
  return page.locator(sel('prediction-choice')).evaluateAll((buttons) =>
    buttons.map((b) => ({ label: (b.textContent ?? '').trim(), classes: [...b.classList], disabled: b.disabled })),
  );
}

const matches = (label, want) => (want instanceof RegExp ? want.test(label) : label === want);

/**
 * Answer the question on screen with the choice matching `pick`, wait for
 * the run to play forward to the answer, and check what the card says.
 * `right` is the right choice (label or pattern). Returns what was seen.
 */
async function answer(page, { pick, right, at }) {
  const before = await choices(page);
  const index = before.findIndex((c) => matches(c.label, pick));
  assert.ok(index >= 0, `a choice matching ${pick} among ${JSON.stringify(before.map((c) => c.label))}`);
  assert.ok(before.every((c) => !c.disabled), 'the choices are open before one is picked');
  await page.locator(sel('prediction-choice')).nth(index).click();
  // Picking one closes the question: no second guess.
  await waitUntil(async () => (await choices(page)).every((c) => c.disabled), { message: 'every choice to be disabled' });
  // The run plays forward to the moment that answers the question, and pauses there.
  const result = page.locator(sel('prediction-result'));
  await result.waitFor({ timeout: 2 * MIN });
  let after;
  await waitUntil(
    async () => {
      after = await view(page);
      return stillAt(after) && after.status !== 'ready';
    },
    { timeout: MIN, message: 'the run to pause at the answer' },
  ).catch(lastSeen(() => after));
  assert.ok(after.event > at, `the run moved forward from event ${at} to the answer (at event ${after.event})`);
  const correct = await result.getAttribute('data-correct');
  const resultText = (await result.textContent()).trim();
  const shown = await choices(page);
  const clicked = shown[index];
  const rightIndex = shown.findIndex((c) => matches(c.label, right));
  assert.ok(rightIndex >= 0, `the right choice ${right} is offered`);
  // The card is consistent with itself: right exactly when the picked button is marked right.
  assert.equal(correct, String(clicked.classes.includes('right')), `data-correct vs the picked button's classes ${clicked.classes}`);
  if (correct === 'true') {
    assert.match(resultText, /^Right\. \S/, 'a right answer is confirmed, then explained');
  } else {
    assert.ok(clicked.classes.includes('picked'), 'the wrong pick stays marked as picked');
    const marked = shown.filter((c) => c.classes.includes('answer'));
    assert.equal(marked.length, 1, 'exactly one choice is marked as the answer');
    assert.ok(
      resultText.startsWith(`Not quite: the answer is “${marked[0].label}”. `),
      `the result quotes the marked answer: ${resultText}`,
    );
    assert.ok(resultText.length > `Not quite: the answer is “${marked[0].label}”. `.length + 10, 'and explains it');
  }
  // Against the engine's answer, worked out natively.
  assert.equal(correct, String(index === rightIndex), `${JSON.stringify(clicked.label)} vs the right ${right}: ${resultText}`);
  if (index !== rightIndex) assert.ok(shown[rightIndex].classes.includes('answer'), 'the right choice is marked as the answer');
  return { after, correct, resultText, label: clicked.label };
}

/**
 * Walk through built-in lesson `id` (already opening), from step 1 to the
 * end with the Next button, answering each question: rightly, except at
 * the steps in `wrong` where the first wrong choice is picked on purpose.
 */
async function walkThrough(s, id, { wrong = [], beforeAnswer, onQuestion } = {}) {
  const page = s.page;
  const lesson = BUILTIN[id];
  const steps = lesson.steps.length;
  const asked = lesson.steps.flatMap((step, i) => (step.question ? [i + 1] : []));
  assert.deepEqual(asked, Object.keys(ANSWERS[id]).map(Number), `the test knows the answer to every question of ${id}`);
  for (let n = 1; n <= steps; n += 1) {
    const step = lesson.steps[n - 1];
    await waitStep(page, n, steps);
    const v = await waitMoment(page, step.at_event);
    assert.equal(v.lesson, id);
    assert.equal(v.title, lesson.title);
    assert.equal(v.stepText, `Step ${n} of ${steps}`);
    assert.equal(v.focus, step.focus ?? null, `step ${n} points at ${step.focus}`);
    await waitUntil(async () => (await view(page)).active === 'lesson-text', { message: `step ${n}: keyboard focus on the step's text` });
    assert.equal(await text(s, 'lesson-text'), step.text);
    assert.equal(await page.locator(sel('lesson-prev')).isDisabled(), n === 1, 'Previous is disabled only on step 1');
    if (step.question) {
      assert.equal(await page.locator(sel('prediction')).count(), 1, `step ${n} asks a question`);
      const right = ANSWERS[id][n];
      let pick = right;
      if (wrong.includes(n)) pick = (await choices(page)).find((c) => !matches(c.label, right)).label;
      await beforeAnswer?.(n);
      const seen = { ...(await answer(page, { pick, right, at: step.at_event })), before: v };
      assert.equal(seen.correct, String(!wrong.includes(n)));
      await onQuestion?.(n, seen);
    } else {
      assert.equal(await page.locator(sel('prediction')).count(), 0, `step ${n} asks nothing`);
    }
    if (n < steps) {
      await page.click(sel('lesson-next'));
    } else {
      assert.ok(await page.locator(sel('lesson-next')).isDisabled(), 'Next is disabled on the last step');
    }
  }
}

test('one-thread: every step opens its moment; a wrong and a right prediction', { timeout: 4 * MIN }, async (t) => {
  await withPage(env, t.name, '?lesson=one-thread', async (s) => {
    await walkThrough(s, 'one-thread', {
      // Step 2 is answered wrongly on purpose, to see how a wrong guess is told.
      wrong: [2],
      onQuestion: async (n, seen) => {
        if (n === 2) {
          // A sleeping task is polled once, when its timer fires.
          assert.match(seen.resultText, /^Not quite: the answer is “Once: when its timer fires, and that poll gives the shot”\. The executor polled station \d's task once/);
        }
        if (n === 3) {
          // refill-when plays up to the station's next box: later than the step's moment.
          assert.match(seen.resultText, /got box \d+ at [\d.]+ s, the instant its task returned/);
          assert.ok(Number(seen.after.clock) >= Number(seen.before.clock), 'the answer plays forward');
        }
      },
    });
  });
});

test('failure: opened from the Lessons menu; breaking a station wastes what the answer said', { timeout: 4 * MIN }, async (t) => {
  await withPage(env, t.name, '?seed=1', async (s) => {
    const page = s.page;
    await page.click(sel('lessons-open'));
    const cards = page.locator(sel('lesson-card'));
    await cards.first().waitFor();
    assert.deepEqual(
      (await cards.evaluateAll((els) => els.map((e) => e.dataset.lesson))).sort(),
      ['article', 'blocking', 'event-loop', 'exercises', 'failure', 'one-thread', 'own-supervisor', 'policies'],
      'a card per built-in lesson',
    );
    assert.equal(await page.locator(sel('lesson-editor-open')).count(), 1, 'the menu offers the editor');
    await page.click(`${sel('lesson-card')}[data-lesson="failure"]`);
    await page.locator(sel('lesson')).waitFor();
    let wastedBefore;
    await walkThrough(s, 'failure', {
      beforeAnswer: async (n) => {
        if (n === 4) {
          wastedBefore = Number(await text(s, 'doses-wasted'));
          assert.ok(!(await logLines(s)).some((l) => /broken by hand/.test(l)), 'nothing was broken by hand before the choice');
        }
      },
      onQuestion: async (n) => {
        if (n === 4) {
          const wasted = Number(await text(s, 'doses-wasted'));
          assert.equal(wasted, wastedBefore + 18, `doses wasted grew by 18 (from ${wastedBefore} to ${wasted})`);
          assert.ok((await logLines(s)).some((l) => /broken by hand/.test(l)), 'the log reports the break');
        }
      },
    });
    assert.ok(Number.isFinite(wastedBefore), 'step 4 was answered');
  });
});

test('blocking: every step opens its moment, every prediction answered', { timeout: 4 * MIN }, async (t) => {
  await withPage(env, t.name, '?lesson=blocking', async (s) => {
    await walkThrough(s, 'blocking');
  });
});

test('policies: every step opens its moment, every prediction answered', { timeout: 4 * MIN }, async (t) => {
  await withPage(env, t.name, '?lesson=policies', async (s) => {
    await walkThrough(s, 'policies');
  });
});

test("article: the loop's vanished doses and its repeated numbers, answered by the run", { timeout: 4 * MIN }, async (t) => {
  await withPage(env, t.name, '?lesson=article', async (s) => {
    await walkThrough(s, 'article', {
      beforeAnswer: async (n) => {
        if (n === 4) {
          // Every shot 100 ms: the three stations' boxes came back in one
          // wake of the supervisor, as asyncio.wait's done set.
          const done = s.page.locator(sel('executor-done'));
          assert.equal(await done.getAttribute('data-size'), '3', 'one wake took three tasks');
          const tasks = await done.locator(sel('done-task')).evaluateAll((chips) =>
            chips.map((chip) => `${chip.dataset.station}:${chip.dataset.box}`));
          assert.deepEqual(tasks, ['1:1', '2:2', '3:3'], 'in station order');
          assert.equal(await s.page.locator(sel('done-set-note')).count(), 1, 'and the view says why');
        }
      },
      onQuestion: async (n) => {
        if (n === 2) {
          // The answer shows the run's end: what the counters say vanished.
          const vanished = Number(await text(s, 'doses-unreported')) + Number(await text(s, 'doses-discarded'));
          assert.equal(vanished, 60, 'the counters hold the answer');
          assert.equal(await text(s, 'boxes-opened'), '15', 'three boxes beyond a depot of 12');
        }
        if (n === 4) {
          const printed = (await logLines(s)).filter((l) => l.startsWith('vaccine box 1 is done!'));
          assert.ok(printed.length >= 2, `box number 1 printed twice: ${printed}`);
        }
      },
    });
  });
});

test('an unknown ?lesson= id is named with the accepted ones, and no lesson opens', { timeout: 3 * MIN }, async (t) => {
  await withPage(env, t.name, '?lesson=no-such-lesson', async (s) => {
    const page = s.page;
    await page.locator(sel('param-errors')).waitFor();
    const errors = await text(s, 'param-errors');
    assert.match(errors, /no-such-lesson/, 'the wrong id is named');
    for (const id of Object.keys(BUILTIN)) assert.ok(errors.includes(id), `the accepted id ${id} is listed: ${errors}`);
    assert.equal(await page.locator(sel('lesson')).count(), 0, 'no lesson opens');
    // The page works as without the parameter.
    await page.click(sel('start'));
    await waitUntil(async () => (await text(s, 'status')) === 'running', { message: 'the run to start' });
  });
});

/** The fragment for `lesson` with `=` padding (whitespace added so there is some). */
function paddedFragment(lesson) {
  let json = JSON.stringify(lesson);
  while (Buffer.byteLength(json, 'utf8') % 3 === 0) json += ' ';
  const encoded = Buffer.from(json, 'utf8').toString('base64url');
  return `#lesson=${encoded}${'='.repeat((4 - (encoded.length % 4)) % 4)}`;
}

test('a teacher\'s lesson opens from a #lesson= link, and a new link in the same tab replaces it', { timeout: 3 * MIN }, async (t) => {
  const first = {
    title: 'Leçon : un fil — ☃ für alle',
    lang: 'fr',
    steps: [
      { text: 'Regardez l’exécuteur : qui revient ?', params: RUN7, at_event: 120, focus: 'executor', question: { kind: 'next-station' } },
      { text: 'Deuxième étape, dans le journal.', params: RUN7, at_event: 50, focus: 'log' },
    ],
  };
  const second = {
    title: 'A second lesson',
    steps: [{ text: 'Only one step, on another run.', params: 'stations=4&seed=3', at_event: 10, focus: 'stats' }],
  };
  await withPage(env, t.name, fragment(first), async (s) => {
    const page = s.page;
    await waitStep(page, 1, 2);
    let v = await waitMoment(page, 120);
    assert.equal(v.lesson, 'link', 'a lesson from a link is marked as such');
    assert.equal(v.title, first.title, 'the UTF-8 title survives the link');
    assert.equal(v.events, RUN7_EVENTS, 'the step opens its own run');
    assert.equal(v.focus, 'executor');
    assert.equal(await text(s, 'lesson-text'), first.steps[0].text);
    assert.equal(await page.locator(sel('lesson-text')).getAttribute('lang'), 'fr', 'the lesson\'s language is declared');
    assert.deepEqual((await choices(page)).map((c) => c.label), ['Station 1', 'Station 2', 'Station 3']);
    await page.click(sel('lesson-skip')); // a prediction is answered or skipped before Next
    await waitStep(page, 2, 2);
    v = await waitMoment(page, 50);
    assert.equal(v.focus, 'log');
    assert.ok(await page.locator(sel('lesson-next')).isDisabled());
    // Another link in the same tab (no reload): the new lesson replaces the
    // old one. This one is padded, which base64url allows.
    await page.evaluate(() => {
      window.__sameDocument = true;
    });
    const hash = paddedFragment(second);
    assert.match(hash, /=$/, 'the second link carries padding');
    await page.evaluate((h) => {
      window.location.hash = h;
    }, hash);
    await waitUntil(async () => (await view(page)).title === second.title, { message: 'the second lesson' });
    await waitStep(page, 1, 1);
    v = await waitMoment(page, 10);
    assert.equal(v.lesson, 'link');
    assert.equal(v.focus, 'stats');
    assert.equal(await page.locator(sel('station')).count(), 4, 'the second lesson\'s run has four stations');
    assert.equal(await page.evaluate(() => window.__sameDocument), true, 'the page was not reloaded');
  });
});

/**
 * Open the page with the lesson link `hash` and check that the lesson is
 * refused with a message matching each of `expected`, and that the page
 * still works.
 */
async function refused(t, name, hash, expected) {
  await withPage(env, `${t.name} (${name})`, hash, async (s) => {
    const page = s.page;
    const errors = page.locator(sel('lesson-errors'));
    await errors.waitFor();
    const shown = (await errors.textContent()).trim();
    for (const pattern of expected) assert.match(shown, pattern, `${name}: the problem is named`);
    assert.equal(await page.locator(sel('lesson')).count(), 0, `${name}: no lesson opens`);
    await page.click(sel('start'));
    await waitUntil(async () => (await text(s, 'status')) === 'running', { message: `${name}: the run to start` });
  });
}

test('hostile or broken lessons are refused with the problem named, and the page keeps working', { timeout: 4 * MIN }, async (t) => {
  const step = { text: 'A step.', params: RUN7, at_event: 10 };
  // Just over the limit: the size is named.
  const over = { title: 'Too big', steps: [step], padding: '' };
  over.padding = 'x'.repeat(65537 - Buffer.byteLength(JSON.stringify(over)));
  assert.equal(Buffer.byteLength(JSON.stringify(over)), 65537);
  await refused(t, 'just over 64 KB', fragment(over), [/the lesson is 65537 bytes; at most 65536 bytes of JSON are accepted/]);
  // Far over the limit (200 KB): refused before it is even decoded.
  const huge = { title: 'Huge', steps: Array.from({ length: 100 }, () => ({ ...step, text: 'y'.repeat(2000) })) };
  assert.ok(Buffer.byteLength(JSON.stringify(huge)) > 200_000);
  await refused(t, 'far over 64 KB', fragment(huge), [/at most 65536 bytes of JSON are accepted/]);
  await refused(t, 'wrong types', fragment({ title: 'Types', steps: [{ ...step, text: 42 }] }), [
    /steps\[0\]\.text: expected text, found a number/,
  ]);
  await refused(t, 'unknown question kind', fragment({ title: 'Kinds', steps: [{ ...step, question: { kind: 'guess' } }] }), [
    /steps\[0\]\.question\.kind: \u2068"guess"\u2069 is not a question kind: expected one of/,
  ]);
  // A right-to-left override in a value stays inside the value's isolate:
  // the page's own words keep their order.
  await refused(t, 'an override in a value', fragment({ title: 'Bidi', steps: [{ ...step, focus: '\u202Etol' }] }), [
    /steps\[0\]\.focus: \u2068"\u202Etol"\u2069 is not a region/,
  ]);
  await refused(t, 'at_event past the run', fragment({ title: 'Late', steps: [{ ...step, at_event: 5000 }] }), [
    new RegExp(`steps\\[0\\]\\.at_event: 5000 is past the end of this run, which has ${RUN7_EVENTS} events`),
  ]);
  await refused(t, 'not JSON', fragment('{"title": "Broken", "steps": ['), [/not valid JSON \(/]);
  await refused(t, 'bad base64', '#lesson=%%%not*base64!!', [/the lesson in the link is not base64url/]);
  await refused(t, 'the key without its lesson', '#lesson', [/the link ends at #lesson and carries no lesson/]);
  // A blocking station, or a break, at a station the run does not have.
  await refused(t, 'a station the run lacks', fragment({ title: 'Ghost', steps: [{ ...step, params: `${RUN7}&blocking=4&breaks=5:9` }] }), [
    /blocking=\u20684\u2069 with stations=3 is not accepted/,
    /breaks=\u20685:9\u2069 with stations=3 is not accepted/,
  ]);
  // The page's settings have no place in a step.
  await refused(t, 'a page setting in a step', fragment({ title: 'Fast', steps: [{ ...step, params: `${RUN7}&speed=5` }] }), [
    /steps\[0\]\.params: speed is a setting of the page, not of the run/,
  ]);
  // A title of zero-width spaces is empty.
  await refused(t, 'an invisible title', fragment({ title: '\u200B\u200B', steps: [step] }), [/title: empty/]);
});

test('markup in a lesson is shown as text, never run', { timeout: 3 * MIN }, async (t) => {
  const img = '<img src=x onerror="window.__pwned=1">';
  const script = '<script>window.__pwned=1</script>';
  const lesson = {
    title: `Title ${img}${script}`,
    steps: [{ text: `Text ${script} and ${img}`, params: RUN7, at_event: 20, focus: 'lot' }],
  };
  await withPage(env, t.name, fragment(lesson), async (s) => {
    const page = s.page;
    await waitStep(page, 1, 1);
    await waitMoment(page, 20);
    assert.equal(await text(s, 'lesson-title'), lesson.title, 'the title shows its characters literally');
    assert.equal(await text(s, 'lesson-text'), lesson.steps[0].text, 'the text shows its characters literally');
    assert.equal(await page.locator(`${sel('lesson')} img, ${sel('lesson')} script`).count(), 0, 'no element made from the text');
    assert.equal(await page.evaluate(() => typeof window.__pwned), 'undefined', 'nothing ran');
    // The resume offer shows the title the same way.
    await page.goto(`${env.baseUrl}/`);
    const offer = page.locator(sel('lesson-resume-offer'));
    await offer.waitFor();
    assert.ok((await offer.textContent()).includes(lesson.title), 'the offer quotes the title literally');
    assert.equal(await offer.locator('img, script').count(), 0);
    assert.equal(await page.evaluate(() => typeof window.__pwned), 'undefined', 'nothing ran');
  });
});

/** Bounding boxes (in the viewport, as the page left it) of what the layout tests look at. */
async function layout(page) {
  return page.evaluate(() => {
    const box = (el) => {
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, height: r.height };
    };
    const q = (s) => document.querySelector(s);
    return {
      innerWidth: window.innerWidth,
      innerHeight: window.innerHeight,
      scrollWidth: document.documentElement.scrollWidth,
      lot: box(q('[data-testid="lot"]')),
      lesson: box(q('[data-testid="lesson"]')),
      executor: box(q('[data-testid="panel-executor"]')),
      executorHeading: box(q('[data-testid="panel-executor"] summary h2')),
      names: [...document.querySelectorAll('[data-testid="station"] .booth-name')].map((e) => e.getBoundingClientRect().height),
    };
  });
}

/**
 * Wait until `ok(layout)` holds (the page may still be placing things
 * after a step change); on timeout, fail with the boxes last measured.
 */
async function waitLayout(page, what, ok) {
  let last;
  await waitUntil(
    async () => {
      last = await layout(page);
      return ok(last);
    },
    { timeout: MIN, message: what },
  ).catch(lastSeen(() => last));
  return last;
}

/**
 * Whether box `b` lies within 0..`height` vertically. Layout is in fractions
 * of a pixel while scrolling snaps to whole pixels, so a box may overhang
 * by less than one pixel.
 */
const SUBPIXEL = 1;
const inside = (b, height) => b && b.top > -SUBPIXEL && b.bottom < height + SUBPIXEL;

test('wide screen: the lot and the region the step points at side by side, both in view', { timeout: 3 * MIN }, async (t) => {
  await withPage(
    env,
    t.name,
    '?lesson=one-thread',
    async (s) => {
      const page = s.page;
      await waitStep(page, 1, 6);
      await page.click(sel('lesson-next'));
      await waitStep(page, 2, 6);
      await waitMoment(page, 12);
      assert.equal((await view(page)).focus, 'executor');
      const l = await waitLayout(page, 'the lot and the executor side by side in view', (m) => {
        const fits = (b) => inside(b, m.innerHeight) && b.left > -SUBPIXEL && b.right < m.innerWidth + SUBPIXEL;
        return fits(m.lot) && fits(m.executorHeading) && m.executor && m.lot.right <= m.executor.left + SUBPIXEL;
      });
      assert.ok(l.lot.height > 0 && l.executorHeading.height > 0);
    },
    { viewport: { width: 1440, height: 900 } },
  );
});

/**
 * Like `withPage`, on a context made with `contextOptions` (e.g. a phone's
 * isMobile and hasTouch, which `withPage` does not set): console errors and
 * page errors fail the test, and a screenshot is saved.
 */
async function withContextPage(name, query, contextOptions, fn) {
  const context = await env.browser.newContext(contextOptions);
  const page = await context.newPage();
  page.setDefaultTimeout(MIN);
  const session = { page, context, url: `${env.baseUrl}/${query}`, errors: [], messages: [] };
  page.on('console', (msg) => {
    session.messages.push(`console.${msg.type()}: ${msg.text()}`);
    const url = msg.location?.()?.url ?? '';
    if (msg.type() === 'error' && !/\/favicon\.ico(\?|$)/.test(url)) session.errors.push(`console.error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => session.errors.push(`pageerror: ${err?.stack || err}`));
  page.on('crash', () => session.errors.push('page crashed'));
  try {
    await page.goto(session.url, { waitUntil: 'load' });
    await fn(session);
  } finally {
    await screenshot(session, name).catch(() => {});
    await context.close().catch(() => {});
  }
  assertNoErrors(session);
}

test('phone: the lot in the first screenful at a step on the lot; the region a step points at above the sheet', { timeout: 3 * MIN }, async (t) => {
  const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
  await withContextPage(t.name, '?lesson=one-thread', phone, async (s) => {
    const page = s.page;
    await waitStep(page, 1, 6);
    await waitMoment(page, 3);
    const l = await waitLayout(page, 'step 1: the lot in the first screenful, above the sheet', (m) =>
      inside(m.lot, 844) && m.lesson && m.lesson.top > m.lot.bottom - SUBPIXEL,
    );
    assert.ok(l.lot.height >= 180, `step 1: the lot is ${l.lot.height} px tall`);
    assert.equal(l.names.length, 3, 'three station names');
    for (const h of l.names) assert.ok(h >= 12, `step 1: a station name is ${h} px tall`);
    assert.ok(l.scrollWidth <= l.innerWidth, `step 1: no sideways scrolling (${l.scrollWidth} > ${l.innerWidth})`);
    // Step 2 points at the executor: the page scrolls it to the top of
    // the screen, in the half the sheet leaves free.
    await page.locator(sel('lesson-next')).tap();
    await waitStep(page, 2, 6);
    await waitMoment(page, 12);
    const e = await waitLayout(page, 'step 2: the executor at the top, above the sheet', (m) =>
      m.executor && m.executor.top > -SUBPIXEL && m.executorHeading.bottom < m.lesson.top && m.lesson.top >= m.innerHeight / 2 - SUBPIXEL,
    );
    assert.ok(e.scrollWidth <= e.innerWidth, `step 2: no sideways scrolling (${e.scrollWidth} > ${e.innerWidth})`);
    const set = await page.locator(sel('awaited-set')).boundingBox();
    assert.ok(set && set.y + set.height <= e.lesson.top + SUBPIXEL, `the awaited set (${JSON.stringify(set)}) shows above the sheet at ${e.lesson.top}`);
  });
});

test('embed=1: the teaching panels stay hidden until a step points at one', { timeout: 3 * MIN }, async (t) => {
  await withPage(env, t.name, '?lesson=one-thread&embed=1', async (s) => {
    const page = s.page;
    await waitStep(page, 1, 6);
    await waitMoment(page, 3);
    assert.equal(await page.locator(sel('panel-executor')).isVisible(), false, 'no executor before a step points at it');
    await page.click(sel('lesson-next'));
    await waitStep(page, 2, 6);
    await waitMoment(page, 12);
    await page.locator(sel('panel-executor')).waitFor({ state: 'visible' });
    assert.equal(await page.locator(sel('panel-code')).isVisible(), false, 'the panels the step does not name stay hidden');
  });
});

test('embedded in a host page, the lesson posts its steps and predictions to the parent', { timeout: 3 * MIN }, async (t) => {
  // Any page of the server's origin, its body replaced by a host that
  // frames a lesson and keeps every message it hears.
  await withPage(env, t.name, 'embed-example.html', async (s) => {
    const page = s.page;
    await page.setContent(`<!doctype html><html><head><title>host</title></head><body>
      <script>window.__messages = []; window.addEventListener('message', (e) => window.__messages.push(e.data));</script>
      <iframe id="lot" src="/?lesson=one-thread&embed=1" width="1000" height="800"></iframe>
    </body></html>`);
    const heard = (type) => page.evaluate((ty) => window.__messages.filter((m) => m && m.type === ty), type);
    const app = page.frameLocator('#lot');
    await waitUntil(async () => (await heard('lesson-step')).length >= 1, { timeout: MIN, message: 'the first lesson-step message' });
    await app.locator(sel('lesson-next')).click();
    await app.locator(`${sel('lesson-step')}[data-step="2"]`).waitFor();
    // Step 2: a wrong guess ("Not once"; the engine says once).
    await app.locator(sel('prediction-choice')).nth(0).click();
    await app.locator(sel('prediction-result')).waitFor({ timeout: 2 * MIN });
    await app.locator(sel('lesson-next')).click();
    await app.locator(`${sel('lesson-step')}[data-step="3"]`).waitFor();
    // Step 3: the right answer: the station gets its next box at once.
    const labels = await app.locator(sel('prediction-choice')).allTextContents();
    const right = labels.findIndex((l) => l.trim().startsWith('At once:'));
    assert.ok(right >= 0, `"At once" among ${labels}`);
    await app.locator(sel('prediction-choice')).nth(right).click();
    await waitUntil(async () => (await heard('prediction')).length >= 2, { message: 'both prediction messages' });
    const base = { source: 'vaccination-lot', id: 'one-thread' };
    assert.deepEqual(await heard('lesson-step'), [
      { ...base, type: 'lesson-step', step: 1, steps: 6 },
      { ...base, type: 'lesson-step', step: 2, steps: 6 },
      { ...base, type: 'lesson-step', step: 3, steps: 6 },
    ]);
    assert.deepEqual(await heard('prediction'), [
      { ...base, type: 'prediction', step: 2, choice: 0, correct: false },
      { ...base, type: 'prediction', step: 3, choice: right, correct: true },
    ]);
  });
});

test('keyboard: Page Down and Page Up move between steps, focus on the step\'s text', { timeout: 3 * MIN }, async (t) => {
  await withPage(env, t.name, '?lesson=policies', async (s) => {
    const page = s.page;
    const at = BUILTIN.policies.steps.map((step) => step.at_event);
    // What a step shows: the same each time the step is shown.
    const shownBefore = {};
    const expectStep = async (n) => {
      await waitStep(page, n, 5);
      const v = await waitMoment(page, at[n - 1]);
      await waitUntil(async () => (await view(page)).active === 'lesson-text', { message: `focus on step ${n}'s text` });
      assert.equal(await page.locator(sel('lesson-text')).textContent(), BUILTIN.policies.steps[n - 1].text);
      const state = { ...(await snapshot(s)), event: v.event, status: v.status };
      if (shownBefore[n]) assert.deepEqual(state, shownBefore[n], `step ${n} shows the same moment again`);
      shownBefore[n] = state;
    };
    await expectStep(1);
    // Step 1 asks: Page Down waits for an answer or a skip.
    await page.keyboard.press('PageDown');
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    assert.equal((await view(page)).step, 1, 'Page Down does not pass over a prediction');
    await page.click(sel('lesson-skip'));
    await expectStep(2);
    await page.keyboard.press('PageDown');
    await expectStep(3);
    await page.keyboard.press('PageUp');
    await expectStep(2);
    await page.keyboard.press('PageUp');
    await expectStep(1);
  });
});

/** The summary's lines: each question's step and what became of it. */
async function summaryLines(page) {
  return page.locator(sel('lesson-summary-answer')).evaluateAll((items) =>
    items.map((li) => ({ step: Number(li.dataset.step), outcome: li.dataset.outcome, text: li.textContent.trim() })),
  );
}

test('lesson flow: answers kept going back, a skip recorded, the summary and the next lesson', { timeout: 4 * MIN }, async (t) => {
  await withPage(env, t.name, '?lesson=one-thread', async (s) => {
    const page = s.page;
    const lesson = BUILTIN['one-thread'];
    await waitStep(page, 1, 6);
    await page.click(sel('lesson-next'));
    await waitStep(page, 2, 6);
    // Next waits for the prediction: answered (wrongly, on purpose) ...
    assert.ok(await page.locator(sel('lesson-next')).isDisabled(), 'Next waits for an answer or a skip');
    const wrong = (await choices(page)).find((c) => c.label !== ANSWERS['one-thread'][2]).label;
    const seen = await answer(page, { pick: wrong, right: ANSWERS['one-thread'][2], at: lesson.steps[1].at_event });
    assert.equal(seen.correct, 'false');
    assert.ok(!(await page.locator(sel('lesson-next')).isDisabled()), 'Next is open once answered');
    await page.click(sel('lesson-next'));
    // ... or skipped, which moves on.
    await waitStep(page, 3, 6);
    await page.click(sel('lesson-skip'));
    await waitStep(page, 4, 6);
    // Back at step 2 the answer is kept, with the moment that shows it.
    await page.click(sel('lesson-prev'));
    await waitStep(page, 3, 6);
    await page.locator(sel('prediction-skipped')).waitFor();
    assert.ok((await choices(page)).every((c) => !c.disabled), 'a skipped prediction can still be answered');
    assert.ok(!(await page.locator(sel('lesson-next')).isDisabled()), 'Next is open after a skip');
    await page.click(sel('lesson-prev'));
    await waitStep(page, 2, 6);
    const result = page.locator(sel('prediction-result'));
    await result.waitFor();
    assert.equal(await result.getAttribute('data-correct'), 'false');
    assert.equal((await result.textContent()).trim(), seen.resultText, 'the same result as when answered');
    const kept = await choices(page);
    assert.ok(kept.every((c) => c.disabled), 'no second guess');
    assert.ok(kept.find((c) => c.label === wrong).classes.includes('picked'), 'the pick is still marked');
    await waitMoment(page, seen.after.event);
    // On to the last step: the summary.
    for (let n = 3; n <= 6; n += 1) {
      await page.click(sel('lesson-next'));
      await waitStep(page, n, 6);
    }
    const summary = page.locator(sel('lesson-summary'));
    await summary.waitFor();
    assert.equal(await summary.getAttribute('data-asked'), '2');
    assert.equal(await summary.getAttribute('data-right'), '0');
    const lines = await summaryLines(page);
    assert.deepEqual(lines.map(({ step, outcome }) => ({ step, outcome })), [
      { step: 2, outcome: 'wrong' },
      { step: 3, outcome: 'skipped' },
    ]);
    assert.match(lines[0].text, new RegExp(`You answered “${wrong}”; the run gave “${ANSWERS['one-thread'][2]}”`));
    assert.match(lines[1].text, new RegExp(`Skipped; the run gave “${ANSWERS['one-thread'][3]}”`));
    assert.equal((await text(s, 'lesson-key-idea')), lesson.summary, "the lesson's key idea");
    // And on to the next lesson.
    await page.click(sel('lesson-next-lesson'));
    await waitStep(page, 1, BUILTIN.failure.steps.length);
    assert.equal((await view(page)).lesson, 'failure');
  });
});

test('the learner\'s place is kept: offered on the next visit, resumed, forgotten on leaving or declining', { timeout: 3 * MIN }, async (t) => {
  await withPage(env, t.name, '?lesson=failure', async (s) => {
    const page = s.page;
    // The offer is part of the page: any browser dialog is a failure.
    const dialogs = [];
    page.on('dialog', (d) => {
      dialogs.push(`${d.type()}: ${d.message()}`);
      d.dismiss().catch(() => {});
    });
    const offer = page.locator(sel('lesson-resume-offer'));
    /** No offer, once the page has rendered after its first effects. */
    const noOffer = async (why) => {
      await page.locator(sel('status')).waitFor();
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      assert.equal(await offer.count(), 0, why);
      const kept = await page.evaluate(() => Object.values(localStorage).filter((v) => v.includes('Errors as values')));
      assert.deepEqual(kept, [], `${why}: the place is no longer stored`);
    };
    await waitStep(page, 1, 6);
    await page.click(sel('lesson-next'));
    await waitStep(page, 2, 6);
    await page.click(sel('lesson-skip')); // step 2 asks: skipped, on purpose
    await waitStep(page, 3, 6);
    await waitMoment(page, BUILTIN.failure.steps[2].at_event);
    const stored = await page.evaluate(() => Object.values(localStorage).filter((v) => v.includes('Errors as values')));
    assert.equal(stored.length, 1, 'the place is stored');
    // A reload of the lesson's own address offers the place back.
    await page.reload();
    await offer.waitFor();
    assert.match(await offer.textContent(), /Errors as values.*step 3/);
    await page.click(sel('lesson-resume'));
    await waitStep(page, 3, 6);
    await page.click(sel('lesson-prev'));
    await waitStep(page, 2, 6);
    await page.locator(sel('prediction-skipped')).waitFor(); // the skip came back with the place
    await page.click(sel('lesson-next'));
    await waitStep(page, 3, 6);
    await waitMoment(page, BUILTIN.failure.steps[2].at_event);
    // The same context, the plain page: the place is offered.
    await page.goto(`${env.baseUrl}/`);
    await offer.waitFor();
    assert.match(await offer.textContent(), /Errors as values.*step 3/);
    assert.equal(await page.locator(sel('lesson')).count(), 0, 'nothing opens before the learner says so');
    await page.click(sel('lesson-resume'));
    await waitStep(page, 3, 6);
    const v = await waitMoment(page, BUILTIN.failure.steps[2].at_event);
    assert.equal(v.lesson, 'failure');
    await offer.waitFor({ state: 'detached' });
    // Leaving the lesson forgets the place.
    await page.click(sel('lesson-exit'));
    await page.locator(sel('lesson')).waitFor({ state: 'detached' });
    await page.reload();
    await noOffer('no offer after leaving the lesson');
    // Declining forgets it too.
    await page.goto(`${env.baseUrl}/?lesson=failure`);
    await waitStep(page, 1, 6);
    await page.goto(`${env.baseUrl}/`);
    await offer.waitFor();
    assert.match(await offer.textContent(), /step 1/);
    await page.click(sel('lesson-resume-decline'));
    await offer.waitFor({ state: 'detached' });
    assert.equal(await page.locator(sel('lesson')).count(), 0);
    await page.reload();
    await noOffer('no offer after declining');
    assert.deepEqual(dialogs, [], 'no browser dialog');
  });
});

test('the editor: moments of a run become a lesson, previewed, shared as a link and an iframe', { timeout: 3 * MIN }, async (t) => {
  await withPage(env, t.name, `?${RUN7}&step=40`, async (s) => {
    const page = s.page;
    await waitMoment(page, 40);
    await page.click(sel('lessons-open'));
    await page.click(sel('lesson-editor-open'));
    const editor = page.locator(sel('lesson-editor'));
    await editor.waitFor();
    const problems = page.locator(sel('lesson-editor-problems'));
    const stepItems = page.locator(sel('lesson-editor-step'));
    // While the title and the texts are missing, they are listed, and
    // there is nothing to preview or share.
    await problems.waitFor();
    assert.match(await problems.textContent(), /title: empty.*steps: expected at least one step/);
    assert.equal(await page.locator(sel('lesson-editor-preview')).count(), 0, 'no preview of an empty lesson');
    assert.equal(await page.locator(sel('lesson-editor-link')).count(), 0, 'no link to an empty lesson');
    // Step 1: the moment on screen, pointing at the executor, with a question.
    await page.click(sel('lesson-editor-add'));
    await waitUntil(async () => (await stepItems.count()) === 1, { message: 'the first step' });
    await waitUntil(async () => /steps\[0\]\.text: empty/.test(await problems.textContent()), { message: 'the missing text listed' });
    await page.fill(sel('lesson-editor-title'), 'Editor round trip');
    await waitUntil(async () => !/title:/.test(await problems.textContent()), { message: 'the title no longer missing' });
    assert.match(await problems.textContent(), /steps\[0\]\.text: empty/, 'the text is still missing');
    const first = stepItems.nth(0);
    await first.locator(sel('lesson-editor-text')).fill('Who returns next?');
    await first.locator(sel('lesson-editor-focus')).selectOption('executor');
    await first.locator(sel('lesson-editor-question')).selectOption('next-station');
    // Step 2: a later moment of the same run (stepped forward on the page).
    for (let i = 0; i < 5; i += 1) await page.click(sel('step'));
    await waitMoment(page, 45);
    await page.click(sel('lesson-editor-add'));
    await waitUntil(async () => (await stepItems.count()) === 2, { message: 'the second step' });
    await stepItems.nth(1).locator(sel('lesson-editor-text')).fill('Now read the log.');
    await stepItems.nth(1).locator(sel('lesson-editor-focus')).selectOption('log');
    // A third step, deleted again.
    await page.click(sel('lesson-editor-add'));
    await waitUntil(async () => (await stepItems.count()) === 3, { message: 'the third step' });
    await waitUntil(async () => (await problems.count()) === 1 && /steps\[2\]\.text: empty/.test(await problems.textContent()), {
      message: 'the empty third text to be listed',
    });
    // Characters are counted as the reader counts them, not in UTF-16
    // units: 1500 emoji (3000 units) fit, and 2001 are named.
    const third = stepItems.nth(2).locator(sel('lesson-editor-text'));
    await third.fill('😀'.repeat(1500));
    assert.equal([...(await third.inputValue())].length, 1500, 'the editor keeps every character');
    await waitUntil(async () => (await problems.count()) === 0, { message: 'no problem with 1500 emoji' });
    await third.fill('😀'.repeat(2001));
    await waitUntil(async () => /steps\[2\]\.text: 2001 characters; at most 2000/.test((await problems.textContent()) ?? ''), {
      message: 'the 2001 characters named',
    });
    await stepItems.nth(2).locator(sel('lesson-editor-delete')).click();
    await waitUntil(async () => (await stepItems.count()) === 2, { message: 'the third step deleted' });
    // Complete: nothing missing, preview and share.
    await problems.waitFor({ state: 'detached' });
    const link = await page.locator(sel('lesson-editor-link')).inputValue();
    assert.match(link, new RegExp(`^${env.baseUrl.replace(/[.]/g, '\\.')}/#lesson=[A-Za-z0-9_-]+=*$`));
    const json = JSON.parse(Buffer.from(link.split('#lesson=')[1], 'base64url').toString('utf8'));
    assert.equal(json.title, 'Editor round trip');
    assert.deepEqual(
      json.steps.map((st) => [st.text, st.at_event, st.focus, st.question?.kind]),
      [
        ['Who returns next?', 40, 'executor', 'next-station'],
        ['Now read the log.', 45, 'log', undefined],
      ],
    );
    const snippet = await page.locator(sel('lesson-editor-snippet')).inputValue();
    assert.match(snippet, /^<iframe src="[^"]*embed=1#lesson=[A-Za-z0-9_-]+=*"/);
    assert.ok(snippet.includes(link.split('#')[1]), 'the snippet carries the same lesson');
    await page.click(sel('lesson-editor-preview'));
    await waitStep(page, 1, 2);
    let v = await waitMoment(page, 40);
    assert.equal(v.lesson, 'draft');
    assert.equal(v.title, 'Editor round trip');
    assert.equal(v.focus, 'executor');
    assert.equal(await page.locator(sel('prediction')).count(), 1);
    // The link, opened in a new page, shows the same lesson.
    const other = await s.context.newPage();
    other.on('console', (msg) => {
      if (msg.type() === 'error' && !/\/favicon\.ico/.test(msg.location?.()?.url ?? '')) s.errors.push(`console.error (link page): ${msg.text()}`);
    });
    other.on('pageerror', (err) => s.errors.push(`pageerror (link page): ${err}`));
    await other.goto(link);
    await waitStep(other, 1, 2);
    v = await waitMoment(other, 40);
    assert.equal(v.lesson, 'link');
    assert.equal(v.title, 'Editor round trip');
    assert.equal(v.focus, 'executor');
    assert.equal(await other.locator(sel('lesson-text')).textContent(), 'Who returns next?');
    await other.click(sel('lesson-skip'));
    await waitStep(other, 2, 2);
    v = await waitMoment(other, 45);
    assert.equal(v.focus, 'log');
    await other.close();
  });
});
