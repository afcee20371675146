// Shared by the browser tests: Debian's Chromium driven by playwright-core, the built page
// served on a free local port, console errors collected, widgets clicked where they are.
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

// Playwright gives each launch a fresh, temporary profile.
export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

// A fresh context: no cookies, no localStorage, the given window size and DPR.
export async function newContext(browser, { width = 1280, height = 800, deviceScaleFactor = 1 } = {}) {
  return browser.newContext({ viewport: { width, height }, deviceScaleFactor });
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
  for (let attempt = 0; attempt < 40; attempt += 1) {
    const { widgets } = await appState(page);
    const rect = widgets[name];
    if (!rect) throw new Error(`widget '${name}' is not on screen; visible: ${Object.keys(widgets).join(', ')}`);
    // Fully inside both the window and the region that draws it (not under the nav bar).
    const below = rect.y + rect.height > Math.min(viewport.height, rect.clip_bottom) + 0.5;
    const above = rect.y < Math.max(0, rect.clip_top) - 0.5;
    if (!below && !above) return rect;
    await page.mouse.move(Math.min(rect.x + 10, viewport.width - 10), viewport.height / 2);
    await page.mouse.wheel(0, below ? 120 : -120);
    await settle(page);
  }
  throw new Error(`widget '${name}' could not be scrolled into view`);
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

// Pastes text the way the browser delivers it: a paste event with clipboard data.
export async function paste(page, text) {
  await page.evaluate((value) => {
    const data = new DataTransfer();
    data.setData('text/plain', value);
    window.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
  }, text);
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
export function cliPlan(answers, { done = [], format = 'json', lang = 'en', date } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'kickstart-cli-'));
  const file = join(dir, 'plan.json');
  writeFileSync(file, JSON.stringify({
    schema: 'backstage-kickstart/plan', version: 1, answers, progress: { done },
  }));
  const args = ['plan', '--answers', file, '--format', format, '--lang', lang];
  if (date) args.push('--date', date);
  return execFileSync(cliPath, args, { encoding: 'utf8' });
}

// Walks Welcome -> Context -> Tools -> Goals -> Review -> Plan, answering on the way.
export async function walkWizard(page, { shots } = {}) {
  const shot = async (name) => { if (shots) await page.screenshot({ path: artifactPath(`${shots}-${name}.png`) }); };
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
