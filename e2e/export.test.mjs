// End-to-end tests of export for slides: the Export button of the first
// build loads the build with export at the same moment (export=1), which
// opens the dialog; a range, a size and a speed make a WebM (the
// browser's MediaRecorder) and a GIF (the GIF module) whose frames and
// size are read back here, a PNG of the moment on screen, and a range
// that cannot be exported is named with what is accepted.
//
// Frame k of an export shows the lot at from + k·speed/fps, for
// k = 0 ..= floor((to − from)·fps / speed), fps = 10 (docs/reference.md):
// the expected count below comes from that formula, not from the page.
// Each frame's clock differs (a hundredth of a second is the least step
// shown, and the least step between frames is 0.025 s), so no encoder can
// drop one as a repeat and still be counted right.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

import { e2eEnvironment, withPage, sel, waitFinished, clock } from './helpers.mjs';

const env = e2eEnvironment();
const MIN = 60_000;
const FPS = 10;

/** Frames of an export of [from, to] at `speed` (the documented formula). */
const expectedFrames = (from, to, speed) => Math.floor(((to - from) * FPS) / speed + 1e-9) + 1;

// ---- GIF: the logical screen and the image descriptors, block by block.

function readGif(bytes) {
  assert.equal(bytes.subarray(0, 6).toString('latin1'), 'GIF89a', 'a GIF89a file');
  const width = bytes.readUInt16LE(6);
  const height = bytes.readUInt16LE(8);
  const packed = bytes[10];
  let at = 13 + (packed & 0x80 ? 3 * 2 ** ((packed & 7) + 1) : 0);
  const skipSubBlocks = () => {
    while (bytes[at] !== 0) at += bytes[at] + 1;
    at += 1;
  };
  let frames = 0;
  const delays = [];
  for (;;) {
    const introducer = bytes[at];
    if (introducer === 0x3b) break; // trailer
    if (introducer === 0x21) {
      const label = bytes[at + 1];
      if (label === 0xf9) delays.push(bytes.readUInt16LE(at + 4));
      at += 2;
      skipSubBlocks();
    } else if (introducer === 0x2c) {
      frames += 1;
      const local = bytes[at + 9];
      at += 10 + (local & 0x80 ? 3 * 2 ** ((local & 7) + 1) : 0);
      at += 1; // LZW minimum code size
      skipSubBlocks();
    } else {
      throw new Error(`unexpected GIF block 0x${introducer?.toString(16)} at ${at}`);
    }
    assert.ok(at < bytes.length, 'the GIF ends with its trailer');
  }
  return { width, height, frames, delays };
}

// ---- WebM: EBML elements walked in order, entering the masters (their
// size may be unknown, as MediaRecorder writes the Segment and Clusters).

const MASTERS = new Set([
  0x18538067, // Segment
  0x1f43b675, // Cluster
  0x1654ae6b, // Tracks
  0xae, // TrackEntry
  0xe0, // Video
  0xa0, // BlockGroup
]);
const PIXEL_WIDTH = 0xb0;
const PIXEL_HEIGHT = 0xba;
const SIMPLE_BLOCK = 0xa3;
const BLOCK = 0xa1;
const EBML = 0x1a45dfa3;

/** A variable-length integer at `at`: its length, and its value (the
 * marker bit kept for an ID, dropped for a size; `null` for unknown). */
function vint(bytes, at, keepMarker) {
  const first = bytes[at];
  let length = 1;
  while (length <= 8 && !(first & (0x80 >> (length - 1)))) length += 1;
  assert.ok(length <= 8, `a valid EBML integer at ${at}`);
  let value = keepMarker ? first : first & (0xff >> length);
  let allOnes = value === (0xff >> length);
  for (let i = 1; i < length; i += 1) {
    value = value * 256 + bytes[at + i];
    allOnes &&= bytes[at + i] === 0xff;
  }
  return { length, value: !keepMarker && allOnes ? null : value };
}

function readWebm(bytes) {
  const id = vint(bytes, 0, true);
  assert.equal(id.value, EBML, 'an EBML file');
  let at = 0;
  let width = null;
  let height = null;
  let blocks = 0;
  while (at < bytes.length) {
    const element = vint(bytes, at, true);
    const size = vint(bytes, at + element.length, false);
    const data = at + element.length + size.length;
    if (MASTERS.has(element.value)) {
      at = data; // enter it
      continue;
    }
    assert.notEqual(size.value, null, `element 0x${element.value.toString(16)} has a size`);
    const readUint = () => bytes.readUIntBE(data, size.value);
    if (element.value === PIXEL_WIDTH) width = readUint();
    if (element.value === PIXEL_HEIGHT) height = readUint();
    if (element.value === SIMPLE_BLOCK || element.value === BLOCK) blocks += 1;
    at = data + size.value;
  }
  return { width, height, frames: blocks };
}

// ---- PNG: the IHDR chunk.

function readPng(bytes) {
  assert.equal(bytes.subarray(1, 4).toString('latin1'), 'PNG');
  assert.equal(bytes.subarray(12, 16).toString('latin1'), 'IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Sets the dialog's fields. */
async function choose(page, { from, to, width, speed }) {
  await page.fill(sel('export-from'), String(from));
  await page.fill(sel('export-to'), String(to));
  await page.selectOption(sel('export-width'), String(width));
  await page.selectOption(sel('export-speed'), String(speed));
}

/** Clicks `testid` and resolves to the file it downloads. */
async function download(page, testid) {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 3 * MIN }), page.click(sel(testid))]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

test('Export loads the build with export at the same moment; WebM, GIF and PNG decode to the size and frames asked for', { timeout: 8 * MIN }, async (t) => {
  await withPage(env, t.name, '?seed=3&speed=max&autoplay=1', async (s) => {
    const { page } = s;
    const gifFetched = [];
    page.on('request', (request) => {
      if (/vaccination-lot-gif/.test(request.url())) gifFetched.push(request.url());
    });
    await waitFinished(s);
    const before = await clock(s);
    await page.click(sel('export-open'));
    // The page comes back with the build that has export, the dialog open.
    await page.locator(sel('export-dialog')).waitFor({ timeout: 2 * MIN });
    assert.match(page.url(), /[?&]export=1/);
    assert.equal(await clock(s), before, 'the same moment of the same run');

    const asked = { from: 1, to: 3, width: 480, speed: 1 };
    const frames = expectedFrames(asked.from, asked.to, asked.speed);
    assert.equal(frames, 21);
    const height = 270; // 16:9
    await choose(page, asked);
    await page.locator(`${sel('export-plan')}[data-frames="${frames}"]`).waitFor();

    // A WebM takes a frame's time per frame (2 s here), so the bar is
    // seen running before the file comes.
    const webmDownload = download(page, 'export-webm');
    await page.locator(`${sel('export-progress')}[data-state="working"]`).waitFor();
    const webm = await webmDownload;
    assert.equal(webm.name, 'vaccination-lot.webm');
    const video = readWebm(webm.bytes);
    assert.deepEqual(video, { width: asked.width, height, frames }, 'the WebM: its size and one block per frame');
    const bar = page.locator(sel('export-progress'));
    assert.equal(await bar.getAttribute('value'), String(frames), 'the progress bar ran to the end');
    assert.equal(await bar.getAttribute('max'), String(frames));

    assert.deepEqual(gifFetched, [], 'the GIF module is not fetched before a GIF is exported');
    // Another range and speed for the GIF: floor((6 − 2)·10 / 2) + 1 = 21.
    const gifAsked = { from: 2, to: 6, width: 320, speed: 2 };
    await choose(page, gifAsked);
    const gifFrames = expectedFrames(gifAsked.from, gifAsked.to, gifAsked.speed);
    const gif = await download(page, 'export-gif');
    assert.equal(gif.name, 'vaccination-lot.gif');
    const animation = readGif(gif.bytes);
    assert.equal(animation.width, gifAsked.width);
    assert.equal(animation.height, 180);
    assert.equal(animation.frames, gifFrames, 'one image per frame');
    assert.ok(animation.delays.every((delay) => delay === 100 / FPS), `each frame 1/${FPS} s: ${animation.delays}`);
    assert.equal(gifFetched.length, 2, `the GIF module's glue and wasm, once: ${gifFetched}`);

    await page.selectOption(sel('export-width'), '640');
    const png = await download(page, 'export-png');
    assert.equal(png.name, 'vaccination-lot.png');
    assert.deepEqual(readPng(png.bytes), { width: 640, height: 360 });
    assert.match(await page.locator(sel('export-status')).textContent(), /vaccination-lot\.png/);
  });
});

test('a range that cannot be exported is named with what is accepted, and nothing is exported', { timeout: 3 * MIN }, async (t) => {
  await withPage(env, t.name, '?seed=3&export=1', async (s) => {
    const { page } = s;
    await page.locator(sel('export-dialog')).waitFor({ timeout: 2 * MIN });
    await choose(page, { from: 3, to: 2, width: 480, speed: 1 });
    assert.match(await page.locator(sel('export-error')).textContent(), /To must be later than From/);
    assert.ok(await page.locator(sel('export-webm')).isDisabled());
    assert.ok(await page.locator(sel('export-gif')).isDisabled());

    // Once the run has been measured for the timeline, its end is the limit.
    await page.fill(sel('export-to'), '100000');
    await page.waitForFunction(() =>
      /To must be between 0 and [1-9]\d*\.\d\d s/.test(document.querySelector('[data-testid="export-error"]')?.textContent),
    );

    await page.fill(sel('export-from'), 'soon');
    assert.match(await page.locator(sel('export-error')).textContent(), /From: “soon” is not a number of seconds/);

    await choose(page, { from: 0, to: 100, width: 480, speed: 0.25 });
    assert.match(await page.locator(sel('export-error')).textContent(), /4001 frames.*at most 600/);

    // The page goes on: the run still plays with the dialog closed.
    await page.click(sel('export-close'));
    await page.click(sel('start'));
    await page.waitForFunction(() => Number(document.querySelector('[data-testid="clock"]').textContent) > 0);
  });
});
