// Shared by the browser tests: Debian's Chromium driven by playwright-core, the built page
// served on a free local port, console errors collected, widgets clicked where they are.
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { inflateSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../scripts/serve.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const repoRoot = resolve(here, '../..');
export const siteDir = process.env.KICKSTART_SITE_DIR ?? join(repoRoot, 'build/web/site');
export const artifactDir = process.env.KICKSTART_ARTIFACT_DIR ?? join(repoRoot, 'build/web/test-artifacts');

// The flags toolchain.md found necessary on a machine with no GPU and a closed network.
const CHROMIUM_ARGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
];

// Playwright gives each launch a fresh, temporary profile. `args`: extra Chromium flags.
export async function launchBrowser({ args = [] } = {}) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [...CHROMIUM_ARGS, ...args],
  });
}

// A fresh context: no cookies, no localStorage, the given window size and DPR. The page may
// use the clipboard (tests put text on it to paste with Ctrl+V, and read what was copied).
export async function newContext(browser, { width = 1280, height = 800, deviceScaleFactor = 1, ...options } = {}) {
  return browser.newContext({
    viewport: { width, height }, deviceScaleFactor, permissions: ['clipboard-read', 'clipboard-write'], ...options,
  });
}

export async function serveSite() {
  return startServer({ root: siteDir });
}

// One served site and one browser for a test file: returns an object whose `server` and
// `browser` are set before the first test and closed after the last.
export function useBrowserAndServer() {
  const env = {};
  before(async () => {
    env.server = await serveSite();
    env.browser = await launchBrowser();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

// Opens the page in a new tab of `context` and waits for the app's first frame. Returns the
// page and the list that collects console errors and uncaught exceptions.
export async function openApp(context, url) {
  const page = await context.newPage();
  const errors = [];
  page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(url);
  await page.waitForFunction(() => document.body.classList.contains('app-ready'), null, { timeout: 30000 });
  return { page, errors };
}

export async function appState(page) {
  return page.evaluate(() => window.kickstart.state());
}

// Waits until the app has drawn `frames` more frames, so a state read reflects the input.
export async function settle(page, frames = 3) {
  const start = (await appState(page)).frames;
  await page.evaluate(() => window.kickstart.requestFrames());
  await page.waitForFunction((target) => window.kickstart.state().frames >= target, start + frames);
}

// Scrolls (with the real mouse wheel, as a person would) until the widget is on screen,
// and returns its rectangle.
export async function scrollIntoView(page, name) {
  const viewport = page.viewportSize();
  let overRegion = false;
  let lastY;
  for (let attempt = 0; attempt < 40; attempt += 1) {
    const { widgets } = await appState(page);
    const rect = widgets[name];
    if (!rect) throw new Error(`widget '${name}' is not on screen; visible: ${Object.keys(widgets).join(', ')}`);
    // Fully inside both the window and the region that draws it (not under the nav bar).
    const below = rect.y + rect.height > Math.min(viewport.height, rect.clip_bottom) + 0.5;
    const above = rect.y < Math.max(0, rect.clip_top) - 0.5;
    if (!below && !above) return rect;
    // Mid-window; when a turn of the wheel there moved nothing (the plan's list, under its
    // header, can start below mid-window), over the middle of the region that draws it.
    if (lastY !== undefined && rect.y === lastY) overRegion = !overRegion;
    lastY = rect.y;
    const middle = (Math.max(0, rect.clip_top) + Math.min(viewport.height, rect.clip_bottom)) / 2;
    const y = overRegion ? middle : viewport.height / 2;
    await page.mouse.move(Math.min(rect.x + 10, viewport.width - 10), y);
    await page.mouse.wheel(0, below ? 120 : -120);
    await settle(page);
  }
  throw new Error(`widget '${name}' could not be scrolled into view`);
}

// A touch screen: fingers as Chromium's own touch events (CDP Input.dispatchTouchEvent), for
// a context made with hasTouch. A swipe's events carry the times the finger was at each point
// (on the page's clock, a frame apart), as a phone's carry its hardware's: a flick's speed is
// measured from them, not from when a slow, software-drawn frame let each event through.
export async function touchScreen(page) {
  const cdp = await page.context().newCDPSession(page);
  const viewport = page.viewportSize();
  const send = (type, points, timestamp) => cdp.send('Input.dispatchTouchEvent', {
    type, ...(timestamp === undefined ? {} : { timestamp }),
    touchPoints: points.map(([x, y], id) => ({ x, y, id, radiusX: 4, radiusY: 4, force: 1 })),
  });
  const nextFrame = () => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve())));
  const pageClock = () => page.evaluate(() => (performance.timeOrigin + performance.now()) / 1000);
  const screen = {
    send,
    // A finger down and up at (x, y), held for a frame as people do.
    async tapAt(x, y) {
      await send('touchStart', [[x, y]]);
      await nextFrame();
      await send('touchEnd', []);
      await settle(page);
    },
    // A finger from `from` to `to` in `steps` moves `stepMs` apart, then lifted at once (a
    // flick, when fast enough) or after resting `holdMs` (no flick).
    async swipe(from, to, { steps = 12, stepMs = 16, holdMs = 0 } = {}) {
      let at = await pageClock();
      await send('touchStart', [from], at);
      await nextFrame();
      for (let i = 1; i <= steps; i += 1) {
        at += stepMs / 1000;
        await send('touchMove', [[from[0] + ((to[0] - from[0]) * i) / steps, from[1] + ((to[1] - from[1]) * i) / steps]], at);
        await nextFrame();
      }
      await send('touchEnd', [], at + holdMs / 1000);
      await settle(page);
    },
    // Swipes (resting before each lift, so no flick) until the widget is inside the window
    // and the region drawing it, or its middle is when its region can go no further; returns
    // its rectangle.
    async swipeIntoView(name) {
      for (let attempt = 0; attempt < 30; attempt += 1) {
        const rect = (await appState(page)).widgets[name];
        if (!rect) throw new Error(`widget '${name}' is not drawn`);
        const bottom = Math.min(viewport.height, rect.clip_bottom);
        const top = Math.max(0, rect.clip_top);
        if (rect.y >= top - 0.5 && rect.y + rect.height <= bottom + 0.5) return rect;
        const centre = rect.y + rect.height / 2;
        if (attempt > 0 && centre > top + 4 && centre < bottom - 4) return rect;
        // An item scrolled out of its region reports a clip of no height: swipe mid-window then.
        const region = bottom - top >= 120;
        const x = Math.min(rect.x + 10, viewport.width - 10);
        const middle = region ? (top + bottom) / 2 : viewport.height / 2;
        const distance = region ? Math.min(250, (bottom - top) / 2) : 250;
        const up = rect.y + rect.height > bottom;
        await screen.swipe([x, middle + (up ? distance / 2 : -distance / 2)], [x, middle + (up ? -distance / 2 : distance / 2)],
          { holdMs: 150 });
      }
      throw new Error(`widget '${name}' could not be swiped into view`);
    },
    // Swipes the widget into view and taps its centre.
    async tap(name) {
      const rect = await screen.swipeIntoView(name);
      await screen.tapAt(rect.x + rect.width / 2, rect.y + rect.height / 2);
      await settle(page, 3);
      return rect;
    },
    // Two fingers around `centre`, `from` px apart, spread to `to` px apart, then lifted.
    async pinch([x, y], from, to, steps = 10) {
      const fingers = (gap) => [[x - gap / 2, y], [x + gap / 2, y]];
      await send('touchStart', fingers(from));
      for (let i = 1; i <= steps; i += 1) await send('touchMove', fingers(from + ((to - from) * i) / steps));
      await send('touchEnd', []);
      await settle(page);
    },
  };
  return screen;
}

// Clicks the centre of a widget the app published, with the real mouse.
export async function clickWidget(page, name) {
  const rect = await scrollIntoView(page, name);
  await page.mouse.click(rect.x + rect.width / 2, rect.y + rect.height / 2);
  await settle(page);
}

// Presses a key the way a person does: held across frames. ImGui 1.86 samples key state
// once per frame, so a down+up inside one frame (Playwright's press()) would be lost.
export async function pressKey(page, key) {
  await page.keyboard.down(key);
  await settle(page, 2);
  await page.keyboard.up(key);
  await settle(page, 2);
}

// Holds `modifier` (e.g. 'Control') while pressing `key`, across frames.
export async function pressChord(page, modifier, key) {
  await page.keyboard.down(modifier);
  await settle(page, 2);
  await pressKey(page, key);
  await page.keyboard.up(modifier);
  await settle(page, 2);
}

// Clicks a text or number field, selects what it holds and types `text` in its place.
export async function replaceText(page, widget, text) {
  await clickWidget(page, widget);
  await pressChord(page, 'Control', 'a');
  await page.keyboard.type(text, { delay: 20 });
  await settle(page);
  await pressKey(page, 'Enter');
}

// Pastes text as a person does: the text goes on the system clipboard, then Ctrl+V (the
// browser turns the shortcut into a paste event; needs the clipboard permissions newContext
// grants).
export async function paste(page, text) {
  await page.evaluate((value) => navigator.clipboard.writeText(value), text);
  await pressChord(page, 'Control', 'v');
  await settle(page);
}

// What the system clipboard holds (read from `page`, which must be a secure context).
export async function clipboardText(page) {
  return page.evaluate(() => navigator.clipboard.readText());
}

// Moves the mouse to the window's top-left corner, where nothing is, so no hover highlight
// or tooltip is left showing (before screenshots and keyboard-only steps).
export async function mouseAway(page) {
  await page.mouse.move(1, 1);
  await settle(page);
}

// Clicks a widget that starts a download and returns { name, text }.
export async function downloadFrom(page, widget) {
  const waiting = page.waitForEvent('download');
  await clickWidget(page, widget);
  const download = await waiting;
  const path = join(mkdtempSync(join(tmpdir(), 'kickstart-download-')), download.suggestedFilename());
  await download.saveAs(path);
  return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8'), path };
}

// The same plan from the kickstart CLI (the same core, built natively), for comparison.
export const cliPath = process.env.KICKSTART_CLI ?? join(repoRoot, 'build/native/src/cli/kickstart');
export function cliPlan(answers, { done = [], skipped = [], hours = {}, format = 'json', lang = 'en', date } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'kickstart-cli-'));
  const file = join(dir, 'plan.json');
  writeFileSync(file, JSON.stringify({
    schema: 'backstage-kickstart/plan', version: 1, answers, progress: { done, skipped, hours },
  }));
  const args = ['plan', '--answers', file, '--format', format, '--lang', lang];
  if (date) args.push('--date', date);
  return execFileSync(cliPath, args, { encoding: 'utf8' });
}

// Walks Welcome -> Context -> Tools -> Goals -> Review -> Plan, answering on the way.
export async function walkWizard(page, { shots } = {}) {
  const shot = async (name) => {
    if (!shots) return;
    await mouseAway(page);
    await page.screenshot({ path: artifactPath(`${shots}-${name}.png`) });
  };
  await shot('welcome');
  await clickWidget(page, 'welcome.start');
  assert.equal((await appState(page)).screen, 'questions');
  await replaceText(page, 'q.org_name', 'Acme Platform');
  await replaceText(page, 'q.hours_per_week', '6');
  await shot('context');
  await clickWidget(page, 'nav.next');
  assert.equal((await appState(page)).section, 1);
  await clickWidget(page, 'q.scm.gitlab');
  await clickWidget(page, 'q.ci.jenkins');
  await shot('tools');
  await clickWidget(page, 'nav.next');
  await clickWidget(page, 'q.goals.docs.up');  // docs above ownership
  await shot('goals');
  await clickWidget(page, 'nav.next');
  assert.equal((await appState(page)).screen, 'review');
  await shot('review');
  await clickWidget(page, 'nav.next');
  assert.equal((await appState(page)).screen, 'plan');
  await shot('plan');
  await clickWidget(page, 'plan.tab.1');
  await shot('timeline');
  await clickWidget(page, 'plan.tab.0');
}

export function artifactPath(name) {
  mkdirSync(artifactDir, { recursive: true });
  return join(artifactDir, name);
}

// [SECTION] Pixels: screenshots decoded, colours compared as WCAG does

// Decodes a PNG as Chromium's screenshots are (8-bit RGB or RGBA, not interlaced).
export function decodePng(buffer) {
  let position = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const data = [];
  while (position < buffer.length) {
    const length = buffer.readUInt32BE(position);
    const type = buffer.toString('ascii', position + 4, position + 8);
    const chunk = buffer.subarray(position + 8, position + 8 + length);
    if (type === 'IHDR') {
      width = chunk.readUInt32BE(0);
      height = chunk.readUInt32BE(4);
      assert.equal(chunk[8], 8, 'PNG: 8 bits per channel');
      assert.equal(chunk[12], 0, 'PNG: not interlaced');
      channels = { 2: 3, 6: 4 }[chunk[9]];
      assert.ok(channels, `PNG colour type ${chunk[9]}`);
    } else if (type === 'IDAT') {
      data.push(chunk);
    }
    position += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const pixels = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y += 1) {
    const filter = raw[y * (stride + 1)];
    const line = y * (stride + 1) + 1;
    const row = y * stride;
    for (let x = 0; x < stride; x += 1) {
      const a = x >= channels ? pixels[row + x - channels] : 0;
      const b = y > 0 ? pixels[row - stride + x] : 0;
      const c = x >= channels && y > 0 ? pixels[row - stride + x - channels] : 0;
      const p = a + b - c;
      const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a
        : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      const add = [0, a, b, (a + b) >> 1, paeth][filter];
      pixels[row + x] = (raw[line + x] + add) & 0xff;
    }
  }
  return { width, height, at: (x, y) => [0, 1, 2].map((i) => pixels[y * stride + x * channels + i]) };
}

const linear = (c) => { const v = c / 255; return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
const luminance = ([r, g, b]) => 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
// The WCAG 2.1 contrast ratio of two sRGB colours.
export function contrast(first, second) {
  const [light, dark] = [luminance(first), luminance(second)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

// The strongest contrast any pixel inside `rect` (CSS pixels) has against the colour at
// `background` ({x, y}, a point beside it): for a control, its edge; for text, its ink.
export async function strongestContrast(page, rect, background) {
  const dpr = await page.evaluate(() => window.devicePixelRatio);
  const left = Math.floor(Math.min(rect.x, background.x));
  const top = Math.floor(Math.min(rect.y, background.y));
  const right = Math.ceil(Math.max(rect.x + rect.width, background.x + 1));
  const bottom = Math.ceil(Math.max(rect.y + rect.height, background.y + 1));
  const image = decodePng(await page.screenshot({ clip: { x: left, y: top, width: right - left, height: bottom - top } }));
  const px = (x, y) => image.at(Math.min(image.width - 1, Math.round((x - left) * dpr)),
    Math.min(image.height - 1, Math.round((y - top) * dpr)));
  const base = px(background.x, background.y);
  let best = 1;
  for (let y = Math.round((rect.y - top) * dpr); y < Math.round((rect.y + rect.height - top) * dpr); y += 1) {
    for (let x = Math.round((rect.x - left) * dpr); x < Math.round((rect.x + rect.width - left) * dpr); x += 1) {
      best = Math.max(best, contrast(base, image.at(x, y)));
    }
  }
  return { ratio: best, background: base };
}

// [SECTION] Keyboard-only use

// Presses Tab (or Shift+Tab) until `widget` shows the keyboard focus; returns the widgets
// passed on the way, `widget` last.
export async function tabTo(page, widget, { limit = 60, shift = false } = {}) {
  const seen = [];
  for (let i = 0; i < limit; i += 1) {
    if (shift) await pressChord(page, 'Shift', 'Tab'); else await pressKey(page, 'Tab');
    const { focused } = await appState(page);
    seen.push(focused);
    if (focused === widget) return seen;
  }
  assert.fail(`Tab never reached ${widget}; it went ${seen.join(' > ')}`);
}

// Types `text` as a person does, then lets the app draw what it did with it.
export async function typeText(page, text) {
  await page.keyboard.type(text, { delay: 20 });
  await settle(page);
}
