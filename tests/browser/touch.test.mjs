// A phone (390×844 CSS px, DPR 3, touch, a coarse pointer): taps go through the wizard to the
// plan and leave nothing hovered; a swipe scrolls the content under it one content pixel per
// finger pixel and presses nothing (not even the button it started on); a flick carries on
// after the finger lifts, then stops; a pinch zooms the page (a touchpad's on a laptop too)
// and presses nothing; a tap on a figure shows its tooltip; every pressable widget is a 44×44
// touch target; and a tap on a text field focuses a real <input> (the on-screen keyboard's
// target) whose typing reaches the answer. Real touch events, sent as Chromium's own (CDP
// Input.dispatchTouchEvent, harness.mjs's touchScreen).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appState, artifactPath, newContext, openApp, settle, touchScreen, useBrowserAndServer } from './harness.mjs';

const env = useBrowserAndServer();
const PHONE = { width: 390, height: 844, deviceScaleFactor: 3, isMobile: true, hasTouch: true };
const TOUCH_TARGET = 44;

async function openPhone(url = env.server.url) {
  const context = await newContext(env.browser, PHONE);
  const { page, errors } = await openApp(context, url);
  return { context, page, errors, finger: await touchScreen(page) };
}

const pointer = (page) => page.evaluate(() => window.kickstart.pointer());

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
  const { context, page, errors, finger } = await openPhone();
  assert.equal(await page.evaluate(() => matchMedia('(pointer: coarse)').matches), true, 'the pointer is coarse');
  assert.deepEqual(await smallTargets(page), [], 'welcome: every pressable widget is a touch target');
  await finger.tap('welcome.start');
  let state = await appState(page);
  assert.equal(state.screen, 'questions', 'a tap on Start starts');
  const after = await pointer(page);
  assert.equal(after.touch, true, 'the finger drives the pointer');
  assert.equal(after.hovered, '', 'after the tap nothing is left hovered');
  assert.deepEqual(await smallTargets(page), [], 'context: every pressable widget is a touch target');
  await page.screenshot({ path: artifactPath('touch-phone-context.png') });
  await finger.tap('nav.next');
  assert.equal((await appState(page)).section, 1);
  await finger.tap('q.scm.gitlab');
  await finger.tap('q.ci.jenkins');
  state = await appState(page);
  assert.equal(state.answers.scm, 'gitlab', 'a tap picks a radio button');
  assert.deepEqual(await smallTargets(page), [], 'tools: every pressable widget is a touch target');
  await page.screenshot({ path: artifactPath('touch-phone-tools.png') });
  await finger.tap('nav.next');
  assert.deepEqual(await smallTargets(page), [], 'goals: every pressable widget is a touch target');
  await finger.tap('nav.next');
  assert.equal((await appState(page)).screen, 'review');
  assert.deepEqual(await smallTargets(page), [], 'review: every pressable widget is a touch target');
  await finger.tap('nav.next');
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
async function openPlanByTaps(page, finger) {
  await finger.tap('welcome.example.startup');
  let state = await appState(page);
  for (let i = 0; i < 6 && state.screen !== 'plan'; i += 1) {
    await finger.tap('nav.next');
    state = await appState(page);
  }
  assert.equal(state.screen, 'plan');
  return state;
}

// The second questions screen (the tools: long lists of radio buttons and boxes), by taps.
async function openToolsByTaps(page, finger) {
  await finger.tap('welcome.start');
  await finger.tap('nav.next');
  const state = await appState(page);
  assert.equal(state.section, 1);
  return state;
}

test('a swipe scrolls the content under the finger and presses nothing; a tap after it presses only its target', async () => {
  const { context, page, errors, finger } = await openPhone();
  let state = await openToolsByTaps(page, finger);
  const answers = state.answers;
  // Starts on a radio button, moves up 150 px, rests, lifts: no flick.
  const radio = state.widgets['q.scm.bitbucket-cloud'];
  const start = [radio.x + 20, radio.y + radio.height / 2];
  await finger.swipe(start, [start[0], start[1] - 150], { holdMs: 150 });
  state = await appState(page);
  const moved = state.widgets['q.scm.bitbucket-cloud'];
  assert.ok(Math.abs(moved.y - (radio.y - 150)) <= 1.5,
    `the content moved with the finger: ${radio.y} -> ${moved.y}, expected ${radio.y - 150}`);
  assert.deepEqual(state.answers, answers, 'the radio button the swipe started on was not pressed');
  assert.equal((await pointer(page)).hovered, '', 'nothing hovered after the swipe');

  // A swipe back down, starting on another radio button, presses nothing either.
  const other = state.widgets['q.scm.gitea'];
  await finger.swipe([other.x + 20, other.y + other.height / 2], [other.x + 20, other.y + other.height / 2 + 150],
    { holdMs: 150 });
  state = await appState(page);
  assert.ok(Math.abs(state.widgets['q.scm.bitbucket-cloud'].y - radio.y) <= 1.5, 'the content came back with the finger');
  assert.deepEqual(state.answers, answers, 'nothing was pressed');

  // The tap after it presses the radio button tapped, and only that.
  const target = state.widgets['q.scm.gitlab'];
  await finger.tapAt(target.x + 20, target.y + target.height / 2);
  state = await appState(page);
  assert.deepEqual(state.answers, { ...answers, scm: 'gitlab' }, 'the tap picked its answer and nothing else');
  assert.equal((await pointer(page)).hovered, '', 'nothing hovered after the tap');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a flick goes on after the finger lifts, slows down and stops, and presses nothing', async () => {
  const { context, page, errors, finger } = await openPhone();
  let state = await openToolsByTaps(page, finger);
  const answers = state.answers;
  // 150 px up in six moves a frame (16 ms) apart, lifted while moving: about 1,500 px/s.
  const radio = state.widgets['q.scm.bitbucket-cloud'];
  const start = [radio.x + 20, radio.y + radio.height / 2];
  await finger.swipe(start, [start[0], start[1] - 150], { steps: 6 });
  await page.waitForFunction(() => window.kickstart.pointer().momentum === 0, null, { timeout: 10000 });
  state = await appState(page);
  const travelled = radio.y - state.widgets['q.scm.bitbucket-cloud'].y;
  assert.ok(travelled > 150 + 60, `the content went on after the finger lifted: ${travelled} px for a 150 px flick`);
  await settle(page, 5);
  assert.equal(radio.y - (await appState(page)).widgets['q.scm.bitbucket-cloud'].y, travelled, 'and then stopped');
  assert.deepEqual((await appState(page)).answers, answers, 'the flick pressed nothing');
  assert.equal((await pointer(page)).hovered, '', 'nothing hovered after the flick');
  assert.deepEqual(errors, []);
  await context.close();
});

test('pinch-zoom is the browser\'s: two fingers zoom the page, a touchpad\'s pinch too, and neither presses anything', async () => {
  const { context, page, errors, finger } = await openPhone();
  let state = await openPlanByTaps(page, finger);
  const before = { screen: state.screen, selected: state.selected, answers: state.answers, section: state.section };
  // Two fingers spread over the action list (over rows, which a tap would select).
  const list = state.widgets['plan.list'];
  await finger.pinch([PHONE.width / 2, list.clip_top + 120], 40, 240);
  await page.waitForFunction(() => window.visualViewport.scale > 1.5, null, { timeout: 5000 });
  state = await appState(page);
  assert.deepEqual({ screen: state.screen, selected: state.selected, answers: state.answers, section: state.section }, before,
    'the pinch pressed nothing');
  assert.equal((await pointer(page)).hovered, '', 'nothing hovered after the pinch');
  await context.close();

  // A laptop's touchpad: its pinch is a wheel event with Ctrl, which the app lets through.
  const laptop = await newContext(env.browser, { width: 1280, height: 800 });
  const opened = await openApp(laptop, env.server.url);
  const cdp = await laptop.newCDPSession(opened.page);
  await cdp.send('Input.synthesizePinchGesture', { x: 640, y: 400, scaleFactor: 2, gestureSourceType: 'mouse' });
  await opened.page.waitForFunction(() => window.visualViewport.scale > 1.5, null, { timeout: 5000 });
  assert.equal((await appState(opened.page)).screen, 'welcome', 'the pinch pressed nothing');
  assert.deepEqual([...errors, ...opened.errors], []);
  await laptop.close();
});

test('a tap shows a tooltip until the next tap elsewhere; a tap on a text field brings the keyboard', async () => {
  const { context, page, errors, finger } = await openPhone();
  await openPlanByTaps(page, finger);
  await finger.tap('plan.figure.value');
  let state = await appState(page);
  assert.ok(state.tooltip.length > 20, `the figure's help shows after a tap: '${state.tooltip}'`);
  await settle(page, 5);
  assert.equal((await appState(page)).tooltip, state.tooltip, 'and stays after the finger lifted');
  const rect = state.tooltip_rect;
  assert.ok(rect.x >= 0 && rect.x + rect.width <= PHONE.width, 'inside the window');
  await page.screenshot({ path: artifactPath('touch-phone-tooltip.png') });
  await finger.tap('plan.tab.0');
  assert.equal((await appState(page)).tooltip, '', 'a tap elsewhere hides it');

  // Back to the first questions (the phone's stepper goes a step at a time), and a tap on
  // the organisation's name.
  for (let step = 0; step < 6; step += 1) {
    state = await appState(page);
    if (state.screen === 'questions' && state.section === 0) break;
    await finger.tap('stepper.previous');
  }
  state = await appState(page);
  assert.equal(state.screen, 'questions');
  assert.equal(state.section, 0);
  const field = await finger.swipeIntoView('q.org_name');
  await finger.send('touchStart', [[field.x + field.width / 2, field.y + field.height / 2]]);
  await finger.send('touchEnd', []);
  await settle(page);
  const active = await page.evaluate(() => ({ tag: document.activeElement.tagName, id: document.activeElement.id }));
  assert.deepEqual(active, { tag: 'INPUT', id: 'sem-q.org_name' }, 'the tap focused the field\'s real input');
  state = await appState(page);
  assert.equal(state.editing_text, true, 'the ImGui field is being edited');
  // What a phone's keyboard sends: the input method's text, no key events.
  await page.evaluate(() => { document.activeElement.select(); });
  await page.keyboard.insertText('Mobile Org');
  await settle(page);
  await finger.tap('stepper.current');  // a tap on the canvas ends the edit
  state = await appState(page);
  assert.equal(state.answers.org_name, 'Mobile Org', 'what was typed on the phone is the answer');
  assert.notEqual(await page.evaluate(() => document.activeElement.tagName), 'INPUT', 'the keyboard went away');
  await page.screenshot({ path: artifactPath('touch-phone-field.png') });
  assert.deepEqual(errors, []);
  await context.close();
});
