// Takes a screenshot of the built app (dist/) in headless Chromium.
// Usage: node scripts/screenshot.mjs "<query>" <out.png> [wait-ms] [width] [css-selector]
// With a selector, only that element is captured; FULL_PAGE=0 captures the viewport only.
import { chromium } from 'playwright-core';
import { startServer } from '../e2e/server.mjs';

const [query = '?seed=1&speed=10&autoplay=1', out = 'artifacts/screenshot.png', waitMs = '3000', width = '1280', selector] =
  process.argv.slice(2);
const server = await startServer(new URL('../dist/', import.meta.url).pathname);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
  page.on('console', (message) => {
    if (message.type() === 'error') console.error('console error:', message.text());
  });
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(server.url + query);
  await page.waitForTimeout(Number(waitMs));
  if (selector) {
    await page.locator(selector).first().screenshot({ path: out });
  } else {
    // FULL_PAGE=0 keeps to the first screenful (1280 x 900 by default).
    await page.screenshot({ path: out, fullPage: process.env.FULL_PAGE !== '0' });
  }
  console.log(`saved ${out}`);
} finally {
  await browser.close();
  await server.close();
}
