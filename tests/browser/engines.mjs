// Firefox and WebKit for the cross-engine suite, behind the small part of Playwright's page
// API the shared helpers use (evaluate, waitForFunction, mouse, keyboard, screenshot), so
// clickWidget, replaceText, scrollIntoView ... drive them unchanged:
//   Firefox ESR — puppeteer-core over WebDriver BiDi (Playwright's Firefox protocol needs
//                 Playwright's own patched Firefox build);
//   WebKitGTK   — selenium-webdriver -> WebKitWebDriver -> MiniBrowser --automation.
// Both need an X display for WebGL 2 (headless Firefox without one has none; MiniBrowser has
// no headless mode): scripts/test starts Xvfb and passes it in KICKSTART_XVFB_DISPLAY,
// otherwise startDisplay() starts one for the test file. The user's own DISPLAY is never
// used, so no window opens on a desktop.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { Builder, Key, Origin } from 'selenium-webdriver';
import { startServer } from '../../scripts/serve.mjs';
import { siteDir } from './harness.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';
export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER ?? '/usr/bin/WebKitWebDriver';
export const MINIBROWSER = process.env.MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const RECORDER_PATH = '/kickstart-test-console-recorder.js';
// WebKitGTK's MiniBrowser window has a 38 px toolbar above the page.
const MINIBROWSER_TOOLBAR = 38;

// [SECTION] Display and server

// The X display to run the browsers on: scripts/test's Xvfb, or one started now (stopped by
// the returned stop()).
export async function startDisplay() {
  if (process.env.KICKSTART_XVFB_DISPLAY) return { display: process.env.KICKSTART_XVFB_DISPLAY, stop: async () => {} };
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '2600x1800x24', '-nolisten', 'tcp'],
    { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
  const display = await new Promise((resolveDisplay, rejectDisplay) => {
    let text = '';
    xvfb.stdio[3].on('data', (chunk) => {
      text += chunk;
      if (text.includes('\n')) resolveDisplay(`:${text.trim()}`);
    });
    xvfb.once('error', (error) => rejectDisplay(new Error(`Xvfb could not start (${error.message}); run scripts/setup`)));
    xvfb.once('exit', (code) => rejectDisplay(new Error(`Xvfb exited with ${code}`)));
  });
  return { display, stop: async () => { xvfb.kill(); } };
}

// The built site, with the console recorder loaded first in the page.
export function serveSiteRecorded() {
  return startServer({
    root: siteDir, headScript: { path: RECORDER_PATH, source: readFileSync(join(here, 'console-recorder.js'), 'utf8') },
  });
}

function freePort() {
  return new Promise((resolvePort, rejectPort) => {
    const probe = createServer();
    probe.once('error', rejectPort);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolvePort(port));
    });
  });
}

async function until(what, check, timeout = 30000, every = 50) {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await new Promise((done) => setTimeout(done, every));
  }
}

// The file a download wrote into `dir` after `before` (names already there), once complete.
export async function waitForDownload(dir, before, timeout = 30000) {
  const name = await until('a download', () => readdirSync(dir).find((file) => !before.includes(file) &&
    !file.endsWith('.part') && !file.endsWith('.download') && !file.startsWith('.') && statSync(join(dir, file)).size > 0),
  timeout);
  // Written in one go by both browsers, but wait until its size holds still.
  let size = -1;
  await until('the download to finish', () => {
    const now = statSync(join(dir, name)).size;
    const same = now === size;
    size = now;
    return same;
  }, timeout, 200);
  return { name, text: readFileSync(join(dir, name), 'utf8') };
}

// [SECTION] Firefox (puppeteer-core, WebDriver BiDi)

class FirefoxPage {
  constructor(context, page, downloads) {
    this.context = context;
    this.page = page;
    this.downloads = downloads;
    this.pageErrors = [];
    page.on('pageerror', (error) => this.pageErrors.push(String(error)));
    this.mouse = {
      move: (x, y) => page.mouse.move(x, y),
      down: () => page.mouse.down(),
      up: () => page.mouse.up(),
      click: (x, y) => page.mouse.click(x, y),
      wheel: (deltaX, deltaY) => page.mouse.wheel({ deltaX, deltaY }),
    };
    this.keyboard = {
      down: (key) => page.keyboard.down(key),
      up: (key) => page.keyboard.up(key),
      type: (text, { delay = 0 } = {}) => page.keyboard.type(text, { delay }),
    };
  }

  goto(url) { return this.page.goto(url); }
  reload() { return this.page.reload(); }
  // The browser's own Back and Forward (BiDi browsingContext.traverseHistory).
  goBack() { return this.page.goBack(); }
  goForward() { return this.page.goForward(); }
  url() { return this.page.url(); }
  viewportSize() { return this.page.viewport(); }
  evaluate(fn, arg) { return this.page.evaluate(fn, arg); }
  async waitForFunction(fn, arg, { timeout = 30000 } = {}) {
    await this.page.waitForFunction(fn, { timeout, polling: 50 }, arg);
  }
  async screenshot({ path }) {
    await afterTwoFrames(this);
    await this.page.screenshot({ path });
  }
  async consoleErrors() {
    const recorded = await this.evaluate(() => window.kickstartConsole?.errors ?? ['no console recorder in the page']);
    return [...recorded, ...this.pageErrors];
  }
  async close() { await this.context.close(); }
}

async function launchFirefox({ display }) {
  const downloads = mkdtempSync(join(tmpdir(), 'kickstart-firefox-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    env: { ...process.env, DISPLAY: display },
    extraPrefsFirefox: {
      'browser.download.dir': downloads,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.helperApps.neverAsk.saveToDisk': 'text/markdown,application/json',
      'browser.download.panel.shown': true,
    },
  });
  return {
    name: 'firefox',
    version: await browser.version(),
    downloads,
    // A new browser context each time: its own cookies and storage, as a fresh profile.
    async newPage({ width = 1280, height = 800, deviceScaleFactor = 1 } = {}) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport({ width, height, deviceScaleFactor });
      return new FirefoxPage(context, page, downloads);
    },
    close: () => browser.close(),
  };
}

// [SECTION] WebKit (selenium-webdriver, WebKitWebDriver, MiniBrowser)

const SELENIUM_KEYS = {
  Tab: Key.TAB, Enter: Key.ENTER, Escape: Key.ESCAPE, Shift: Key.SHIFT, Control: Key.CONTROL, Meta: Key.META,
  Alt: Key.ALT, Backspace: Key.BACK_SPACE, ArrowDown: Key.ARROW_DOWN, ArrowUp: Key.ARROW_UP,
  ArrowLeft: Key.ARROW_LEFT, ArrowRight: Key.ARROW_RIGHT, Home: Key.HOME, End: Key.END,
};
const seleniumKey = (key) => SELENIUM_KEYS[key] ?? key;

class WebKitPage {
  constructor(driver, process, downloads, viewport) {
    this.driver = driver;
    this.process = process;
    this.downloads = downloads;
    this.viewport = viewport;
    this.position = { x: 0, y: 0 };
    const act = (build) => build(this.driver.actions({ async: true })).perform();
    this.mouse = {
      move: (x, y) => {
        this.position = { x: Math.round(x), y: Math.round(y) };
        return act((a) => a.move({ ...this.position, origin: Origin.VIEWPORT, duration: 0 }));
      },
      down: () => act((a) => a.press()),
      up: () => act((a) => a.release()),
      click: (x, y) => {
        this.position = { x: Math.round(x), y: Math.round(y) };
        return act((a) => a.move({ ...this.position, origin: Origin.VIEWPORT, duration: 0 }).press().release());
      },
      wheel: (deltaX, deltaY) => act((a) => a.scroll(this.position.x, this.position.y, Math.round(deltaX),
        Math.round(deltaY), Origin.VIEWPORT)),
    };
    this.keyboard = {
      down: (key) => act((a) => a.keyDown(seleniumKey(key))),
      up: (key) => act((a) => a.keyUp(seleniumKey(key))),
      type: async (text, { delay = 0 } = {}) => {
        for (const character of text) {
          await act((a) => a.sendKeys(character));
          if (delay) await new Promise((done) => setTimeout(done, delay));
        }
      },
    };
  }

  goto(url) { return this.driver.get(url); }
  reload() { return this.driver.navigate().refresh(); }
  goBack() { return this.driver.navigate().back(); }
  goForward() { return this.driver.navigate().forward(); }
  async url() { return this.driver.getCurrentUrl(); }
  viewportSize() { return this.viewport; }
  // W3C Execute Script awaits a returned promise, as Playwright's evaluate does.
  evaluate(fn, arg) { return this.driver.executeScript(`return (${fn})(arguments[0]);`, arg); }
  async waitForFunction(fn, arg, { timeout = 30000 } = {}) {
    await until(`${fn}`, () => this.evaluate(fn, arg), timeout);
  }
  async screenshot({ path }) {
    await afterTwoFrames(this);
    writeFileSync(path, Buffer.from(await this.driver.takeScreenshot(), 'base64'));
  }
  async consoleErrors() {
    return this.evaluate(() => window.kickstartConsole?.errors ?? ['no console recorder in the page']);
  }
  async close() {
    await this.driver.quit().catch(() => {});
    this.process.kill();
  }
}

async function launchWebKit({ display }) {
  // MiniBrowser saves downloads to the XDG download folder of the HOME it runs with.
  const home = mkdtempSync(join(tmpdir(), 'kickstart-webkit-home-'));
  const downloads = join(home, 'Downloads');
  mkdirSync(join(home, '.config'), { recursive: true });
  mkdirSync(downloads);
  writeFileSync(join(home, '.config', 'user-dirs.dirs'), `XDG_DOWNLOAD_DIR="${downloads}"\n`);
  if (!existsSync(WEBKIT_DRIVER)) throw new Error(`${WEBKIT_DRIVER} is missing: run scripts/setup (webkit2gtk-driver)`);
  return {
    name: 'webkit',
    downloads,
    // One WebKitWebDriver and MiniBrowser per page: a fresh profile each time, and the
    // device-pixel ratio is GTK's window scale (GDK_SCALE), fixed when the browser starts.
    async newPage({ width = 1280, height = 800, deviceScaleFactor = 1 } = {}) {
      const port = await freePort();
      const driverProcess = spawn(WEBKIT_DRIVER, [`--port=${port}`], {
        env: { ...process.env, DISPLAY: display, HOME: home, GDK_SCALE: String(deviceScaleFactor) },
        stdio: 'ignore',
      });
      await until('WebKitWebDriver', () => fetch(`http://127.0.0.1:${port}/status`).then((r) => r.ok, () => false));
      const driver = await new Builder().usingServer(`http://127.0.0.1:${port}`).withCapabilities({
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
      }).build();
      await driver.manage().window().setRect({ width, height: height + MINIBROWSER_TOOLBAR });
      this.version = (await driver.getCapabilities()).get('browserVersion');
      return new WebKitPage(driver, driverProcess, downloads, { width, height });
    },
    close: async () => {},
  };
}

// [SECTION] Shared

// Two animation frames, so what the app drew last is on screen before a screenshot.
async function afterTwoFrames(page) {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(true)))));
}

export async function launchEngine(name, options) {
  if (name === 'firefox') {
    if (!existsSync(FIREFOX)) throw new Error(`${FIREFOX} is missing: run scripts/setup (firefox-esr)`);
    return launchFirefox(options);
  }
  if (name === 'webkit') return launchWebKit(options);
  throw new Error(`unknown engine ${name}`);
}

// Opens the page in a new page of `engine` and waits for the app's first frame.
export async function openEngineApp(engine, url, viewport) {
  const page = await engine.newPage(viewport);
  await page.goto(url);
  await page.waitForFunction(() => document.body.classList.contains('app-ready') ||
    !document.getElementById('fatal').hidden, undefined, { timeout: 60000 });
  const fatal = await page.evaluate(() => (document.getElementById('fatal').hidden ? ''
    : `${document.getElementById('fatal-title').textContent}: ${document.getElementById('fatal-text').textContent}`));
  if (fatal) throw new Error(`${engine.name} shows the page's error instead of the app: ${fatal}`);
  return page;
}
