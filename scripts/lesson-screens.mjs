// Screenshots of one lesson step in every language, on a phone and a wide
// screen, for reading each translation where learners read it.
// Usage: node scripts/lesson-screens.mjs [lesson] [step] [langs, comma-separated]
// Writes artifacts/lesson-<lang>-<width>.png (the first screenful) from dist/.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { startServer } from '../e2e/server.mjs';

const LANGS = ['en', 'es', 'de', 'fr', 'zh-Hans', 'ar', 'pt-BR', 'ja', 'ko', 'ru', 'id'];
const SCREENS = [
  { width: 390, height: 844 },
  { width: 1440, height: 900 },
];
const [lesson = 'one-thread', step = '2', langs = LANGS.join(',')] = process.argv.slice(2);

const root = new URL('../', import.meta.url).pathname;
mkdirSync(`${root}artifacts`, { recursive: true });
const server = await startServer(`${root}dist/`);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
try {
  for (const lang of langs.split(',')) {
    for (const screen of SCREENS) {
      const page = await browser.newPage({ viewport: screen });
      page.on('pageerror', (error) => console.error(`${lang}: page error: ${error.message}`));
      await page.goto(`${server.url}?lesson=${lesson}&lang=${lang}`);
      await page.waitForFunction((want) => document.documentElement.lang === want, lang);
      await page.waitForSelector('[data-testid="lesson-step"]');
      for (let at = 1; at < Number(step); at += 1) {
        await page.click('[data-testid="lesson-next"]');
        await page.waitForSelector(`[data-testid="lesson-step"][data-step="${at + 1}"]`);
      }
      await page.waitForTimeout(1500);
      const card = page.locator('[data-testid="lesson"]').first();
      if (await card.count()) await card.scrollIntoViewIfNeeded();
      const wide = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      const out = `${root}artifacts/lesson-${lang}-${screen.width}.png`;
      await page.screenshot({ path: out });
      console.log(`${out}${wide > 0 ? `  scrolls sideways by ${wide} px` : ''}`);
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
