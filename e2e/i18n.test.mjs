// The page in the class's language: how a language is chosen, that
// <html lang dir> follow it, that Arabic mirrors without sideways scrolling,
// and the pseudo-locale walk that fails on any text not from the messages.
//
// The pseudo-locale `qps` accents every letter of English's messages and wraps
// each whole message in ⟦…⟧. A visible text node (or a title, aria-label,
// placeholder or alt) with a plain ASCII letter outside such brackets did not
// come from the message files, unless it sits in an element marked
// translate="no" (code, parameter names, language names).

import { test } from 'node:test';
import assert from 'node:assert/strict';

import { e2eEnvironment, withPage, sel, text } from './helpers.mjs';

const env = e2eEnvironment();

/** What the document says about its language, and whether it scrolls sideways. */
async function documentLanguage(page) {
  return page.evaluate(() => ({
    lang: document.documentElement.lang,
    dir: document.documentElement.dir,
    menu: document.querySelector('[data-testid="language-menu"]')?.value,
    sideways: document.documentElement.scrollWidth - document.documentElement.clientWidth,
  }));
}

/** Waits until the page shows `tag` (a locale loads after the first paint). */
async function waitForLanguage(page, tag) {
  await page.waitForFunction((want) => document.documentElement.lang === want, tag);
}

/**
 * Every piece of text in the page that did not come from the message files:
 * text nodes and the attributes people read or hear, outside translate="no",
 * with an ASCII letter outside ⟦…⟧ (nested brackets allowed).
 */
async function strayText(page) {
  return page.evaluate(() => {
    const stray = [];
    const untranslated = (value) => {
      let rest = value;
      for (let before = ''; before !== rest; ) {
        before = rest;
        rest = rest.replace(/⟦[^⟦⟧]*⟧/g, '');
      }
      return /[A-Za-z]/.test(rest);
    };
    const exempt = (element) => !element || element.closest('[translate="no"], script, style, noscript, template');
    const where = (element) => {
      const id = element.closest('[data-testid]')?.getAttribute('data-testid');
      return `${element.tagName.toLowerCase()}${id ? ` in ${id}` : ''}`;
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const value = node.nodeValue;
      if (!/[A-Za-z]/.test(value) || exempt(node.parentElement)) continue;
      if (untranslated(value)) stray.push(`${where(node.parentElement)}: ${JSON.stringify(value.trim().slice(0, 80))}`);
    }
    for (const element of document.body.querySelectorAll('[title], [aria-label], [placeholder], [alt]')) {
      if (exempt(element)) continue;
      for (const name of ['title', 'aria-label', 'placeholder', 'alt']) {
        const value = element.getAttribute(name);
        if (value && untranslated(value)) stray.push(`${where(element)} @${name}: ${JSON.stringify(value.slice(0, 80))}`);
      }
    }
    if (untranslated(document.title)) stray.push(`document.title: ${JSON.stringify(document.title)}`);
    return stray;
  });
}

async function assertAllFromMessages(page, state) {
  const stray = await strayText(page);
  assert.deepEqual(stray, [], `${state}: text that did not come from the message files:\n${stray.join('\n')}`);
}

test('lang= picks the language, a region falls back to its language, and links carry it', async (t) => {
  await withPage(env, t.name, '?seed=1&lang=es-MX', async (s) => {
    await waitForLanguage(s.page, 'es');
    const shown = await documentLanguage(s.page);
    assert.equal(shown.dir, 'ltr');
    assert.equal(shown.menu, 'es');
    assert.match(await s.page.getAttribute(sel('share-link'), 'href'), /[?&]lang=es(&|$)/);
  });
  await withPage(env, `${t.name} (zh-CN)`, '?seed=1&lang=zh-CN', async (s) => {
    await waitForLanguage(s.page, 'zh-Hans');
  });
});

test('without lang= the browser languages choose, else English', async (t) => {
  await withPage(env, t.name, '?seed=1', async (s) => {
    await waitForLanguage(s.page, 'de');
  }, { locale: 'de-AT' });
  await withPage(env, `${t.name} (unknown)`, '?seed=1', async (s) => {
    assert.equal((await documentLanguage(s.page)).lang, 'en');
    assert.equal(await s.page.locator(sel('param-errors')).count(), 0);
  }, { locale: 'th-TH' });
});

/** The newer languages: the tag lang= takes, the browser's tag that picks it, the menu's name. */
const NEWER = [
  ['pt-BR', 'pt-BR', 'Português (Brasil)'],
  ['ja', 'ja-JP', '日本語'],
  ['ko', 'ko-KR', '한국어'],
  ['ru', 'ru-RU', 'Русский'],
  ['id', 'id-ID', 'Bahasa Indonesia'],
];

test('Portuguese, Japanese, Korean, Russian and Indonesian: lang= and the browser pick them', async (t) => {
  let english;
  await withPage(env, `${t.name} (en)`, '?seed=1', async (s) => {
    english = await text(s, 'start');
  });
  for (const [tag, browser, name] of NEWER) {
    await withPage(env, `${t.name} (lang=${tag})`, `?seed=1&lang=${tag}`, async (s) => {
      await waitForLanguage(s.page, tag);
      assert.equal(await s.page.locator(sel('language-failed')).count(), 0, `${tag} loaded`);
      const option = s.page.locator(`${sel('language-menu')} option[value="${tag}"]`);
      assert.equal((await option.textContent()).trim(), name, 'named in its own language');
      assert.notEqual(await text(s, 'start'), english, 'the start button is translated');
    });
    await withPage(env, `${t.name} (${browser})`, '?seed=1', async (s) => {
      await waitForLanguage(s.page, tag);
    }, { locale: browser });
  }
});

test('an unknown lang is named in param-errors and English is used', async (t) => {
  await withPage(env, t.name, '?seed=1&lang=zh-TW', async (s) => {
    const errors = await text(s, 'param-errors');
    // The value given is isolated, so its direction cannot turn the sentence.
    assert.match(errors, /lang=\u2068zh-TW\u2069/);
    assert.match(errors, /zh-Hans/);
    assert.equal((await documentLanguage(s.page)).lang, 'en');
  });
});

test('a lesson written on a Spanish page is in Spanish; on an English page it names no language', async (t) => {
  const lessonOf = async (page) => {
    await page.click(sel('lessons-open'));
    await page.click(sel('lesson-editor-open'));
    await page.click(sel('lesson-editor-add'));
    await page.fill(sel('lesson-editor-title'), 'Título');
    await page.locator(sel('lesson-editor-text')).first().fill('Texto');
    const link = await page.locator(sel('lesson-editor-link')).inputValue();
    return JSON.parse(Buffer.from(link.split('#lesson=')[1], 'base64url').toString('utf8'));
  };
  await withPage(env, t.name, '?seed=1&lang=es', async (s) => {
    await waitForLanguage(s.page, 'es');
    assert.equal((await lessonOf(s.page)).lang, 'es');
  });
  await withPage(env, `${t.name} (en)`, '?seed=1', async (s) => {
    assert.equal((await lessonOf(s.page)).lang, undefined);
  });
});

test('the language menu switches the page, its address and its links', async (t) => {
  await withPage(env, t.name, '?seed=1', async (s) => {
    const before = await text(s, 'start');
    await s.page.selectOption(sel('language-menu'), 'fr');
    await waitForLanguage(s.page, 'fr');
    assert.notEqual(await text(s, 'start'), before, 'the start button is translated');
    assert.match(await s.page.evaluate(() => location.search), /[?&]lang=fr(&|$)/);
    assert.match(await s.page.getAttribute(sel('share-link'), 'href'), /[?&]lang=fr(&|$)/);
    await s.page.selectOption(sel('language-menu'), 'en');
    await waitForLanguage(s.page, 'en');
    assert.equal(await text(s, 'start'), before);
  });
});

test('the test hooks keep plain digits in every language', async (t) => {
  await withPage(env, t.name, '?seed=4&speed=max&autoplay=1&lang=ar', async (s) => {
    await waitForLanguage(s.page, 'ar');
    await s.page.waitForFunction(() => document.querySelector('[data-testid="status"]')?.textContent.trim() === 'finished');
    assert.match(await text(s, 'clock'), /^\d+\.\d\d$/);
    for (const counter of ['doses-given', 'doses-wasted', 'boxes-done', 'boxes-in-depot']) {
      assert.match(await text(s, counter), /^\d+$/, counter);
    }
    assert.equal(Number(await text(s, 'boxes-done')), 100);
  });
});

for (const [width, height] of [[1440, 900], [390, 844]]) {
  test(`Arabic runs right to left with no sideways scrolling (${width} px)`, async (t) => {
    await withPage(env, `${t.name}`, '?seed=2&lang=ar&speed=max&autoplay=1', async (s) => {
      await waitForLanguage(s.page, 'ar');
      await s.page.waitForFunction(() => document.querySelector('[data-testid="status"]')?.textContent.trim() === 'finished');
      const shown = await documentLanguage(s.page);
      assert.equal(shown.dir, 'rtl');
      assert.ok(shown.sideways <= 0, `the page scrolls sideways by ${shown.sideways} px`);
    }, { viewport: { width, height } });
  });
}

test('pseudo-locale: every text of the page, its panels and a failure comes from the messages', async (t) => {
  await withPage(env, t.name, '?lang=qps&seed=3&fail=0.003&speed=max&autoplay=1', async (s) => {
    await waitForLanguage(s.page, 'qps');
    await assertAllFromMessages(s.page, 'on load');
    await s.page.waitForFunction(() => document.querySelector('[data-testid="status"]')?.textContent.trim() === 'finished');
    await s.page.waitForSelector(`${sel('policy-comparison')}:not([aria-busy="true"])`);
    await assertAllFromMessages(s.page, 'finished with failures');
    await s.page.click(sel('step-back'));
    await assertAllFromMessages(s.page, 'stepped back');
  });
});

test('pseudo-locale: the dialogs', async (t) => {
  await withPage(env, t.name, '?lang=qps&seed=1', async (s) => {
    await waitForLanguage(s.page, 'qps');
    for (const [open, dialog] of [['help', 'help-dialog'], ['share', 'share-dialog'], ['lessons-open', 'lesson-card']]) {
      await s.page.click(sel(open));
      await s.page.waitForSelector(sel(dialog));
      await assertAllFromMessages(s.page, `${open} open`);
      await s.page.keyboard.press('Escape');
    }
    await s.page.click(sel('lessons-open'));
    await s.page.click(sel('lesson-editor-open'));
    await s.page.waitForSelector(sel('lesson-editor'));
    await s.page.click(sel('lesson-editor-add'));
    await assertAllFromMessages(s.page, 'lesson editor');
  });
});

test('pseudo-locale: a lesson with its prediction and answer', async (t) => {
  await withPage(env, t.name, '?lang=qps&lesson=article', async (s) => {
    await waitForLanguage(s.page, 'qps');
    await s.page.waitForSelector(sel('lesson'));
    await assertAllFromMessages(s.page, 'lesson step 1');
    for (let step = 1; step < 6; step += 1) {
      if (await s.page.locator(sel('prediction-choice')).count()) {
        await s.page.locator(sel('prediction-choice')).first().click();
        await s.page.waitForSelector(sel('prediction-result'));
        await assertAllFromMessages(s.page, `lesson step ${step + 1}, answered`);
      }
      await s.page.click(sel('lesson-next'));
      await assertAllFromMessages(s.page, `lesson step ${step + 1}`);
    }
  });
});

test('pseudo-locale: parameter errors, the article loop and the other policies', async (t) => {
  await withPage(env, t.name, '?lang=qps&stations=0&capacity=abc&shot_min=2&shot_max=1&speeds=x&breaks=zz&seed=nope&policy=article&blocking=9&speed=max&autoplay=1', async (s) => {
    await waitForLanguage(s.page, 'qps');
    await s.page.waitForSelector(sel('param-errors'));
    await s.page.waitForFunction(() => document.querySelector('[data-testid="status"]')?.textContent.trim() === 'finished');
    await assertAllFromMessages(s.page, 'errors, article finished');
  });
  for (const policy of ['all', 'queue', 'taskgroup', 'workers']) {
    await withPage(env, `${t.name} (${policy})`, `?lang=qps&seed=5&blocking=2&policy=${policy}&speed=max&autoplay=1`, async (s) => {
      await waitForLanguage(s.page, 'qps');
      await s.page.waitForFunction(() => document.querySelector('[data-testid="status"]')?.textContent.trim() === 'finished');
      await assertAllFromMessages(s.page, `${policy} finished`);
    });
  }
});

test('pseudo-locale: a large lot, an embed and fuzz mode', async (t) => {
  await withPage(env, t.name, '?lang=qps&stations=1000&boxes=2000&seed=9&speed=max&autoplay=1', async (s) => {
    await waitForLanguage(s.page, 'qps');
    await s.page.waitForFunction(() => document.querySelector('[data-testid="status"]')?.textContent.trim() === 'finished');
    await assertAllFromMessages(s.page, '1000 stations');
  });
  await withPage(env, `${t.name} (embed)`, '?lang=qps&embed=1&panels=all&seed=1', async (s) => {
    await waitForLanguage(s.page, 'qps');
    await assertAllFromMessages(s.page, 'embed');
  });
  await withPage(env, `${t.name} (fuzz)`, '?lang=qps&fuzz=1&seed=1', async (s) => {
    await waitForLanguage(s.page, 'qps');
    await s.page.waitForFunction(() => Number(document.querySelector('[data-testid="fuzz-report"]')?.getAttribute('data-actions')) > 20);
    await assertAllFromMessages(s.page, 'fuzz');
  });
});
