// A phone (390×844 CSS px, DPR 3, touch, a coarse pointer): taps go through the wizard to the
// plan and leave nothing hovered, a swipe scrolls the content under it one content pixel per
// finger pixel and presses nothing (not even the button it started on), a tap on a figure shows its tooltip, every
// pressable widget is a 44×44 touch target, and a tap on a text field focuses a real <input>
// (the on-screen keyboard's target) whose typing reaches the answer. Real touch events, sent
// as Chromium's own (CDP Input.dispatchTouchEvent).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appState, artifactPath, newContext, openApp, settle, useBrowserAndServer } from './harness.mjs';

const env = useBrowserAndServer();
const PHONE = { width: 390, height: 844, deviceScaleFactor: 3, isMobile: true, hasTouch: true };
const TOUCH_TARGET = 44;

async function openPhone(url = env.server.url) {
  const context = await newContext(env.browser, PHONE);
  const { page, errors } = await openApp(context, url);
  const cdp = await context.newCDPSession(page);
  return { context, page, errors, cdp };
}

const pointer = (page) => page.evaluate(() => window.kickstart.pointer());
const nextFrame = (page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve())));

async function touch(cdp, type, points) {
  await cdp.send('Input.dispatchTouchEvent', {
    type, touchPoints: points.map(([x, y], id) => ({ x, y, id, radiusX: 4, radiusY: 4, force: 1 })),
  });
}

// A finger down and up at (x, y), held for a moment as people do.
async function tapAt(page, cdp, x, y) {
  await touch(cdp, 'touchStart', [[x, y]]);
  await nextFrame(page);
  await touch(cdp, 'touchEnd', []);
  await settle(page);
}

// A finger from `from` to `to` in `steps` moves, one per animation frame (or `stepMs` apart),
// then lifted; `hold` frames still before lifting (so no flick).
async function swipe(page, cdp, from, to, { steps = 12, stepMs = 0, hold = 0 } = {}) {
  await touch(cdp, 'touchStart', [from]);
  await nextFrame(page);
  for (let i = 1; i <= steps; i += 1) {
    const point = [from[0] + ((to[0] - from[0]) * i) / steps, from[1] + ((to[1] - from[1]) * i) / steps];
    await touch(cdp, 'touchMove', [point]);
    if (stepMs > 0) await page.waitForTimeout(stepMs); else await nextFrame(page);
  }
  for (let i = 0; i < hold; i += 1) await page.waitForTimeout(40);
  await touch(cdp, 'touchEnd', []);
  await settle(page);
}

// Swipes the content until `name` is fully on screen (inside the region drawing it), then
// returns its rectangle.
async function swipeIntoView(page, cdp, name) {
  for (let attempt = 0; attempt < 30; attempt += 1) {
    const rect = (await appState(page)).widgets[name];
    assert.ok(rect, `widget '${name}' is drawn`);
    const bottom = Math.min(PHONE.height, rect.clip_bottom);
    const top = Math.max(0, rect.clip_top);
    if (rect.y >= top - 0.5 && rect.y + rect.height <= bottom + 0.5) return rect;
    // At the end of its content with its middle showing: a finger reaches it.
    const centre = rect.y + rect.height / 2;
    if (attempt > 0 && centre > top + 4 && centre < bottom - 4) return rect;
    // An item scrolled out of its region reports a clip of no height: swipe mid-window then.
    const region = bottom - top >= 120;
    const x = Math.min(rect.x + 10, PHONE.width - 10);
    const middle = region ? (top + bottom) / 2 : PHONE.height / 2;
    const distance = region ? Math.min(250, (bottom - top) / 2) : 250;
    const up = rect.y + rect.height > bottom;
    await swipe(page, cdp, [x, middle + (up ? distance / 2 : -distance / 2)], [x, middle + (up ? -distance / 2 : distance / 2)],
      { hold: 3 });
  }
  throw new Error(`widget '${name}' could not be swiped into view`);
}

async function tapWidget(page, cdp, name) {
  const rect = await swipeIntoView(page, cdp, name);
  await tapAt(page, cdp, rect.x + rect.width / 2, rect.y + rect.height / 2);
}

// The pressable elements of the DOM mirror (each sits over its widget) on screen and smaller
// than a finger, as "id WxH".
async function smallTargets(page) {
  return page.evaluate((size) => Array.from(document.querySelectorAll(
    '#semantics button, #semantics input, #semantics a')).filter((el) => !el.disabled).map((el) => {
    const r = el.getBoundingClientRect();
    return { id: el.dataset.sem, x: r.x, y: r.y, width: r.width, height: r.height };
  }).filter((r) => r.width > 1 && r.height > 1 && r.y >= 0 && r.y + r.height <= window.innerHeight &&
    (r.width < size - 0.5 || r.height < size - 0.5)).map((r) => `${r.id} ${r.width.toFixed(1)}x${r.height.toFixed(1)}`),
  TOUCH_TARGET);
}

test('on a phone, taps go through the wizard to the plan; nothing stays hovered; every target is 44×44', async () => {
  const { context, page, errors, cdp } = await openPhone();
  assert.equal(await page.evaluate(() => matchMedia('(pointer: coarse)').matches), true, 'the pointer is coarse');
  assert.deepEqual(await smallTargets(page), [], 'welcome: every pressable widget is a touch target');
  await tapWidget(page, cdp, 'welcome.start');
  let state = await appState(page);
  assert.equal(state.screen, 'questions', 'a tap on Start starts');
  const after = await pointer(page);
  assert.equal(after.touch, true, 'the finger drives the pointer');
  assert.equal(after.hovered, '', 'after the tap nothing is left hovered');
  assert.deepEqual(await smallTargets(page), [], 'context: every pressable widget is a touch target');
  await page.screenshot({ path: artifactPath('touch-phone-context.png') });
  await tapWidget(page, cdp, 'nav.next');
  assert.equal((await appState(page)).section, 1);
  await tapWidget(page, cdp, 'q.scm.gitlab');
  await tapWidget(page, cdp, 'q.ci.jenkins');
  state = await appState(page);
  assert.equal(state.answers.scm, 'gitlab', 'a tap picks a radio button');
  assert.deepEqual(await smallTargets(page), [], 'tools: every pressable widget is a touch target');
  await page.screenshot({ path: artifactPath('touch-phone-tools.png') });
  await tapWidget(page, cdp, 'nav.next');
  assert.deepEqual(await smallTargets(page), [], 'goals: every pressable widget is a touch target');
  await tapWidget(page, cdp, 'nav.next');
  assert.equal((await appState(page)).screen, 'review');
  assert.deepEqual(await smallTargets(page), [], 'review: every pressable widget is a touch target');
  await tapWidget(page, cdp, 'nav.next');
  state = await appState(page);
  assert.equal(state.screen, 'plan', 'taps alone reach the plan');
  assert.ok(state.plan.order.length > 5);
  assert.equal((await pointer(page)).hovered, '', 'nothing hovered on the plan');
  assert.deepEqual(await smallTargets(page), [], 'plan: every pressable widget is a touch target');
  await page.screenshot({ path: artifactPath('touch-phone-plan.png') });
  assert.deepEqual(errors, []);
  await context.close();
});

// The plan's action list, opened from a worked example with taps.
async function openPlanByTaps(page, cdp) {
  await tapWidget(page, cdp, 'welcome.example.startup');
  let state = await appState(page);
  for (let i = 0; i < 6 && state.screen !== 'plan'; i += 1) {
    await tapWidget(page, cdp, 'nav.next');
    state = await appState(page);
  }
  assert.equal(state.screen, 'plan');
  return state;
}

// The second questions screen (the tools: long lists of radio buttons and boxes), by taps.
async function openToolsByTaps(page, cdp) {
  await tapWidget(page, cdp, 'welcome.start');
  await tapWidget(page, cdp, 'nav.next');
  const state = await appState(page);
  assert.equal(state.section, 1);
  return state;
}

test('a swipe scrolls the content under the finger and presses nothing; a tap after it presses only its target', async () => {
  const { context, page, errors, cdp } = await openPhone();
  let state = await openToolsByTaps(page, cdp);
  const answers = state.answers;
  // Starts on a radio button, moves up 150 px, rests, lifts: no flick.
  const radio = state.widgets['q.scm.bitbucket-cloud'];
  const start = [radio.x + 20, radio.y + radio.height / 2];
  await swipe(page, cdp, start, [start[0], start[1] - 150], { hold: 4 });
  state = await appState(page);
  const moved = state.widgets['q.scm.bitbucket-cloud'];
  assert.ok(Math.abs(moved.y - (radio.y - 150)) <= 1.5,
    `the content moved with the finger: ${radio.y} -> ${moved.y}, expected ${radio.y - 150}`);
  assert.deepEqual(state.answers, answers, 'the radio button the swipe started on was not pressed');
  assert.equal((await pointer(page)).hovered, '', 'nothing hovered after the swipe');

  // A swipe back down, starting on another radio button, presses nothing either.
  const other = state.widgets['q.scm.gitea'];
  await swipe(page, cdp, [other.x + 20, other.y + other.height / 2], [other.x + 20, other.y + other.height / 2 + 150],
    { hold: 4 });
  state = await appState(page);
  assert.ok(Math.abs(state.widgets['q.scm.bitbucket-cloud'].y - radio.y) <= 1.5, 'the content came back with the finger');
  assert.deepEqual(state.answers, answers, 'nothing was pressed');

  // The tap after it presses the radio button tapped, and only that.
  const target = state.widgets['q.scm.gitlab'];
  await tapAt(page, cdp, target.x + 20, target.y + target.height / 2);
  state = await appState(page);
  assert.deepEqual(state.answers, { ...answers, scm: 'gitlab' }, 'the tap picked its answer and nothing else');
  assert.equal((await pointer(page)).hovered, '', 'nothing hovered after the tap');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a tap shows a tooltip until the next tap elsewhere; a tap on a text field brings the keyboard', async () => {
  const { context, page, errors, cdp } = await openPhone();
  await openPlanByTaps(page, cdp);
  await tapWidget(page, cdp, 'plan.figure.value');
  let state = await appState(page);
  assert.ok(state.tooltip.length > 20, `the figure's help shows after a tap: '${state.tooltip}'`);
  await settle(page, 5);
  assert.equal((await appState(page)).tooltip, state.tooltip, 'and stays after the finger lifted');
  const rect = state.tooltip_rect;
  assert.ok(rect.x >= 0 && rect.x + rect.width <= PHONE.width, 'inside the window');
  await page.screenshot({ path: artifactPath('touch-phone-tooltip.png') });
  await tapWidget(page, cdp, 'plan.tab.0');
  assert.equal((await appState(page)).tooltip, '', 'a tap elsewhere hides it');

  // Back to the first questions (the phone's stepper goes a step at a time), and a tap on
  // the organisation's name.
  for (let step = 0; step < 6; step += 1) {
    state = await appState(page);
    if (state.screen === 'questions' && state.section === 0) break;
    await tapWidget(page, cdp, 'stepper.previous');
  }
  state = await appState(page);
  assert.equal(state.screen, 'questions');
  assert.equal(state.section, 0);
  const field = await swipeIntoView(page, cdp, 'q.org_name');
  await touch(cdp, 'touchStart', [[field.x + field.width / 2, field.y + field.height / 2]]);
  await touch(cdp, 'touchEnd', []);
  await settle(page);
  const active = await page.evaluate(() => ({ tag: document.activeElement.tagName, id: document.activeElement.id }));
  assert.deepEqual(active, { tag: 'INPUT', id: 'sem-q.org_name' }, 'the tap focused the field\'s real input');
  state = await appState(page);
  assert.equal(state.editing_text, true, 'the ImGui field is being edited');
  // What a phone's keyboard sends: the input method's text, no key events.
  await page.evaluate(() => { document.activeElement.select(); });
  await page.keyboard.insertText('Mobile Org');
  await settle(page);
  await tapWidget(page, cdp, 'stepper.current');  // a tap on the canvas ends the edit
  state = await appState(page);
  assert.equal(state.answers.org_name, 'Mobile Org', 'what was typed on the phone is the answer');
  assert.notEqual(await page.evaluate(() => document.activeElement.tagName), 'INPUT', 'the keyboard went away');
  await page.screenshot({ path: artifactPath('touch-phone-field.png') });
  assert.deepEqual(errors, []);
  await context.close();
});
