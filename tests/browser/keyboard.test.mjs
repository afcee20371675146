// The keyboard alone: Enter, Escape and Tab on real widgets, real keys held the way people
// hold them, and dialogs that never lose anything to a reflex keystroke.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  appState, artifactPath, cliPlan, clickWidget, mouseAway, newContext, openApp, pressChord, pressKey, settle,
  useBrowserAndServer
} from './harness.mjs';

const env = useBrowserAndServer();
const AUTOSAVE_KEY = 'backstage-kickstart/autosave';

// Presses Tab until `widget` shows the keyboard focus; returns the widgets passed on the way.
async function tabTo(page, widget, { limit = 60, shift = false } = {}) {
  const seen = [];
  for (let i = 0; i < limit; i += 1) {
    if (shift) await pressChord(page, 'Shift', 'Tab'); else await pressKey(page, 'Tab');
    const { focused } = await appState(page);
    seen.push(focused);
    if (focused === widget) return seen;
  }
  assert.fail(`Tab never reached ${widget}; it went ${seen.join(' > ')}`);
}

test('Enter in a text field ends the edit, keeps the text, and the field stays closed', async () => {
  const context = await newContext(env.browser);
  const { page, errors } = await openApp(context, env.server.url);
  await clickWidget(page, 'welcome.start');
  await clickWidget(page, 'q.org_name');
  assert.equal((await appState(page)).editing_text, true, 'clicking the field starts editing');
  await page.keyboard.type('Enter Org', { delay: 20 });
  await settle(page);
  // Held over several frames, as a person holds it.
  await page.keyboard.down('Enter');
  await settle(page, 6);
  await page.keyboard.up('Enter');
  await settle(page, 6);
  let state = await appState(page);
  assert.equal(state.editing_text, false, 'the field is no longer being edited');
  assert.equal(state.answers.org_name, 'Enter Org', 'the typed name is kept');
  // Typing now goes nowhere: the field did not reopen behind the user's back.
  await page.keyboard.type('xyz', { delay: 20 });
  await settle(page);
  state = await appState(page);
  assert.equal(state.answers.org_name, 'Enter Org');
  assert.equal(state.editing_text, false);
  assert.equal(state.screen, 'questions');

  // The same with the keyboard alone, where the focus ring stays on the field after Enter.
  await tabTo(page, 'q.repositories');
  assert.equal((await appState(page)).editing_text, true);
  await page.keyboard.type('321', { delay: 20 });
  await page.keyboard.down('Enter');
  await settle(page, 6);
  await page.keyboard.up('Enter');
  await settle(page, 6);
  state = await appState(page);
  assert.equal(state.editing_text, false, 'Enter closed the field and it did not reopen');
  assert.equal(state.answers.repositories, 321);
  assert.equal(state.focused, 'q.repositories', 'the focus stays on the field');
  await page.keyboard.type('9', { delay: 20 });
  await settle(page);
  assert.equal((await appState(page)).answers.repositories, 321, 'typing after Enter changes nothing');
  assert.deepEqual(errors, []);
  await context.close();
});

test('Escape with a dialog open closes only the dialog, on the questions and the review screens', async () => {
  const other = JSON.parse(cliPlan({ org_name: 'Elsewhere' })).share_link;
  for (const [screen, steps] of [['questions', ['welcome.start', 'nav.next']], ['review', ['welcome.start', 'stepper.3']]]) {
    const context = await newContext(env.browser);
    const { page, errors } = await openApp(context, env.server.url);
    for (const step of steps) await clickWidget(page, step);
    const before = await appState(page);
    assert.equal(before.screen, screen);
    const saved = await page.evaluate((key) => localStorage.getItem(key), AUTOSAVE_KEY);
    await page.evaluate((link) => { window.location.hash = link; }, other);
    await page.waitForFunction(() => window.kickstart.state().dialog === 'replace_with_link');
    await mouseAway(page);
    await pressKey(page, 'Escape');
    const after = await appState(page);
    assert.equal(after.dialog, '', `Escape closed the dialog on ${screen}`);
    assert.equal(after.screen, screen, `and stayed on ${screen}`);
    assert.equal(after.section, before.section);
    assert.deepEqual(after.answers, before.answers, 'the plan on screen is kept');
    assert.match(after.notice, /Your saved plan is shown instead/);
    assert.equal(await page.evaluate((key) => localStorage.getItem(key), AUTOSAVE_KEY), saved, 'autosave untouched');
    assert.equal(page.url().split('#')[1], before.link, 'the address shows the kept plan again');
    // The next Escape dismisses that notice, and the one after is the screen's again.
    await pressKey(page, 'Escape');
    assert.equal((await appState(page)).notice, '');
    await pressKey(page, 'Escape');
    assert.notDeepEqual([(await appState(page)).screen, (await appState(page)).section], [screen, before.section]);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('dialogs open with the focus on the safe choice: Enter and Escape keep everything', async () => {
  const context = await newContext(env.browser);
  const { page, errors } = await openApp(context, env.server.url);
  await clickWidget(page, 'welcome.example.startup');
  const before = await appState(page);
  assert.equal(before.screen, 'plan');

  await clickWidget(page, 'plan.start_over');
  await mouseAway(page);
  let state = await appState(page);
  assert.equal(state.dialog, 'start_over');
  assert.equal(state.focused, 'dialog.cancel', 'Cancel has the focus, not "Clear and start over"');
  const cancel = state.widgets['dialog.cancel'];
  const confirm = state.widgets['dialog.confirm'];
  assert.ok(cancel.x < confirm.x, 'the safe choice comes first');
  assert.ok(state.widgets['dialog.title'], 'the title is drawn inside the dialog');
  await page.screenshot({ path: artifactPath('dialog-start-over-focus-dpr1.png') });
  await pressKey(page, 'Enter');
  state = await appState(page);
  assert.equal(state.dialog, '', 'Enter answered the dialog');
  assert.deepEqual(state.answers, before.answers, 'with Cancel: nothing cleared');
  assert.equal(state.screen, 'plan');

  await clickWidget(page, 'plan.start_over');
  await pressKey(page, 'Escape');
  state = await appState(page);
  assert.equal(state.dialog, '');
  assert.deepEqual(state.answers, before.answers, 'Escape cancels too');

  // Tab stays inside the dialog, going round its two buttons (from Cancel, shown focused).
  await clickWidget(page, 'plan.start_over');
  await mouseAway(page);
  const round = [];
  for (let i = 0; i < 4; i += 1) {
    await pressKey(page, 'Tab');
    round.push((await appState(page)).focused);
  }
  assert.deepEqual(round, ['dialog.confirm', 'dialog.cancel', 'dialog.confirm', 'dialog.cancel']);
  await pressKey(page, 'Escape');

  // The link dialog: Keep my saved plan has the focus.
  const other = JSON.parse(cliPlan({ org_name: 'Elsewhere' })).share_link;
  await page.evaluate((link) => { window.location.hash = link; }, other);
  await page.waitForFunction(() => window.kickstart.state().dialog === 'replace_with_link');
  await mouseAway(page);
  assert.equal((await appState(page)).focused, 'dialog.cancel', 'Keep my saved plan has the focus');
  await pressKey(page, 'Enter');
  state = await appState(page);
  assert.equal(state.dialog, '');
  assert.deepEqual(state.answers, before.answers, 'Enter kept the saved plan');
  assert.deepEqual(errors, []);
  await context.close();
});

test('Tab and Shift+Tab move through every widget: Tab reaches Start, Enter presses it, fields take typing', async () => {
  const context = await newContext(env.browser);
  const { page, errors } = await openApp(context, env.server.url);
  // The welcome screen: the first Tab shows the focus on Start, the default button.
  await pressKey(page, 'Tab');
  assert.equal((await appState(page)).focused, 'welcome.start');
  // Round the whole screen and back to Start: every button is a stop, in reading order.
  const round = await tabTo(page, 'welcome.start');
  assert.deepEqual(round, ['welcome.open_file', 'welcome.skip', 'welcome.example.startup', 'welcome.example.scaleup',
    'welcome.example.enterprise', 'top.language.0', 'top.language.1', 'top.theme.0', 'top.theme.1', 'welcome.start']);
  await pressChord(page, 'Shift', 'Tab');
  assert.equal((await appState(page)).focused, 'top.theme.1', 'Shift+Tab goes back');
  await pressKey(page, 'Tab');
  assert.equal((await appState(page)).focused, 'welcome.start');
  await pressKey(page, 'Enter');
  assert.equal((await appState(page)).screen, 'questions', 'Enter pressed Start');

  // A text field reached with Tab takes typing; Tab leaves it with the text kept.
  await tabTo(page, 'q.org_name');
  assert.equal((await appState(page)).editing_text, true, 'Tab into a text field starts editing it');
  await page.keyboard.type('Tabbed Org', { delay: 20 });
  await pressKey(page, 'Tab');
  let state = await appState(page);
  assert.equal(state.answers.org_name, 'Tabbed Org');
  assert.equal(state.focused, 'q.engineers', 'the next widget is the number field');
  assert.equal(state.editing_text, true, 'and it is edited, its number selected');
  await page.keyboard.type('250', { delay: 20 });
  await pressKey(page, 'Tab');
  state = await appState(page);
  assert.equal(state.answers.engineers, 250, 'typing replaced the selected number');
  assert.equal(state.focused, 'q.repositories', 'Tab went on to the next field, not the field\'s − button');
  assert.equal(state.editing_text, true);
  // Far down the list: Tab scrolls the focused widget into view.
  const far = await tabTo(page, 'nav.next');
  assert.ok(far.length > 3);
  state = await appState(page);
  const next = state.widgets['nav.next'];
  assert.ok(next.y >= next.clip_top - 1 && next.y + next.height <= Math.min(800, next.clip_bottom) + 1, 'visible');
  await pressKey(page, 'Enter');
  assert.equal((await appState(page)).section, 1, 'Enter pressed Next');
  assert.deepEqual(errors, []);
  await context.close();
});

test('Tab reaches widgets in scrolled lists and Enter selects them (the plan)', async () => {
  const context = await newContext(env.browser, { width: 1280, height: 700 });
  const { page, errors } = await openApp(context, env.server.url);
  await clickWidget(page, 'welcome.example.scaleup');
  const order = (await appState(page)).plan.order;
  const last = order[order.length - 1];
  await mouseAway(page);
  await tabTo(page, `plan.item.${last}`, { limit: 120 });
  let state = await appState(page);
  const rect = state.widgets[`plan.item.${last}`];
  assert.ok(rect.y >= rect.clip_top - 1 && rect.y + rect.height <= rect.clip_bottom + 1, 'the last row was scrolled into view');
  await pressKey(page, 'Enter');
  state = await appState(page);
  assert.equal(state.selected, last, 'Enter selected the row Tab reached');
  assert.deepEqual(errors, []);
  await context.close();
});
