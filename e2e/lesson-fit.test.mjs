// Every step of every built-in lesson (those with Python programs run
// them on CPython as each step opens), before and after its prediction, at
// the sizes a class uses (1440 × 900, 1366 × 768, a 390 × 844 phone) and on
// a phone in every other language: nothing runs past the screen's edge
// (except inside the boxes made to scroll), the region the step points at
// is on screen (on a phone, above the lesson's sheet), and the lot says
// what the log and the feedback say.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

import { e2eEnvironment, openPage, screenshot, assertNoErrors, sel, waitUntil } from './helpers.mjs';

const env = e2eEnvironment();

const MIN = 60_000;

const LESSONS = ['one-thread', 'failure', 'blocking', 'policies', 'article', 'own-supervisor', 'exercises', 'event-loop'].map((id) => ({
  id,
  ...JSON.parse(readFileSync(new URL(`../lessons/${id}.json`, import.meta.url), 'utf8')),
}));

/** The screens walked: English at every size, Arabic (right to left) wide, every language on a phone. */
const SCREENS = [
  { lang: 'en', width: 1440, height: 900 },
  { lang: 'en', width: 1366, height: 768 },
  { lang: 'en', width: 390, height: 844 },
  { lang: 'ar', width: 1440, height: 900 },
  ...['de', 'ar', 'fr', 'es', 'zh-Hans', 'pt-BR', 'ja', 'ko', 'ru', 'id'].map((lang) => ({ lang, width: 390, height: 844 })),
];

/**
 * What is wrong with the layout now, as sentences (none when it fits):
 * content past the left or right edge of the screen that no box clips, a
 * box that scrolls sideways though it is not one of the boxes made to
 * (tables, code listings and the code editor, the log), the region in focus off screen.
 */
async function misfits(page) {
  return page.evaluate(() => {
    const problems = [];
    const vw = document.documentElement.clientWidth;
    const name = (el) =>
      `${el.tagName.toLowerCase()}${el.dataset.testid ? `[${el.dataset.testid}]` : ''}${
        el.classList.length ? `.${[...el.classList].join('.')}` : ''
      } “${(el.textContent ?? '').trim().slice(0, 40)}”`;
    const scrollers = '.table-scroll, .code, .log-scroller, .stats, .cm-scroller';
    if (document.documentElement.scrollWidth > vw + 1) {
      problems.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} px in ${vw}`);
    }
    const hidden = (el) => {
      if (el.closest('.visually-hidden, details:not([open]) > :not(summary)')) return true;
      const style = getComputedStyle(el);
      return style.display === 'none' || style.visibility === 'hidden';
    };
    const clips = (el) => ['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(el).overflowX);
    for (const el of document.body.querySelectorAll('*')) {
      if (hidden(el)) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      if (clips(el) && el.scrollWidth > el.clientWidth + 1 && !el.matches(scrollers) && el.tagName !== 'svg') {
        problems.push(`${name(el)} scrolls sideways: ${el.scrollWidth} px in ${el.clientWidth}`);
      }
      if (r.right <= vw + 1 && r.left >= -1) continue;
      let clipped = false;
      for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
        if (clips(up)) {
          clipped = true;
          break;
        }
      }
      if (!clipped) problems.push(`${name(el)} runs past the edge: ${Math.round(r.left)}..${Math.round(r.right)} in 0..${vw}`);
    }
    // On a phone, where the lesson is a sheet over the lower half: the
    // region the step points at starts on screen, above the sheet. (Side
    // by side, the region is beside the lot, under the card.)
    const lesson = document.querySelector('[data-testid="lesson"]');
    const sheetShown = lesson && getComputedStyle(lesson).position === 'fixed';
    const focus = sheetShown ? lesson.dataset.focus : undefined;
    const region = {
      lot: '[data-testid="lot"]',
      executor: '[data-testid="panel-executor"]',
      inspector: '[data-testid="panel-inspector"]',
      charts: '[data-testid="panel-charts"]',
      // A step with a program shows the Python view first, then the listing.
      code: lesson?.dataset.python ? '[data-testid="panel-python"]' : '[data-testid="panel-code"]',
      log: '.log-panel',
      stats: '[data-testid="stats"]',
    }[focus];
    if (region) {
      const shown = document.querySelector(`.lesson-stage ${region}`) ?? document.querySelector(region);
      const r = shown?.getBoundingClientRect();
      const sheet = lesson.getBoundingClientRect().top;
      if (!r) problems.push(`the ${focus} the step points at is not on the page`);
      else if (r.top < -1 || r.top > sheet - 40) {
        problems.push(`the ${focus} the step points at starts at ${Math.round(r.top)} px, off the ${Math.round(sheet)} px above the sheet`);
      }
    }
    return problems;
  });
}

/** In English: the word of each lane's state, the log's, and what a failure's note says. */
const STATE_WORDS = { idle: 'idle', working: 'giving shots', failed: 'failed', done: 'done', cancelled: 'cancelled' };
/** A working lane of a run that records its thread says where its task is instead (`data-thread`). */
const THREAD_WORDS = { running: 'on the thread', ready: 'ready, queued', asleep: 'asleep' };

/**
 * Where the lot disagrees with itself, the log or the feedback (English
 * only: the check reads the words): each lane's state word against its
 * state; a failure's note (restarted, to be restarted, not restarted)
 * against the lane; the state the last log line about a station implies
 * against the lane's; a result that says the supervisor restarted a
 * station against that station's lane.
 */
async function disagreements(page) {
  return page.evaluate(({ words, threadWords }) => {
    const problems = [];
    const log = [...document.querySelectorAll('[data-testid="log-line"]')].map((l) => l.textContent.trim());
    for (const lane of document.querySelectorAll('[data-testid="station"]')) {
      const station = Number(lane.dataset.station);
      const state = lane.dataset.state;
      const said = lane.querySelector('.booth-state')?.textContent.trim();
      const thread = lane.dataset.thread;
      if (thread && state !== 'working') problems.push(`station ${station}: marked ${thread} on the thread, the lane ${state}`);
      const expected = thread ? threadWords[thread] : words[state];
      if (said !== expected) problems.push(`station ${station}: the lane says “${said}” for ${state}${thread ? ` (${thread})` : ''}`);
      const number = lane.querySelector('.gauge-number')?.textContent.trim();
      if (number !== lane.dataset.remaining) problems.push(`station ${station}: the gauge says ${number}, data-remaining ${lane.dataset.remaining}`);
      const note = lane.closest('.lane-wrap')?.querySelector('.failure-flash text')?.textContent ?? '';
      const visible = note && getComputedStyle(lane.closest('.lane-wrap').querySelector('.failure-flash')).opacity !== '0';
      if (visible) {
        const restartedNote = /: restarted$/.test(note);
        const pending = /: to be restarted$/.test(note);
        if (restartedNote && state === 'failed') problems.push(`station ${station}: the note says restarted, the lane failed`);
        if (pending && state !== 'failed') problems.push(`station ${station}: the note says to be restarted, the lane ${state}`);
      }
      const mine = new RegExp(`(station ${station} |station ${station}\\]|at station ${station} )`);
      const last = [...log].reverse().find((line) => mine.test(line));
      if (!last) continue;
      let implied = null;
      if (new RegExp(`^station ${station} opened box`).test(last)) implied = 'working';
      else if (/is done!/.test(last)) implied = /No boxes left/.test(last) ? 'done' : 'idle';
      else if (new RegExp(`^(station ${station} failed|the task of station ${station} got an exception)`).test(last)) implied = 'failed';
      else if (new RegExp(`^the task of station ${station} is cancelled`).test(last)) implied = 'cancelled';
      if (implied && implied !== state) problems.push(`station ${station}: the log's last line implies ${implied}, the lane says ${state}: ${last}`);
    }
    const result = document.querySelector('[data-testid="prediction-result"]')?.textContent ?? '';
    const broke = /^(?:Right\.|Not quite[^.]*\.) Station (\d+) broke/.exec(result);
    if (broke && /restarted the station with a new box/.test(result)) {
      const lane = document.querySelector(`[data-testid="station"][data-station="${broke[1]}"]`);
      if (lane?.dataset.state !== 'working') problems.push(`the result says station ${broke[1]} was restarted, its lane is ${lane?.dataset.state}`);
    }
    return problems;
  }, { words: STATE_WORDS, threadWords: THREAD_WORDS });
}

/** Whether the run stands still at its moment (paused, ready, or finished at its end). */
async function settled(page) {
  return page.evaluate(() => {
    const status = document.querySelector('[data-testid="status"]')?.textContent.trim();
    // The position's data attributes read the same in every language.
    const position = document.querySelector('[data-testid="event-position"]')?.dataset;
    if (!position?.total) return false;
    return ['paused', 'ready'].includes(status) || (status === 'finished' && position.shown === position.total);
  });
}

/** The step shown, 1-based. */
const stepShown = (page) => page.locator(sel('lesson-step')).getAttribute('data-step').then(Number);

/** Checks the screen, naming where: every problem found, or none. */
async function check(page, screen, where) {
  // Let the layout settle after a step change: scrolling into view, fonts.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  let problems = [];
  await waitUntil(
    async () => {
      problems = await misfits(page);
      if (screen.lang === 'en') problems = problems.concat(await disagreements(page));
      return problems.length === 0;
    },
    { timeout: 10_000, message: where },
  ).catch(() => {});
  assert.deepEqual(problems, [], `${where}:\n${problems.join('\n')}`);
}

for (const screen of SCREENS) {
  const size = `${screen.width}×${screen.height}`;
  test(`every lesson step fits and agrees with itself: ${screen.lang} at ${size}`, { timeout: 12 * MIN }, async (t) => {
    const session = await openPage(env, `?lang=${screen.lang}`, { viewport: { width: screen.width, height: screen.height } });
    const page = session.page;
    try {
      for (const lesson of LESSONS) {
        await page.goto(`${env.baseUrl}/?lang=${screen.lang}&lesson=${lesson.id}`);
        for (let n = 1; n <= lesson.steps.length; n += 1) {
          const where = `${lesson.id} step ${n} (${screen.lang}, ${size})`;
          await waitUntil(async () => (await stepShown(page)) === n && (await settled(page)), { timeout: MIN, message: `${where}: the step's moment` });
          if (lesson.steps[n - 1].question?.kind === 'program-lost') {
            // CPython runs the step's program first (Python loads once per page).
            await page.locator(sel('prediction-choice')).first().waitFor({ timeout: 3 * MIN });
          }
          if (lesson.steps[n - 1].goal && lesson.steps[n - 1].python) {
            // An exercise: CPython runs the step's program, and the goal is checked on its run.
            await waitUntil(async () => (await page.locator(sel('lesson-goal')).getAttribute('data-met')) !== 'pending',
              { timeout: 3 * MIN, message: `${where}: the goal checked` });
          }
          await check(page, screen, `${where}, before answering`);
          if (await page.locator(sel('prediction-choice')).count()) {
            // Right and wrong answers alike: the first choice.
            await page.locator(sel('prediction-choice')).first().click();
            await page.locator(sel('prediction-result')).waitFor({ timeout: 2 * MIN });
            await waitUntil(() => settled(page), { timeout: MIN, message: `${where}: the answer's moment` });
            await check(page, screen, `${where}, answered`);
          }
          if (await page.locator(sel('loop-play')).count()) {
            // Playing the loop: the first option of every choice, right or not.
            for (let choice = 1; ; choice += 1) {
              await page.locator(sel('loop-choice')).first().click();
              await page.locator(sel('loop-result')).waitFor();
              await waitUntil(() => settled(page), { timeout: MIN, message: `${where}: choice ${choice}'s moment` });
              await check(page, screen, `${where}, choice ${choice} made`);
              if (!(await page.locator(sel('loop-next')).count())) break;
              await page.click(sel('loop-next'));
            }
          }
          if (n < lesson.steps.length) await page.click(sel('lesson-next'));
        }
        await page.locator(sel('lesson-summary')).waitFor();
        await check(page, screen, `${lesson.id}: the summary (${screen.lang}, ${size})`);
      }
    } finally {
      await screenshot(session, t.name).catch(() => {});
      await session.context.close().catch(() => {});
    }
    assertNoErrors(session);
  });
}
