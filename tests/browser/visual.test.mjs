// What people see: the current step's label readable however it is pointed at, the list of
// actions kept apart from the grouping toggle above it, the timeline's week labels whole, a
// page without JavaScript that shows its message and no spinner, and the range of a number
// only when a value was out of it. Checked on the pixels of real screenshots where the canvas
// has no other way to tell.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  appState, artifactPath, clickWidget, contrast, decodePng, mouseAway, newContext, openApp, pressChord, pressKey,
  settle, strongestContrast, typeText, useBrowserAndServer
} from './harness.mjs';

const env = useBrowserAndServer();

// Pixels inside `rect` (CSS pixels, DPR 1) that stand out from `background` by more than a
// faint anti-aliasing step.
async function inkIn(page, rect, background) {
  const image = decodePng(await page.screenshot({
    clip: { x: Math.floor(rect.x), y: Math.floor(rect.y), width: Math.ceil(rect.width), height: Math.ceil(rect.height) },
  }));
  let ink = 0;
  for (let y = 0; y < image.height; y += 1) {
    for (let x = 0; x < image.width; x += 1) {
      if (contrast(image.at(x, y), background) > 1.3) ink += 1;
    }
  }
  return ink;
}
async function pixel(page, x, y) {
  return decodePng(await page.screenshot({ clip: { x, y, width: 1, height: 1 } })).at(0, 0);
}

test('the current step\'s label stays readable (4.5:1) when hovered and pressed, in both themes', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const context = await newContext(env.browser, { colorScheme });
    const { page, errors } = await openApp(context, env.server.url);
    await clickWidget(page, 'welcome.start');
    const step = (await appState(page)).widgets['stepper.0'];
    const inside = { x: step.x + 3, y: step.y + step.height / 2 };  // the button's fill, left of the label
    const label = { x: step.x + 8, y: step.y + 4, width: step.width - 16, height: step.height - 8 };
    await page.mouse.move(step.x + step.width / 2, step.y + step.height / 2);
    await settle(page);
    let { ratio } = await strongestContrast(page, label, inside);
    assert.ok(ratio >= 4.5, `${colorScheme}, hovered: the label has ${ratio.toFixed(2)}:1 on its button`);
    await page.mouse.down();
    await settle(page);
    ({ ratio } = await strongestContrast(page, label, inside));
    await page.screenshot({ path: artifactPath(`stepper-pressed-${colorScheme}.png`), clip: { x: 0, y: 0, width: 1280, height: 140 } });
    await page.mouse.up();
    assert.ok(ratio >= 4.5, `${colorScheme}, pressed: the label has ${ratio.toFixed(2)}:1 on its button`);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('the action list scrolls inside its own pane, clear of the "Before / after | By step" toggle', async () => {
  const context = await newContext(env.browser);
  const { page, errors } = await openApp(context, env.server.url);
  await clickWidget(page, 'welcome.example.enterprise');
  let state = await appState(page);
  const toggle = state.widgets['plan.group.0'];
  const list = state.widgets['plan.list'];
  await page.mouse.move(list.x + 100, list.y + 150);
  for (let i = 0; i < 3; i += 1) {
    await page.mouse.wheel(0, 120);
    await settle(page);
  }
  state = await appState(page);
  assert.equal(state.widgets['plan.group.0'].y, toggle.y, 'the toggle stays where it was');
  const rows = Object.entries(state.widgets).filter(([name]) => name.startsWith('plan.item.'));
  const top = rows[0][1].clip_top;
  const gap = top - (toggle.y + toggle.height);
  assert.ok(gap >= 8, `scrolled rows are cut ${gap} px below the toggle (at least 8 px apart)`);
  await mouseAway(page);
  await page.screenshot({ path: artifactPath('plan-list-scrolled.png') });
  assert.deepEqual(errors, []);
  await context.close();
});

test('the timeline\'s last week label is whole in Polish ("tydz. 13" is not cut off)', async () => {
  const context = await newContext(env.browser, { locale: 'pl-PL' });
  const { page, errors } = await openApp(context, env.server.url);
  await clickWidget(page, 'welcome.skip');
  await clickWidget(page, 'plan.tab.1');
  await mouseAway(page);
  const area = (await appState(page)).widgets['timeline.area'];
  const background = await pixel(page, Math.round(area.x + 2), Math.round(area.y + 2));
  const axis = { y: area.y, height: 18 };
  const right = area.x + area.width;
  // The labels stay inside the chart: nothing is drawn in the axis row past its right edge ...
  const beyond = await inkIn(page, { x: right + 1, y: axis.y, width: 12, height: axis.height }, background);
  // ... and the last week is still labelled.
  const last = await inkIn(page, { x: right - 70, y: axis.y, width: 70, height: axis.height }, background);
  await page.screenshot({ path: artifactPath('timeline-pl-last-week.png'), clip: { x: right - 300, y: area.y - 10, width: 340, height: 60 } });
  assert.equal(beyond, 0, `no week label runs past the chart's edge, where it is cut off (${beyond} pixels there)`);
  assert.ok(last > 20, 'the last week has its label');
  assert.deepEqual(errors, []);
  await context.close();
});

test('without JavaScript the page says so, and no loading spinner spins under the text', async () => {
  const context = await newContext(env.browser, { javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(env.server.url);
  const message = page.locator('noscript .overlay h1');
  assert.equal(await message.isVisible(), true, 'the no-JavaScript message shows');
  assert.equal(await message.textContent(), 'Backstage Kickstart needs JavaScript');
  const text = await page.locator('noscript .overlay').boundingBox();
  for (const selector of ['.spinner', '#loading-text']) {
    const box = await page.locator(selector).boundingBox();
    const visible = await page.locator(selector).isVisible();
    const overlapping = visible && box && box.y < text.y + text.height && text.y < box.y + box.height;
    assert.ok(!visible, `${selector} is not shown without JavaScript${overlapping ? ', and it overlaps the message' : ''}`);
  }
  await page.screenshot({ path: artifactPath('noscript.png') });
  await context.close();
});

test('"Between 1 and 100000." shows only when a value was out of range', async () => {
  const context = await newContext(env.browser, { colorScheme: 'light' });
  const { page, errors } = await openApp(context, env.server.url);
  await clickWidget(page, 'welcome.start');
  await mouseAway(page);
  let state = await appState(page);
  const field = state.widgets['q.engineers'];
  const under = { x: field.x, y: field.y + field.height + 3, width: 220, height: 16 };
  const background = await pixel(page, Math.round(field.x - 6), Math.round(under.y + 8));
  const ink = await inkIn(page, under, background);
  assert.equal(ink, 0, `nothing is written under a field holding a good value (${ink} pixels of text there)`);
  assert.equal(state.field_messages.engineers, undefined);

  await clickWidget(page, 'q.engineers');
  await pressChord(page, 'Control', 'a');
  await typeText(page, '0');
  await pressKey(page, 'Enter');
  state = await appState(page);
  assert.equal(state.answers.engineers, 1);
  assert.match(state.field_messages.engineers ?? '', /1.100000/, 'out of range: the range is given');
  assert.ok(state.widgets['q.engineers.message']);
  assert.deepEqual(errors, []);
  await context.close();
});
