// The clipboard as people meet it: a plain-http intranet address (no navigator.clipboard
// there), copying inside the click itself (Firefox and Safari insist), a snippet's Copy
// button, and pasting with the real Ctrl+V.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  appState, clickWidget, clipboardText, downloadFrom, launchBrowser, mouseAway, newContext, openApp, paste, pressChord, pressKey,
  settle, useBrowserAndServer
} from './harness.mjs';

const env = useBrowserAndServer();

// Records, in the page, every way the app writes to the clipboard or opens the file picker,
// with the event being handled at that moment (window.event): inside a click that is
// 'mouseup', inside a key press 'keydown'; from an animation frame, nothing.
function recordGestures() {
  window.kickstartCalls = [];
  const note = (what, result) => window.kickstartCalls.push({ what, event: window.event ? window.event.type : '', result });
  const execCommand = Document.prototype.execCommand;
  Document.prototype.execCommand = function (...args) {
    const result = execCommand.apply(this, args);
    note(`execCommand:${args[0]}`, result);
    return result;
  };
  if (navigator.clipboard) {
    const writeText = navigator.clipboard.writeText.bind(navigator.clipboard);
    navigator.clipboard.writeText = (text) => { note('clipboard.writeText', text); return writeText(text); };
  }
  const click = HTMLInputElement.prototype.click;
  HTMLInputElement.prototype.click = function () {
    if (this.type === 'file') note('file picker', this.id);
    return click.call(this);
  };
}

test('on a plain-http intranet address, Copy link works through the execCommand fallback, inside the click', async () => {
  // intranet.test resolves to this machine: an ordinary host name over http, which unlike
  // localhost is not a secure context.
  const port = new URL(env.server.url).port;
  const browser = await launchBrowser({ args: ['--host-resolver-rules=MAP intranet.test 127.0.0.1'] });
  const context = await newContext(browser);
  await context.addInitScript(recordGestures);
  const address = `http://intranet.test:${port}/`;
  const { page, errors } = await openApp(context, address);
  assert.equal(await page.evaluate(() => window.isSecureContext), false, 'not a secure context');
  assert.equal(await page.evaluate(() => typeof navigator.clipboard), 'undefined', 'no async clipboard API');
  await clickWidget(page, 'welcome.skip');
  await clickWidget(page, 'plan.copy_link');
  await page.waitForFunction(() => window.kickstart.state().notice !== '');
  const state = await appState(page);
  assert.match(state.notice, /^Link copied\./);
  const calls = await page.evaluate(() => window.kickstartCalls);
  assert.deepEqual(calls, [{ what: 'execCommand:copy', event: 'mouseup', result: true }],
    'one execCommand copy, inside the mouse click, and it succeeded');
  // What the clipboard holds, read from a page where reading is allowed.
  const reader = await context.newPage();
  await reader.goto(env.server.url);
  assert.equal(await clipboardText(reader), `${address}#${state.link}`);
  assert.deepEqual(errors, []);
  await context.close();
  await browser.close();
});

test('copying and the file picker run inside the click or key press that asked for them', async () => {
  const context = await newContext(env.browser);
  await context.addInitScript(recordGestures);
  const { page, errors } = await openApp(context, env.server.url);
  await clickWidget(page, 'welcome.skip');
  await clickWidget(page, 'plan.copy_link');
  await page.waitForFunction(() => window.kickstart.state().notice.startsWith('Link copied'));
  let calls = await page.evaluate(() => window.kickstartCalls);
  assert.deepEqual(calls.map(({ what, event }) => [what, event]), [['clipboard.writeText', 'mouseup']]);
  assert.equal(await clipboardText(page), page.url());

  const chooser = page.waitForEvent('filechooser');
  await clickWidget(page, 'plan.open_file');
  await chooser;
  calls = await page.evaluate(() => window.kickstartCalls);
  assert.deepEqual(calls[1], { what: 'file picker', event: 'mouseup', result: 'kickstart-file' });

  // By keyboard: Shift+Tab back to Copy link (from Open plan file…), Enter.
  await mouseAway(page);
  await page.evaluate(() => { window.kickstartCalls = []; });
  for (let i = 0; i < 20 && (await appState(page)).focused !== 'plan.copy_link'; i += 1) await pressChord(page, 'Shift', 'Tab');
  assert.equal((await appState(page)).focused, 'plan.copy_link');
  await pressKey(page, 'Enter');
  calls = await page.evaluate(() => window.kickstartCalls);
  assert.deepEqual(calls.map(({ what, event }) => [what, event]), [['clipboard.writeText', 'keydown']]);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a snippet\'s Copy button puts exactly that snippet on the clipboard', async () => {
  const context = await newContext(env.browser);
  const { page, errors } = await openApp(context, env.server.url);
  await clickWidget(page, 'welcome.example.scaleup');
  const plan = JSON.parse((await downloadFrom(page, 'plan.download_json')).text);
  const item = plan.items.find((candidate) => candidate.snippets.length >= 2);
  assert.ok(item, 'an action with two snippets');
  await clickWidget(page, `plan.item.${item.id}`);
  assert.equal((await appState(page)).selected, item.id);
  await clickWidget(page, 'plan.snippet.copy.1');
  await page.waitForFunction(() => window.kickstart.state().notice === 'Snippet copied.');
  assert.equal(await clipboardText(page), item.snippets[1].code);
  await clickWidget(page, 'plan.snippet.copy.0');
  await settle(page);
  assert.equal(await clipboardText(page), item.snippets[0].code);
  assert.deepEqual(errors, []);
  await context.close();
});

test('pasting with the real Ctrl+V types the clipboard into the field being edited, and nowhere else', async () => {
  const context = await newContext(env.browser);
  const { page, errors } = await openApp(context, env.server.url);
  await clickWidget(page, 'welcome.start');
  await clickWidget(page, 'q.org_name');
  await page.keyboard.type('Acme ', { delay: 20 });
  await paste(page, 'Zażółć Sp. z o.o.');  // clipboard + Ctrl held across frames + V
  assert.equal((await appState(page)).answers.org_name, 'Acme Zażółć Sp. z o.o.');
  await pressKey(page, 'Enter');
  // With no field being edited, Ctrl+V changes nothing.
  await paste(page, 'Ignored');
  const state = await appState(page);
  assert.equal(state.answers.org_name, 'Acme Zażółć Sp. z o.o.');
  assert.equal(state.editing_text, false);
  assert.deepEqual(errors, []);
  await context.close();
});
