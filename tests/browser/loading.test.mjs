// Loading on real intranets: a server that answers the app's files with a web page (a
// sign-in page, a single-page-app fallback, status 200), or never answers at all, gets a
// plain message and a Retry button that reloads — in the browser's language — never an
// endless spinner or a raw CompileError.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../../scripts/serve.mjs';
import { appState, cliPlan, launchBrowser, newContext, repoRoot, siteDir } from './harness.mjs';

const SIGN_IN_PAGE = '<!doctype html><html><head><title>Sign in</title></head>' +
  '<body><form action="/login"><input name="user"><button>Sign in</button></form></body></html>';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

// A copy of the built site in which `file` holds a sign-in page (served with status 200).
function siteWithWebPageAs(file) {
  const copy = mkdtempSync(join(tmpdir(), 'kickstart-site-'));
  cpSync(siteDir, copy, { recursive: true });
  writeFileSync(join(copy, file), SIGN_IN_PAGE);
  return copy;
}

async function fatalMessage(page) {
  await page.waitForSelector('#fatal:not([hidden])', { timeout: 30000 });
  return {
    title: await page.textContent('#fatal-title'),
    text: await page.textContent('#fatal-text'),
    retry: await page.isVisible('#fatal-retry') ? await page.textContent('#fatal-retry') : null,
    spinner: await page.isVisible('#loading'),
  };
}

for (const file of ['app.js', 'app.wasm']) {
  test(`${file} answered with a sign-in page: a plain message, and Retry reloads the page`, async () => {
    const copy = siteWithWebPageAs(file);
    const server = await startServer({ root: copy });
    const context = await newContext(browser);
    const page = await context.newPage();
    const crashes = [];
    page.on('crash', () => crashes.push('crash'));
    await page.goto(server.url);
    const message = await fatalMessage(page);
    assert.match(message.text, /The server returned a web page instead of the app \(a sign-in page\?\)/);
    assert.ok(message.text.includes(file), `the message names ${file}: ${message.text}`);
    assert.ok(!/CompileError|SyntaxError/.test(message.text), 'no raw error for people to decipher');
    assert.equal(message.retry, 'Retry');
    assert.equal(message.spinner, false, 'the spinner is gone');

    // The sign-in is done (the server now answers with the app): Retry, clicked with the
    // mouse on the real button, reloads the page, which starts.
    cpSync(join(siteDir, file), join(copy, file));
    const reloaded = page.waitForEvent('load');
    await page.click('#fatal-retry');
    await reloaded;
    await page.waitForFunction(() => document.body.classList.contains('app-ready'), null, { timeout: 30000 });
    assert.equal((await appState(page)).screen, 'welcome');
    assert.equal(await page.isVisible('#fatal'), false);
    assert.deepEqual(crashes, []);
    await context.close();
    await server.close();
  });
}

test('the messages and the loading text are in Polish for a Polish browser', async () => {
  const copy = siteWithWebPageAs('app.wasm');
  const server = await startServer({ root: copy });
  const context = await newContext(browser, { locale: 'pl-PL' });
  const page = await context.newPage();
  await page.goto(server.url);
  const message = await fatalMessage(page);
  assert.match(message.title, /^Nie udało się uruchomić Backstage Kickstart$/);
  assert.match(message.text, /Zamiast aplikacji serwer zwrócił stronę internetową \(stronę logowania\?\) dla app\.wasm/);
  assert.equal(message.retry, 'Spróbuj ponownie');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'pl');
  assert.equal(await page.textContent('#loading-text'), 'Wczytywanie Backstage Kickstart…');
  await context.close();
  await server.close();
});

test('a download that never finishes gets a message with Retry after the time limit, not an endless spinner', async () => {
  // Serves the site, except that app.wasm is never answered (a proxy holding it).
  const held = [];
  const files = await startServer({ root: siteDir });
  const server = createServer(async (request, response) => {
    if (request.url.endsWith('.wasm')) {
      held.push(response);
      return;
    }
    const upstream = await fetch(new URL(request.url, files.url));
    response.writeHead(upstream.status, { 'Content-Type': upstream.headers.get('content-type') ?? 'text/plain' });
    response.end(Buffer.from(await upstream.arrayBuffer()));
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.clock.install();  // the page's timers run on a clock the test moves
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.waitForFunction(() => document.getElementById('loading-text').textContent.startsWith('Loading'));
  assert.equal(await page.isVisible('#fatal'), false, 'still loading: no message yet');
  await page.clock.runFor(31000);
  const message = await fatalMessage(page);
  assert.match(message.title, /taking too long to load/);
  assert.match(message.text, /has not started after 30 seconds/);
  assert.equal(message.retry, 'Retry');
  assert.equal(message.spinner, false);
  await context.close();
  for (const response of held) response.destroy();
  server.closeAllConnections?.();
  await new Promise((done) => server.close(done));
  await files.close();
});

// A browser without WebGL 2 (switched off by policy, or no usable GPU) or without WebAssembly
// gets the message that says which, not a blank canvas; no throwaway context is made to find out.
for (const [what, flag, title] of [
  ['WebGL 2', '--disable-3d-apis', 'WebGL 2 is not available'],
  // V8's flag to hide WebAssembly is not honoured by this Chromium: the page sees none instead.
  ['WebAssembly', null, 'WebAssembly is not available'],
]) {
  test(`a browser without ${what} says so`, async () => {
    const server = await startServer({ root: siteDir });
    const limited = await launchBrowser({ args: flag ? [flag] : [] });
    try {
      const page = await (await newContext(limited)).newPage();
      if (!flag) await page.addInitScript(() => { delete globalThis.WebAssembly; });
      await page.goto(server.url);
      const message = await fatalMessage(page);
      assert.equal(message.title, title);
      assert.equal(message.spinner, false, 'the spinner is gone');
      assert.equal(await page.isVisible('#canvas'), false, 'no blank canvas');
    } finally {
      await limited.close();
      await server.close();
    }
  });
}

// Without WebGL 2 the core still plans: a shared link's plan is shown as a page (the HTML
// report, the same as the download), readable, searchable and in the accessibility tree.
test('a browser without WebGL 2 shows a shared plan as a page', async () => {
  const answers = JSON.parse(readFileSync(join(repoRoot, 'assets/examples/scaleup.json'), 'utf8'));
  const expected = JSON.parse(cliPlan(answers));
  const server = await startServer({ root: siteDir });
  const limited = await launchBrowser({ args: ['--disable-3d-apis'] });
  try {
    const page = await (await newContext(limited)).newPage();
    await page.goto(`${server.url}#${expected.share_link}`);
    const message = await fatalMessage(page);
    assert.equal(message.title, 'WebGL 2 is not available');
    assert.match(message.text, /the plan you opened is shown below as a page/);
    assert.equal(message.spinner, false);
    const report = await page.evaluate(() => {
      const root = document.getElementById('plan-without-webgl')?.shadowRoot;
      if (!root) return null;
      const box = document.getElementById('plan-without-webgl').getBoundingClientRect();
      return {
        visible: box.height > 100,
        titles: Array.from(root.querySelectorAll('article.action h3'), (h) => h.textContent),
        text: root.textContent,
      };
    });
    assert.ok(report, 'the report is in the page');
    assert.ok(report.visible, 'and shown');
    assert.deepEqual(report.titles, expected.items.map((item) => `${item.order}. ${item.title}`));
    assert.ok(report.text.includes(answers.org_name), 'the organisation of the link');
    // The page scrolls to the end of the plan, and the browser's find-in-page reaches it.
    assert.equal(await page.evaluate(() => document.scrollingElement.scrollHeight > window.innerHeight), true);
    const last = expected.items[expected.items.length - 1].title;
    assert.equal(await page.evaluate((text) => window.find(text), last), true);
  } finally {
    await limited.close();
    await server.close();
  }
});

test('a browser without WebGL 2 and no shared plan says a link can still be read', async () => {
  const server = await startServer({ root: siteDir });
  const limited = await launchBrowser({ args: ['--disable-3d-apis'] });
  try {
    const page = await (await newContext(limited)).newPage();
    await page.goto(server.url);
    const message = await fatalMessage(page);
    assert.match(message.text, /A plan someone shares with you as a link can still be read here\.$/);
    assert.equal(await page.locator('#plan-without-webgl').count(), 0);
  } finally {
    await limited.close();
    await server.close();
  }
});
