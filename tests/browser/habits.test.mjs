// Web habits: notices as toasts that do not move the page, a details pane that starts at the
// top for each action, a keyboard path that skips the page's chrome, tooltips that wait and
// never hide the next row, a quick way to the plan from the Review, and macOS's ⌘ shortcuts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  appState, clickWidget, clipboardText, downloadFrom, mouseAway, newContext, openApp, pressChord, pressKey, settle,
  tabTo, typeText, useBrowserAndServer
} from './harness.mjs';

const env = useBrowserAndServer();

const overlaps = (a, b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

test('notices are toasts over the content: the layout does not move, success fades, errors stay until dismissed', async () => {
  const context = await newContext(env.browser);
  const { page, errors } = await openApp(context, env.server.url);
  await clickWidget(page, 'welcome.example.startup');
  let state = await appState(page);
  const row = `plan.item.${state.plan.order[3]}`;
  const rowBefore = state.widgets[row].y;
  const buttonBefore = state.widgets['plan.download_md'].y;
  await downloadFrom(page, 'plan.download_md');  // the cursor stays on the button
  state = await appState(page);
  assert.match(state.notice, /^Downloaded /);
  assert.equal(state.widgets['plan.download_md'].y, buttonBefore,
    `the button under the cursor did not move (it was at ${buttonBefore}, now ${state.widgets['plan.download_md'].y})`);
  assert.equal(state.widgets[row].y, rowBefore, 'nor did the list');
  const toast = state.widgets['notice.text'];
  assert.ok(toast, 'the toast is drawn');

  // It fades by itself within a few seconds, and the page then goes idle again.
  await page.waitForFunction(() => window.kickstart.state().notice === '', null, { timeout: 15000 });
  await page.waitForTimeout(1000);
  const frames = await page.evaluate(() => window.kickstart.framesDrawn());
  await page.waitForTimeout(2000);
  assert.equal(await page.evaluate(() => window.kickstart.framesDrawn()), frames, 'idle after the fade: no frames');

  // An error stays until it is dismissed; Escape dismisses it (and does nothing else).
  await page.evaluate(() => { window.location.hash = 'v1.broken$link'; });
  await page.waitForFunction(() => window.kickstart.state().notice.startsWith('The link could not be opened'));
  await page.waitForTimeout(8000);
  await settle(page);
  state = await appState(page);
  assert.match(state.notice, /^The link could not be opened/, 'the error is still there after 8 s');
  await pressKey(page, 'Escape');
  state = await appState(page);
  assert.equal(state.notice, '', 'Escape dismissed it');
  assert.equal(state.screen, 'plan', 'and stayed on the plan');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the details pane starts at the top when another action is selected', async () => {
  const context = await newContext(env.browser);
  const { page, errors } = await openApp(context, env.server.url);
  await clickWidget(page, 'welcome.example.enterprise');
  let state = await appState(page);
  const [first, second] = state.plan.order;
  await clickWidget(page, `plan.item.${second}`);
  const top = (await appState(page)).widgets['plan.details.done'].y;
  await clickWidget(page, `plan.item.${first}`);
  const firstTop = (await appState(page)).widgets['plan.details.done'].y;
  const details = (await appState(page)).widgets['plan.details.done'];
  await page.mouse.move(details.x + 200, details.y + 100);
  for (let i = 0; i < 4; i += 1) {
    await page.mouse.wheel(0, 120);
    await settle(page);
  }
  state = await appState(page);
  assert.ok(state.widgets['plan.details.done'].y < firstTop - 100, 'the details were scrolled down');
  await clickWidget(page, `plan.item.${second}`);
  state = await appState(page);
  assert.equal(state.selected, second);
  assert.equal(state.widgets['plan.details.done'].y, top, 'the newly selected action\'s details start at the top');
  assert.deepEqual(errors, []);
  await context.close();
});

test('keyboard: the first Tab on a screen is "Skip to content", which leads straight to the questions', async () => {
  const context = await newContext(env.browser);
  const { page, errors } = await openApp(context, env.server.url);
  await clickWidget(page, 'welcome.start');
  await mouseAway(page);
  await pressKey(page, 'Tab');
  let state = await appState(page);
  assert.equal(state.focused, 'top.skip', `the first stop skips the chrome (it was '${state.focused}')`);
  await pressKey(page, 'Enter');
  state = await appState(page);
  assert.equal(state.focused, 'q.org_name', 'Enter on it goes to the first question');
  assert.equal(state.editing_text, true);
  await typeText(page, 'Skipped');
  await pressKey(page, 'Enter');
  assert.equal((await appState(page)).answers.org_name, 'Skipped');
  // The next section, reached by keyboard, starts over: Tab, Enter, and the first question.
  await tabTo(page, 'nav.next');
  await pressKey(page, 'Enter');
  assert.equal((await appState(page)).section, 1);
  await pressKey(page, 'Tab');
  assert.equal((await appState(page)).focused, 'top.skip');
  await pressKey(page, 'Enter');
  assert.match((await appState(page)).focused, /^q\.scm\./, 'the first answer of "Your tools"');
  assert.deepEqual(errors, []);
  await context.close();
});

test('keyboard: tooltips wait before they show on keyboard focus, and never cover the next row', async () => {
  const context = await newContext(env.browser);
  const { page, errors } = await openApp(context, env.server.url);
  await clickWidget(page, 'welcome.example.scaleup');
  await mouseAway(page);
  const order = (await appState(page)).plan.order;
  await tabTo(page, `plan.done.${order[0]}`, { limit: 80 });
  let state = await appState(page);
  assert.equal(state.tooltip, '', `no tooltip the moment the focus arrives (it showed '${state.tooltip}')`);
  // ... but it comes by itself, without any more input.
  await page.waitForFunction(() => window.kickstart.state().tooltip !== '', null, { timeout: 5000 });
  state = await appState(page);
  assert.equal(state.tooltip, 'Done');
  const tip = state.tooltip_rect;
  assert.ok(tip && tip.width > 0, 'the tooltip\'s rectangle is published');
  for (const name of [`plan.item.${order[1]}`, `plan.done.${order[1]}`]) {
    assert.ok(!overlaps(tip, state.widgets[name]), `the tooltip does not cover ${name}`);
  }
  assert.ok(!overlaps(tip, state.widgets[`plan.done.${order[0]}`]), 'nor the box it explains');
  assert.deepEqual(errors, []);
  await context.close();
});

test('keyboard: the Review reaches "See the plan" in three keys, and Ctrl+Enter is the screen\'s primary action', async () => {
  const context = await newContext(env.browser);
  const { page, errors } = await openApp(context, env.server.url);
  await clickWidget(page, 'welcome.start');
  await clickWidget(page, 'stepper.3');
  await mouseAway(page);
  assert.equal((await appState(page)).screen, 'review');
  const keys = [];
  for (const key of ['Tab', 'Enter']) {
    await pressKey(page, key);
    keys.push(`${key}→${(await appState(page)).focused}`);
  }
  let state = await appState(page);
  assert.equal(state.focused, 'review.to_plan', `Tab, Enter lead to "See the plan" (${keys.join(', ')})`);
  await pressKey(page, 'Enter');
  assert.equal((await appState(page)).screen, 'plan');

  // Ctrl+Enter: Next on a questions screen, "See the plan" on the Review; a hint says so.
  await clickWidget(page, 'stepper.0');
  state = await appState(page);
  assert.match(state.hint ?? '', /Ctrl\+Enter/, `the shortcut is shown (hint: '${state.hint}')`);
  await pressChord(page, 'Control', 'Enter');
  assert.equal((await appState(page)).section, 1, 'Ctrl+Enter went to the next section');
  await clickWidget(page, 'stepper.3');
  await pressChord(page, 'Control', 'Enter');
  assert.equal((await appState(page)).screen, 'plan', 'and from the Review to the plan');
  assert.deepEqual(errors, []);
  await context.close();
});

// A Mac as the page sees one: the platform strings say so (Chromium on Linux stands in for
// Safari or Chrome on macOS; the keys are real, ⌘ is the Meta key).
function pretendMac() {
  Object.defineProperty(Navigator.prototype, 'platform', { get: () => 'MacIntel' });
  Object.defineProperty(Navigator.prototype, 'userAgentData', {
    get: () => ({ platform: 'macOS', mobile: false, brands: [], getHighEntropyValues: async () => ({ platform: 'macOS' }) }),
  });
}

test('macOS: ⌘A, ⌘C, ⌘X, ⌘V and ⌘Z work in text fields, and hints show ⌘', async () => {
  const context = await newContext(env.browser);
  await context.addInitScript(pretendMac);
  const { page, errors } = await openApp(context, env.server.url);
  assert.equal(await page.evaluate(() => navigator.platform), 'MacIntel');
  await clickWidget(page, 'welcome.start');
  const hint = (await appState(page)).hint ?? '';
  assert.match(hint, /⌘/, `the shortcut hint uses ⌘ on a Mac (hint: '${hint}')`);
  assert.doesNotMatch(hint, /Ctrl/);

  await clickWidget(page, 'q.org_name');
  await typeText(page, 'Mac Org');
  await pressChord(page, 'Meta', 'a');
  await pressChord(page, 'Meta', 'c');
  assert.equal(await clipboardText(page), 'Mac Org', '⌘A selected everything and ⌘C copied it');
  await pressChord(page, 'Meta', 'x');
  assert.equal((await appState(page)).answers.org_name, '', '⌘X cut it');
  // ⌘V: the browser turns it into a paste event, as Safari and Chrome do on a Mac.
  await page.keyboard.down('Meta');
  await settle(page, 2);
  await page.keyboard.down('v');
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.setData('text/plain', 'Mac Org');
    document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await settle(page, 2);
  await page.keyboard.up('v');
  await page.keyboard.up('Meta');
  await settle(page);
  assert.equal((await appState(page)).answers.org_name, 'Mac Org', '⌘V pasted it back');
  // ImGui keeps one undo step per key typed (as with Ctrl+Z elsewhere).
  await typeText(page, '!');
  assert.equal((await appState(page)).answers.org_name, 'Mac Org!');
  await pressChord(page, 'Meta', 'z');
  assert.equal((await appState(page)).answers.org_name, 'Mac Org', '⌘Z undid the typing');
  await pressKey(page, 'Enter');
  // ⌘Enter is the primary action there.
  await pressChord(page, 'Meta', 'Enter');
  assert.equal((await appState(page)).section, 1, '⌘Enter went to the next section');
  assert.deepEqual(errors, []);
  await context.close();
});
