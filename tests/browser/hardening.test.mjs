// A page opened by a whole company: nothing leaves the origin, user text cannot inject
// anything into the downloads, and absurd input gets a message, not a hang.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  appState, cliPlan, clickWidget, downloadFrom, newContext, openApp, paste, pressKey, settle, useBrowserAndServer,
  walkWizard
} from './harness.mjs';

const env = useBrowserAndServer();

test('every request of a full wizard run goes to the page\'s own origin', async () => {
  const context = await newContext(env.browser);
  const requests = [];
  context.on('request', (request) => requests.push(request.url()));
  const { page, errors } = await openApp(context, env.server.url);
  await walkWizard(page);
  await clickWidget(page, 'plan.item.catalog-discovery');
  await downloadFrom(page, 'plan.download_md');
  await downloadFrom(page, 'plan.download_json');
  await clickWidget(page, 'plan.copy_link');
  await page.reload();
  await page.waitForFunction(() => document.body.classList.contains('app-ready'));
  const origin = new URL(env.server.url).origin;
  const foreign = requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('blob:') && !url.startsWith('data:'));
  assert.ok(requests.length >= 5, `requests were recorded (${requests.length})`);
  assert.deepEqual(foreign, [], 'no request leaves the origin');
  // The policy is in the page itself, and nothing was refused by it.
  const policy = await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]').content);
  assert.match(policy, /default-src 'self'/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('HTML, Markdown links and control characters in the organisation name cannot inject anything', async () => {
  const hostile = '<img src=x onerror=alert(1)> [win](javascript:alert(1)) **x** #\u0001\u0007|`';
  // Through the text field: ImGui drops control characters, the rest must be escaped.
  const context = await newContext(env.browser);
  const { page, errors } = await openApp(context, env.server.url);
  await clickWidget(page, 'welcome.start');
  await clickWidget(page, 'q.org_name');
  await paste(page, hostile);
  await pressKey(page, 'Enter');
  const typed = (await appState(page)).answers.org_name;
  assert.equal(typed, hostile.replace(/[\u0000-\u001f]/g, ''));
  await clickWidget(page, 'nav.to_plan');
  const checkDownloads = async (name) => {
    const markdown = (await downloadFrom(page, 'plan.download_md')).text;
    assert.ok(!markdown.includes('<img'), 'no HTML tag');
    assert.ok(!markdown.includes('](javascript'), 'no link');
    assert.ok(!/[\u0000-\u0008\u000b-\u001f]/.test(markdown), 'no control characters');
    assert.ok(markdown.includes('&lt;img src=x onerror=alert\\(1\\)&gt; \\[win\\]\\(javascript\\:alert\\(1\\)\\)'));
    const json = JSON.parse((await downloadFrom(page, 'plan.download_json')).text);
    assert.equal(json.answers.org_name, name, 'JSON keeps the exact text, escaped by JSON itself');
  };
  await checkDownloads(typed);

  // Through a share link, which can carry control characters the field would not accept.
  const link = JSON.parse(cliPlan({ org_name: hostile })).share_link;
  const other = await newContext(env.browser);
  const opened = await openApp(other, `${env.server.url}#${link}`);
  assert.equal((await appState(opened.page)).answers.org_name, hostile);
  const markdown = (await downloadFrom(opened.page, 'plan.download_md')).text;
  assert.ok(!/[\u0000-\u0008\u000b-\u001f]/.test(markdown), 'no control characters from a link either');
  assert.ok(!markdown.includes('<img'));
  assert.deepEqual(errors, []);
  assert.deepEqual(opened.errors, []);
  await context.close();
  await other.close();
});

test('a 10,000-character organisation name gets a message and the last valid name stays', async () => {
  const context = await newContext(env.browser);
  const { page, errors } = await openApp(context, env.server.url);
  await clickWidget(page, 'welcome.start');
  await clickWidget(page, 'q.org_name');
  await page.keyboard.type('Acme', { delay: 20 });
  await settle(page);
  await paste(page, 'x'.repeat(10000));
  await settle(page);
  const state = await appState(page);
  assert.equal(state.field_messages.org_name, 'At most 80 characters.');
  assert.equal(state.answers.org_name, 'Acme');
  await pressKey(page, 'Escape');
  await clickWidget(page, 'nav.next');  // still responsive
  assert.equal((await appState(page)).section, 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a 1 MB share link gets a message; the page stays usable', async () => {
  const context = await newContext(env.browser);
  const { page, errors } = await openApp(context, `${env.server.url}#v1.${'A'.repeat(1024 * 1024)}`);
  const state = await appState(page);
  assert.match(state.notice, /^The link could not be opened: share link is 1048579 characters long; a plan link is at most 8192/);
  await clickWidget(page, 'welcome.start');
  assert.equal((await appState(page)).screen, 'questions');
  assert.ok(page.url().length < 1000, 'the address now holds the current plan\'s short link');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a 50 MB file offered for import gets a message and nothing is lost', async () => {
  const big = join(tmpdir(), 'kickstart-50mb.json');
  writeFileSync(big, Buffer.alloc(50 * 1024 * 1024, 0x20));
  const context = await newContext(env.browser);
  const { page, errors } = await openApp(context, env.server.url);
  await clickWidget(page, 'welcome.skip');
  const before = await appState(page);
  const chooser = page.waitForEvent('filechooser');
  await clickWidget(page, 'plan.open_file');
  await (await chooser).setFiles(big);
  await page.waitForFunction(() => window.kickstart.state().notice.includes('could not be opened'), null, { timeout: 30000 });
  const state = await appState(page);
  assert.match(state.notice, /plan file is 50 MB; a plan file is at most 4 MB/);
  assert.deepEqual(state.answers, before.answers);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a plan file saved in another encoding is an encoding problem, with its position, in Polish too', async () => {
  const context = await newContext(env.browser, { locale: 'pl-PL' });
  const { page, errors } = await openApp(context, env.server.url);
  await clickWidget(page, 'welcome.skip');
  const before = await appState(page);
  const chooser = page.waitForEvent('filechooser');
  await clickWidget(page, 'plan.open_file');
  // "Łódź" saved as Windows-1250: the page hands the app the bytes, not a decoded guess.
  await (await chooser).setFiles({
    name: 'plan-1250.json', mimeType: 'application/json',
    buffer: Buffer.from([...Buffer.from('{"org_name": "'), 0xA3, 0xF3, 0x64, 0x9F, ...Buffer.from('"}')]),
  });
  await page.waitForFunction(() => window.kickstart.state().notice !== '', null, { timeout: 30000 });
  const state = await appState(page);
  assert.equal(state.notice, 'Nie udało się otworzyć plan-1250.json: plik planu: problem z kodowaniem: to nie jest ' +
    'UTF-8 w wierszu 1, kolumnie 15 (bajt 15); oczekiwano tekstu zapisanego w UTF-8. Nic nie zostało zmienione.');
  assert.deepEqual(state.answers, before.answers);
  assert.deepEqual(errors, []);
  await context.close();
});
