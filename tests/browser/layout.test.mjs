// The page wherever a colleague opens it: a small and a large phone and a tablet (mobile,
// touch, their DPR) and a laptop at 200 % zoom (640 x 400 CSS pixels at DPR 2). At each size
// the journey — the wizard to the plan, a swipe of the action list, an action's details and
// back (the app's Back and the browser's), the timeline, the Demo view, the menus and a
// dialog — goes by taps and swipes on the touch screens (by the mouse and its wheel on the
// laptop), and checks every screen against what the app reports: every widget inside the
// window (or inside the region that scrolls it), no text cut, no two widgets drawn over each
// other.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  appState, artifactPath, mouseAway, newContext, openApp, scrollIntoView, settle, touchScreen, useBrowserAndServer
} from './harness.mjs';

const env = useBrowserAndServer();

const SIZES = [
  { name: 'phone-360x640', width: 360, height: 640, deviceScaleFactor: 2, isMobile: true, hasTouch: true, narrow: true },
  { name: 'phone-390x844', width: 390, height: 844, deviceScaleFactor: 3, isMobile: true, hasTouch: true, narrow: true },
  { name: 'tablet-768x1024', width: 768, height: 1024, deviceScaleFactor: 2, isMobile: true, hasTouch: true, narrow: false },
  { name: 'zoom-640x400', width: 640, height: 400, deviceScaleFactor: 2, isMobile: false, hasTouch: false, narrow: true },
];

// Groups drawn around other widgets: they contain what they overlap.
const CONTAINERS = /^(plan\.list|plan\.details|plan\.row\..*|timeline\.area|timeline\.value_curve|demo\.(agenda|sponsor|next|to_show_more))$/;

// A tap on the widget's centre (swiped into view first) on a touch screen; a click (the wheel
// bringing it into view) on the laptop.
async function activate(page, size, name) {
  if (size.finger) {
    await size.finger.tap(name);
  } else {
    const rect = await scrollIntoView(page, name);
    await page.mouse.click(rect.x + rect.width / 2, rect.y + rect.height / 2);
  }
  await settle(page, 6);
}

// A tap (or click) beside an open menu, whose widgets' names match `items`, at its middle's
// height on the side with more room.
async function pressBeside(page, size, items) {
  const rects = Object.entries((await appState(page)).widgets).filter(([name]) => items.test(name)).map(([, r]) => r);
  assert.ok(rects.length > 0, 'the menu is open');
  const left = Math.min(...rects.map((r) => r.x));
  const right = Math.max(...rects.map((r) => r.x + r.width));
  const top = Math.min(...rects.map((r) => r.y));
  const bottom = Math.max(...rects.map((r) => r.y + r.height));
  const x = left > size.width - right ? left / 2 : (right + size.width) / 2;
  const y = (Math.max(0, top) + Math.min(size.height, bottom)) / 2;
  if (size.finger) await size.finger.tapAt(x, y); else await page.mouse.click(x, y);
  await settle(page, 6);
}

// On a touch screen: a swipe up the action list, starting on an action's row, moves the list
// with the finger and selects nothing; the tap after it selects the row tapped, and only it.
async function swipeTheList(page, size) {
  let state = await appState(page);
  const { order } = state.plan;
  const before = { selected: state.selected, details_open: state.details_open, done: state.done };
  const row = await size.finger.swipeIntoView(`plan.item.${order[1]}`);
  state = await appState(page);
  const start = [row.x + Math.min(60, row.width / 2), row.y + row.height / 2];
  await size.finger.swipe(start, [start[0], start[1] - 150], { holdMs: 150 });
  state = await appState(page);
  const moved = row.y - state.widgets[`plan.item.${order[1]}`].y;
  assert.ok(Math.abs(moved - 150) <= 1.5, `${size.name}: the list moved with the finger, ${moved} px for 150`);
  assert.deepEqual({ selected: state.selected, details_open: state.details_open, done: state.done }, before,
    `${size.name}: the swipe pressed nothing`);
  assert.equal((await page.evaluate(() => window.kickstart.pointer())).hovered, '', 'nothing left hovered');
  const target = state.widgets[`plan.item.${order[3]}`];
  await size.finger.tapAt(target.x + Math.min(60, target.width / 2), target.y + target.height / 2);
  await settle(page, 3);
  state = await appState(page);
  assert.equal(state.selected, order[3], `${size.name}: the tap after the swipe selected the row tapped`);
  assert.deepEqual(state.done, before.done, 'and ticked nothing');
  if (state.details_open) await activate(page, size, 'plan.details.back');
}

// What a person at this size could not read or reach, as the app reports its widgets.
function problems(state, size) {
  const found = [];
  const visible = [];
  const menuOpen = size.narrow && Boolean(state.widgets['top.language.0']);
  // The plan's menus (where its buttons wait in menus), drawn over it.
  const planMenu = !state.widgets['plan.more'] ? null : state.widgets['plan.open_file'] ? /^plan\.(open_file|edit_answers|start_over)$/
    : state.widgets['plan.download_md'] ? /^plan\.(download_|leave_out_done)/ : null;
  for (const [name, r] of Object.entries(state.widgets)) {
    if (r.width <= 0 || r.height <= 0 || name === 'top.skip') continue;
    // A dialog or the top bar's menu is drawn over the screen on purpose: what is under it
    // is not compared with it.
    if (state.dialog && !name.startsWith('dialog.')) continue;
    if (menuOpen && !/^top\.(menu|language|theme)/.test(name)) continue;
    if (planMenu && !planMenu.test(name)) continue;
    // Reachable without a sideways scroll: inside the window's width.
    if (r.x < -0.5 || r.x + r.width > size.width + 0.5) found.push(`${name} runs past the side: x ${r.x}..${r.x + r.width}`);
    // The region that draws it lies inside the window; the widget is in it or scrolled in it.
    if (r.clip_top < -0.5 || r.clip_bottom > size.height + 0.5) {
      found.push(`${name}'s region ${r.clip_top}..${r.clip_bottom} is taller than the window`);
    }
    const top = Math.max(r.y, r.clip_top);
    const bottom = Math.min(r.y + r.height, r.clip_bottom);
    if (bottom - top > 1 && !CONTAINERS.test(name)) visible.push({ name, x: r.x, y: top, right: r.x + r.width, bottom });
  }
  for (const text of state.clipped) found.push(`cut: ${text}`);
  const contains = (a, b) => a.x <= b.x + 0.5 && a.y <= b.y + 0.5 && a.right >= b.right - 0.5 && a.bottom >= b.bottom - 0.5;
  for (let i = 0; i < visible.length; i += 1) {
    for (let j = i + 1; j < visible.length; j += 1) {
      const a = visible[i];
      const b = visible[j];
      const w = Math.min(a.right, b.right) - Math.max(a.x, b.x);
      const h = Math.min(a.bottom, b.bottom) - Math.max(a.y, b.y);
      if (w > 1 && h > 1 && !contains(a, b) && !contains(b, a)) found.push(`${a.name} overlaps ${b.name}`);
    }
  }
  return found;
}

// Each screen checked at a phone's and a tablet's size is kept as a screenshot, to be looked at.
const SHOTS = new Set(['phone-390x844', 'tablet-768x1024']);

async function check(page, size, screen) {
  await settle(page, 3);
  const state = await appState(page);
  if (SHOTS.has(size.name)) {
    const file = screen.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
    await page.screenshot({ path: artifactPath(`layout-${size.name}-${file}.png`) });
  }
  assert.deepEqual(problems(state, size), [], `${size.name}, ${screen}`);
  assert.equal(state.layout.narrow, size.narrow, `${size.name}: the layout for ${size.width} CSS pixels`);
  return state;
}

for (const size of SIZES) {
  test(`${size.name}: the wizard, the plan, an action's details and back, the timeline, the Demo view and a dialog fit`, async () => {
    const { name, narrow, ...options } = size;
    const context = await newContext(env.browser, options);
    const { page, errors } = await openApp(context, env.server.url);
    size.finger = options.hasTouch ? await touchScreen(page) : null;
    await check(page, size, 'welcome');
    await activate(page, size, 'welcome.start');
    let state = await check(page, size, 'questions 1');
    assert.equal(state.screen, 'questions');
    assert.equal(state.section, 0);
    await activate(page, size, 'nav.next');
    state = await check(page, size, 'questions 2');
    assert.equal(state.section, 1, 'one tap, one step');
    await activate(page, size, 'q.scm.gitlab');
    await activate(page, size, 'nav.next');
    state = await check(page, size, 'questions 3');
    assert.equal(state.section, 2);
    await activate(page, size, 'nav.next');
    state = await check(page, size, 'review');
    assert.equal(state.screen, 'review');
    await activate(page, size, 'nav.next');
    state = await check(page, size, 'plan');
    assert.equal(state.screen, 'plan');
    assert.equal(state.answers.scm, 'gitlab');
    if (size.finger) await swipeTheList(page, size);

    // An action's details, then back to the list: with the app's Back, then the browser's.
    const third = state.plan.order[2];
    await activate(page, size, `plan.item.${third}`);
    state = await check(page, size, 'details');
    assert.equal(state.selected, third);
    if (narrow) {
      assert.equal(state.details_open, true);
      assert.ok(!state.widgets['plan.list'], 'one pane at a time: the details replace the list');
      await activate(page, size, 'plan.details.back');
      state = await check(page, size, 'list after Back');
      assert.equal(state.details_open, false);
      assert.equal(state.selected, third, 'the selection is kept');
      assert.ok(state.widgets[`plan.item.${third}`], 'the list is back');
      await activate(page, size, `plan.item.${third}`);
      assert.equal((await appState(page)).details_open, true);
      await page.goBack();
      await page.waitForFunction(() => !window.kickstart.state().details_open);
      state = await check(page, size, 'list after the browser\'s Back');
      assert.equal(state.selected, third);
      assert.equal(state.screen, 'plan');
      await page.goForward();
      await page.waitForFunction(() => window.kickstart.state().details_open);
      await check(page, size, 'details after the browser\'s Forward');
      await activate(page, size, 'plan.details.back');
    } else {
      assert.ok(state.widgets['plan.list'] && state.widgets['plan.details.done'], 'two panes side by side');
    }

    await activate(page, size, 'plan.tab.1');
    await check(page, size, 'timeline');
    await activate(page, size, 'plan.tab.2');
    state = await check(page, size, 'demo');
    assert.equal(state.demo.view, true);
    await activate(page, size, 'plan.tab.0');

    if (narrow) {
      await activate(page, size, 'top.menu');
      state = await check(page, size, 'menu');
      assert.ok(state.widgets['top.language.1'], 'the language is in the menu');
      await activate(page, size, 'top.language.1');
      state = await check(page, size, 'plan in Polish');
      assert.equal(state.language, 'pl');
    } else {
      await activate(page, size, 'top.language.1');
    }
    // On the phones, the laptop at 200 % and the tablet (whose touch-sized buttons would take
    // three rows), the plan's rarer actions wait behind More.
    assert.ok((await appState(page)).widgets['plan.more'], 'the plan\'s buttons are in menus');
    {
      await activate(page, size, 'plan.more');
      state = await check(page, size, 'the plan\'s More menu');
      assert.equal(await page.evaluate(() => document.getElementById('sem-plan.more').getAttribute('aria-expanded')), 'true');
      await activate(page, size, 'plan.downloads');  // a tap beside a menu closes it
      assert.ok(!(await appState(page)).widgets['plan.start_over'], 'a tap beside the menu closed it');
      await activate(page, size, 'plan.downloads');
      state = await check(page, size, 'the downloads menu');
      assert.ok(state.widgets['plan.download_md']);
      assert.equal(await page.evaluate(() => document.getElementById('sem-plan.downloads').getAttribute('aria-expanded')), 'true');
      await pressBeside(page, size, /^plan\.(download_|leave_out_done)/);  // it may cover More
      assert.ok(!(await appState(page)).widgets['plan.download_md'], 'a tap beside the menu closed it');
      await activate(page, size, 'plan.more');
    }
    await activate(page, size, 'plan.start_over');
    state = await check(page, size, 'Start over dialog');
    assert.equal(state.dialog, 'start_over');
    await activate(page, size, 'dialog.cancel');
    assert.equal((await appState(page)).dialog, '');
    await mouseAway(page);
    await page.screenshot({ path: artifactPath(`layout-${name}-plan.png`) });
    assert.deepEqual(errors, []);
    await context.close();
  });
}
