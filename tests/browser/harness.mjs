// Shared by the browser tests: Debian's Chromium driven by playwright-core, the built page
// served on a free local port, console errors collected, widgets clicked where they are.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
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

// Clicks the centre of a widget the app published, with the real mouse.
export async function clickWidget(page, name) {
  const { widgets } = await appState(page);
  const rect = widgets[name];
  if (!rect) throw new Error(`widget '${name}' is not on screen; visible: ${Object.keys(widgets).join(', ')}`);
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

export function artifactPath(name) {
  mkdirSync(artifactDir, { recursive: true });
  return join(artifactDir, name);
}
