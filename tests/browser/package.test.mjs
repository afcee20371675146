// The release as an intranet gets it: dist/site under a sub-path on a server that sends
// .wasm with the wrong MIME type, the one-file HTML opened from disk, and a failed download.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startServer } from '../../scripts/serve.mjs';
import { appState, clickWidget, downloadFrom, launchBrowser, newContext, openApp, repoRoot, replaceText } from './harness.mjs';

const dist = join(repoRoot, 'dist');
let browser;
before(async () => {
  assert.ok(existsSync(join(dist, 'site/index.html')), 'dist/site exists (run ./scripts/package)');
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

test('dist/site under a sub-path, .wasm served as application/octet-stream: starts, and a share link round-trips', async () => {
  const server = await startServer({ root: join(dist, 'site'), prefix: '/tools/kickstart/',
    mimeTypes: { '.wasm': 'application/octet-stream' } });
  const context = await newContext(browser);
  const requests = [];
  context.on('request', (request) => requests.push(request.url()));
  const { page, errors } = await openApp(context, server.url);
  assert.ok(requests.every((url) => url.startsWith(server.url) || url.startsWith('data:') || url.startsWith('blob:')),
    'every file came from the sub-path');
  await clickWidget(page, 'welcome.start');
  await replaceText(page, 'q.org_name', 'Sub Path Org');
  await clickWidget(page, 'nav.to_plan');
  const link = page.url();
  assert.ok(link.startsWith(`${server.url}#v2.`), `the link stays on the sub-path: ${link}`);

  const other = await newContext(browser);
  const opened = await openApp(other, link);
  const state = await appState(opened.page);
  assert.equal(state.answers.org_name, 'Sub Path Org');
  assert.equal(state.screen, 'plan');
  assert.deepEqual(errors, []);
  assert.deepEqual(opened.errors, []);
  await context.close();
  await other.close();
  await server.close();
});

test('the one-file HTML opened from file:// starts, the wizard works, a download works', async () => {
  const context = await newContext(browser);
  const { page, errors } = await openApp(context, pathToFileURL(join(dist, 'backstage-kickstart.html')).href);
  await clickWidget(page, 'welcome.start');
  await replaceText(page, 'q.org_name', 'Wiki Org');
  await clickWidget(page, 'nav.next');
  assert.equal((await appState(page)).section, 1);
  await clickWidget(page, 'nav.to_plan');
  const markdown = await downloadFrom(page, 'plan.download_md');
  assert.ok(markdown.text.startsWith('# Backstage Kickstart plan for Wiki Org'));
  assert.deepEqual(errors, []);
  await context.close();
});

test('a failed download shows a clear message and a Retry button, not a blank canvas; Retry starts the app', async () => {
  // The server refuses the wasm (IIS without the mimeMap line) until the test fixes it.
  let refusing = true;
  const server = await startServer({ root: join(dist, 'site'), refuse: { test: (path) => refusing && /\.wasm$/.test(path) } });
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForSelector('#fatal:not([hidden])');
  assert.match(await page.textContent('#fatal-title'), /could not be downloaded/);
  assert.match(await page.textContent('#fatal-text'), /HTTP 404/);
  assert.ok(await page.isVisible('#fatal-retry'), 'Retry is offered');
  assert.equal(await page.isVisible('#loading'), false, 'no spinner behind the message');
  refusing = false;
  const reloaded = page.waitForEvent('load');
  await page.click('#fatal-retry');  // the real mouse on the real button
  await reloaded;
  await page.waitForFunction(() => document.body.classList.contains('app-ready'), null, { timeout: 30000 });
  assert.equal((await appState(page)).screen, 'welcome');
  assert.equal(await page.isVisible('#fatal'), false);
  await context.close();
  await server.close();
});
