// The wizard end to end in real Chromium: real clicks and keys on real widgets, real
// downloads, share links opened in fresh browsers, autosave across reloads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  appState, artifactPath, cliPlan, clickWidget, downloadFrom, mouseAway, newContext, openApp, paste, pressKey,
  replaceText, settle, strongestContrast, useBrowserAndServer, walkWizard
} from './harness.mjs';

const env = useBrowserAndServer();

const AUTOSAVE_KEY = 'backstage-kickstart/autosave';

test('the whole flow: every step answered, and the plan is the core\'s plan for those answers', async () => {
  const context = await newContext(env.browser);
  const { page, errors } = await openApp(context, env.server.url);
  await walkWizard(page);
  const state = await appState(page);
  assert.equal(state.answers.org_name, 'Acme Platform');
  assert.equal(state.answers.hours_per_week, 6);
  assert.equal(state.answers.scm, 'gitlab');
  assert.ok(state.answers.ci.includes('jenkins'), 'Jenkins ticked');
  assert.equal(state.answers.goals[0], 'docs');
  assert.equal(state.plan.hours_available, 6 * state.answers.weeks_to_demo);
  // The page's order is the CLI's order for the same answers (one core, two builds).
  const expected = JSON.parse(cliPlan(state.answers));
  assert.deepEqual(state.plan.order, expected.items.map((item) => item.id));
  assert.equal(state.plan.method, expected.summary.order_method);
  // Changing an answer changes the plan at once.
  await clickWidget(page, 'stepper.0');
  await replaceText(page, 'q.hours_per_week', '20');
  assert.equal((await appState(page)).plan.hours_available, 20 * state.answers.weeks_to_demo);
  assert.deepEqual(errors, []);
  await context.close();
});

test('downloads: the JSON is the core\'s export, the Markdown has sections, checkboxes and snippets', async () => {
  const context = await newContext(env.browser);
  const { page, errors } = await openApp(context, env.server.url);
  await walkWizard(page);
  const first = (await appState(page)).plan.order[0];
  await clickWidget(page, `plan.done.${first}`);
  const state = await appState(page);
  assert.deepEqual(state.done, [first]);

  const json = await downloadFrom(page, 'plan.download_json');
  assert.match(json.name, /^backstage-kickstart-plan-\d{4}-\d{2}-\d{2}\.json$/);
  const plan = JSON.parse(json.text);
  assert.equal(plan.schema, 'backstage-kickstart/plan');
  assert.equal(json.text, cliPlan(state.answers, { done: [first], date: plan.generated_on }));

  const markdown = await downloadFrom(page, 'plan.download_md');
  assert.match(markdown.name, /^backstage-kickstart-plan-\d{4}-\d{2}-\d{2}\.md$/);
  for (const needle of ['# Backstage Kickstart plan for Acme Platform', '## Summary', '## Your answers',
    '## Before the demo', '```mermaid\ngantt', '- [x] **Done**', '- [ ] **Done**', '```yaml']) {
    assert.ok(markdown.text.includes(needle), `Markdown has ${JSON.stringify(needle)}`);
  }
  assert.match((await appState(page)).notice, /^Downloaded backstage-kickstart-plan-/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the share link opened in a fresh browser restores the identical plan, progress included', async () => {
  const first = await newContext(env.browser);
  const { page, errors } = await openApp(first, env.server.url);
  await walkWizard(page);
  const order = (await appState(page)).plan.order;
  await clickWidget(page, `plan.done.${order[1]}`);
  const link = page.url();
  assert.ok(link.includes('#v2.'), 'the address carries the plan');
  const original = await downloadFrom(page, 'plan.download_json');

  const second = await newContext(env.browser);
  const opened = await openApp(second, link);
  const state = await appState(opened.page);
  assert.equal(state.screen, 'plan');
  assert.deepEqual(state.done, [order[1]]);
  const copy = await downloadFrom(opened.page, 'plan.download_json');
  assert.equal(copy.text, original.text);
  assert.deepEqual(errors, []);
  assert.deepEqual(opened.errors, []);
  await first.close();
  await second.close();
});

test('bad links show a message, keep the autosave and raise no console error', async () => {
  const context = await newContext(env.browser);
  const { page, errors } = await openApp(context, env.server.url);
  await clickWidget(page, 'welcome.start');
  await replaceText(page, 'q.org_name', 'Saved Org');
  const saved = await page.evaluate((key) => localStorage.getItem(key), AUTOSAVE_KEY);
  assert.ok(saved && saved.includes('"link"'), 'an autosave exists');
  const good = (await appState(page)).link;

  const bad = [`v2.${good.slice(3, -4)}`, 'v3.AAAAAAAA', 'v1.not$valid', 'v2.not$valid', 'hello'];
  for (const fragment of bad) {
    const tab = await context.newPage();
    const tabErrors = [];
    tab.on('console', (m) => { if (m.type() === 'error') tabErrors.push(m.text()); });
    tab.on('pageerror', (e) => tabErrors.push(String(e)));
    await tab.goto(`${env.server.url}#${fragment}`);
    await tab.waitForFunction(() => document.body.classList.contains('app-ready'));
    const state = await appState(tab);
    assert.match(state.notice, /^The link could not be opened: share link/, `message for #${fragment}`);
    assert.match(state.notice, /Your saved plan is shown instead\.$/);
    assert.equal(state.answers.org_name, 'Saved Org', 'the autosave is what is shown');
    assert.equal(await tab.evaluate((key) => localStorage.getItem(key), AUTOSAVE_KEY), saved, 'autosave untouched');
    assert.deepEqual(tabErrors, []);
    await tab.close();
  }

  // A valid link to another plan asks before replacing the saved one; keeping changes nothing.
  const other = await newContext(env.browser);
  const otherPage = (await openApp(other, env.server.url)).page;
  await clickWidget(otherPage, 'welcome.start');
  await replaceText(otherPage, 'q.org_name', 'Other Org');
  const otherLink = (await appState(otherPage)).link;
  await other.close();
  const tab = await context.newPage();
  await tab.goto(`${env.server.url}#${otherLink}`);
  await tab.waitForFunction(() => document.body.classList.contains('app-ready'));
  assert.equal((await appState(tab)).dialog, 'replace_with_link');
  assert.equal(await tab.evaluate((key) => localStorage.getItem(key), AUTOSAVE_KEY), saved, 'nothing saved yet');
  await tab.screenshot({ path: artifactPath('dialog-link-dpr1.png') });
  await clickWidget(tab, 'dialog.cancel');
  let state = await appState(tab);
  assert.equal(state.answers.org_name, 'Saved Org');
  assert.equal(await tab.evaluate((key) => localStorage.getItem(key), AUTOSAVE_KEY), saved);
  // ... and opening it replaces it.
  await tab.goto('about:blank');
  await tab.goto(`${env.server.url}#${otherLink}`);
  await tab.waitForFunction(() => document.body.classList.contains('app-ready'));
  await clickWidget(tab, 'dialog.confirm');
  state = await appState(tab);
  assert.equal(state.answers.org_name, 'Other Org');
  assert.equal(state.screen, 'plan');
  assert.deepEqual(errors, []);
  await context.close();
});

test('reload restores the autosave; done ticks survive reload and travel in the link', async () => {
  const context = await newContext(env.browser);
  const { page, errors } = await openApp(context, env.server.url);
  await walkWizard(page);
  const order = (await appState(page)).plan.order;
  await clickWidget(page, `plan.done.${order[0]}`);
  await clickWidget(page, `plan.done.${order[2]}`);
  const before = await appState(page);
  await page.reload();
  await page.waitForFunction(() => document.body.classList.contains('app-ready'));
  const after = await appState(page);
  assert.equal(after.screen, 'plan');
  assert.deepEqual(after.answers, before.answers);
  assert.deepEqual(after.done.sort(), [order[0], order[2]].sort());
  assert.equal(after.link, before.link);
  // Reloading a bare address (no fragment) restores from localStorage alone.
  await page.goto(env.server.url);
  await page.waitForFunction(() => document.body.classList.contains('app-ready'));
  assert.deepEqual((await appState(page)).done.sort(), [order[0], order[2]].sort());
  assert.match((await appState(page)).notice, /^Restored your saved plan/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('open a plan file: a JSON plan restores answers and progress; a broken file changes nothing', async () => {
  const context = await newContext(env.browser);
  const { page, errors } = await openApp(context, env.server.url);
  const planText = cliPlan({ org_name: 'From File', scm: 'bitbucket-cloud' }, { done: ['create-app-local'] });
  const good = join(tmpdir(), 'kickstart-good-plan.json');
  writeFileSync(good, planText);
  const broken = join(tmpdir(), 'kickstart-broken-plan.json');
  writeFileSync(broken, '{"schema": "backstage-kickstart/plan", "version": 1, "answers": {"scm": "svn"}}');

  let chooser = page.waitForEvent('filechooser');
  await clickWidget(page, 'welcome.open_file');
  await (await chooser).setFiles(good);
  await page.waitForFunction(() => window.kickstart.state().answers.org_name === 'From File');
  let state = await appState(page);
  assert.equal(state.screen, 'plan');
  assert.equal(state.answers.scm, 'bitbucket-cloud');
  assert.deepEqual(state.done, ['create-app-local']);
  assert.match(state.notice, /^Opened kickstart-good-plan\.json/);

  chooser = page.waitForEvent('filechooser');
  await clickWidget(page, 'plan.open_file');
  await (await chooser).setFiles(broken);
  await page.waitForFunction(() => window.kickstart.state().notice.includes('could not be opened'));
  state = await appState(page);
  assert.match(state.notice, /answers\.scm: 'svn' is not one of github/);
  assert.equal(state.answers.org_name, 'From File', 'nothing lost');
  assert.deepEqual(errors, []);
  await context.close();
});

test('start over asks first, and clears only when confirmed', async () => {
  const context = await newContext(env.browser);
  const { page, errors } = await openApp(context, env.server.url);
  await walkWizard(page);
  await clickWidget(page, 'plan.start_over');
  assert.equal((await appState(page)).dialog, 'start_over');
  await page.screenshot({ path: artifactPath('dialog-start-over-dpr1.png') });
  await clickWidget(page, 'dialog.cancel');
  assert.equal((await appState(page)).answers.org_name, 'Acme Platform');
  await clickWidget(page, 'plan.start_over');
  await clickWidget(page, 'dialog.confirm');
  const state = await appState(page);
  assert.equal(state.screen, 'welcome');
  assert.equal(state.answers.org_name, '');
  assert.deepEqual(errors, []);
  await context.close();
});

test('language: the switch changes the texts (Polish downloads), and Polish browsers start in Polish', async () => {
  const context = await newContext(env.browser);
  const { page, errors } = await openApp(context, env.server.url);
  await clickWidget(page, 'top.language.1');
  assert.equal((await appState(page)).language, 'pl');
  await clickWidget(page, 'welcome.skip');
  const markdown = await downloadFrom(page, 'plan.download_md');
  assert.ok(markdown.text.includes('## Przed demo'));
  assert.match((await appState(page)).notice, /^Pobrano /);
  await context.close();

  const polish = await env.browser.newContext({ locale: 'pl-PL', viewport: { width: 1280, height: 800 } });
  const opened = await openApp(polish, env.server.url);
  assert.equal((await appState(opened.page)).language, 'pl');
  assert.deepEqual(errors, []);
  assert.deepEqual(opened.errors, []);
  await polish.close();
});

test('text fields: typing, pasting, and the cursor shapes over fields and buttons', async () => {
  const context = await newContext(env.browser);
  const { page, errors } = await openApp(context, env.server.url);
  const start = (await appState(page)).widgets['welcome.start'];
  await page.mouse.move(start.x + 5, start.y + 5);
  await settle(page);
  assert.equal(await page.evaluate(() => document.getElementById('canvas').style.cursor), 'pointer');
  await clickWidget(page, 'welcome.start');
  const field = (await appState(page)).widgets['q.org_name'];
  await page.mouse.move(field.x + 10, field.y + 5);
  await settle(page);
  assert.equal(await page.evaluate(() => document.getElementById('canvas').style.cursor), 'text');
  await clickWidget(page, 'q.org_name');
  await paste(page, 'Pasted Sp. z o.o.');
  await pressKey(page, 'Enter');
  assert.equal((await appState(page)).answers.org_name, 'Pasted Sp. z o.o.');
  assert.deepEqual(errors, []);
  await context.close();
});

test('idle: the plan screen stops drawing, and runs no code at all, when nothing happens', async () => {
  const context = await newContext(env.browser);
  // Counts every animation-frame callback the page runs (the app's loop is one).
  await context.addInitScript(() => {
    window.kickstartAnimationFrames = 0;
    const request = window.requestAnimationFrame.bind(window);
    window.requestAnimationFrame = (callback) => request((time) => {
      window.kickstartAnimationFrames += 1;
      callback(time);
    });
  });
  const { page, errors } = await openApp(context, env.server.url);
  await clickWidget(page, 'welcome.skip');
  await page.waitForTimeout(1000);  // let the last input's settle time pass
  const before = await page.evaluate(() => [window.kickstart.framesDrawn(), window.kickstartAnimationFrames]);
  await page.waitForTimeout(5000);
  const after = await page.evaluate(() => [window.kickstart.framesDrawn(), window.kickstartAnimationFrames]);
  const drawn = after[0] - before[0];
  const callbacks = after[1] - before[1];
  console.log(`during 5 idle seconds on the plan screen: ${drawn} frames drawn, ${callbacks} animation-frame callbacks`);
  assert.ok(drawn < 30, `an idle page draws next to nothing (drew ${drawn}; continuous drawing is ~300)`);
  assert.equal(callbacks, 0, 'the frame loop is paused: no animation-frame callback runs while idle');
  // Any input wakes it: a click still works at once.
  await clickWidget(page, 'plan.tab.1');
  assert.equal((await appState(page)).widgets['timeline.area'] !== undefined, true, 'the click was drawn');
  // So does a change of size without a window resize, and an answer from the page.
  await page.waitForTimeout(1000);
  const frames = await page.evaluate(() => window.kickstart.framesDrawn());
  await page.evaluate(() => { document.getElementById('canvas').style.width = '900px'; });
  await page.waitForFunction(() => document.getElementById('canvas').width === 900);
  assert.ok((await page.evaluate(() => window.kickstart.framesDrawn())) > frames, 'a canvas resize woke the loop');
  assert.deepEqual(errors, []);
  await context.close();
});

test('layout: every screen at DPR 1 and 2, and at 800x600 and 2560x1440, fits its window', async () => {
  for (const [width, height, dpr] of [[1280, 800, 1], [1280, 800, 2], [800, 600, 1], [2560, 1440, 1]]) {
    const context = await newContext(env.browser, { width, height, deviceScaleFactor: dpr });
    const { page, errors } = await openApp(context, env.server.url);
    const tag = `${width}x${height}-dpr${dpr}`;
    await walkWizard(page, { shots: tag });
    const state = await appState(page);
    for (const [name, rect] of Object.entries(state.widgets)) {
      assert.ok(rect.x >= 0 && rect.x + rect.width <= width + 1, `${name} inside the width at ${tag}`);
    }
    await clickWidget(page, 'top.theme.1');
    await page.screenshot({ path: artifactPath(`${tag}-plan-light.png`) });
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('keyboard: arrows and Enter press buttons, Escape goes back', async () => {
  const context = await newContext(env.browser);
  const { page, errors } = await openApp(context, env.server.url);
  // Keyboard navigation starts on Start; down goes to the examples below it, up comes back.
  // ImGui resolves an arrow's move a frame or two after the key: wait for the focus to land
  // (a busy machine draws fewer frames per key press) before the next key.
  await pressKey(page, 'ArrowDown');
  await page.waitForFunction(() => window.kickstart.state().focused.startsWith('welcome.example.'));
  await pressKey(page, 'ArrowUp');
  await page.waitForFunction(() => window.kickstart.state().focused === 'welcome.start');
  await pressKey(page, 'Enter');
  assert.equal((await appState(page)).screen, 'questions');
  await pressKey(page, 'Escape');
  assert.equal((await appState(page)).screen, 'welcome');
  assert.deepEqual(errors, []);
  await context.close();
});

test('copy link puts the page address with the plan on the clipboard and says so', async () => {
  const context = await newContext(env.browser);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.url.replace(/\/$/, '') });
  const { page, errors } = await openApp(context, env.server.url);
  await clickWidget(page, 'welcome.skip');
  await clickWidget(page, 'plan.copy_link');
  await page.waitForFunction(() => window.kickstart.state().notice !== '');
  assert.match((await appState(page)).notice, /^Link copied\./);
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), page.url());
  assert.deepEqual(errors, []);
  await context.close();
});

test('editing the address (hashchange) to a broken link: a message, the plan on screen and the autosave stay', async () => {
  const context = await newContext(env.browser);
  const { page, errors } = await openApp(context, env.server.url);
  await clickWidget(page, 'welcome.example.startup');
  const before = await appState(page);
  const saved = await page.evaluate((key) => localStorage.getItem(key), AUTOSAVE_KEY);
  await page.evaluate(() => { window.location.hash = 'v1.broken$link'; });
  await page.waitForFunction(() => window.kickstart.state().notice.startsWith('The link could not be opened'));
  const state = await appState(page);
  assert.match(state.notice, /^The link could not be opened: share link .*Your saved plan is shown instead\.$/);
  assert.equal(state.dialog, '', 'nothing to ask: the link is unusable');
  assert.equal(state.screen, 'plan');
  assert.deepEqual(state.answers, before.answers, 'the plan on screen stays');
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), AUTOSAVE_KEY), saved, 'autosave untouched');
  assert.equal(page.url().split('#')[1], before.link, 'the address shows the plan on screen again');
  await page.screenshot({ path: artifactPath('notice-bad-link-dpr1.png') });
  assert.deepEqual(errors, []);
  await context.close();
});

test('editing the address (hashchange) to another plan, then "Keep my saved plan": nothing changes', async () => {
  const context = await newContext(env.browser);
  const { page, errors } = await openApp(context, env.server.url);
  await clickWidget(page, 'welcome.example.startup');
  const before = await appState(page);
  const saved = await page.evaluate((key) => localStorage.getItem(key), AUTOSAVE_KEY);
  const other = JSON.parse(cliPlan({ org_name: 'Elsewhere' })).share_link;
  await page.evaluate((link) => { window.location.hash = link; }, other);
  await page.waitForFunction(() => window.kickstart.state().dialog === 'replace_with_link');
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), AUTOSAVE_KEY), saved, 'nothing saved while asking');
  await clickWidget(page, 'dialog.cancel');
  const state = await appState(page);
  assert.equal(state.dialog, '');
  assert.deepEqual(state.answers, before.answers, 'the plan on screen stays');
  assert.equal(state.screen, 'plan');
  assert.match(state.notice, /^Your saved plan is shown instead\.$/);
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), AUTOSAVE_KEY), saved, 'autosave untouched');
  assert.equal(page.url().split('#')[1], before.link, 'the address shows the kept plan');
  assert.deepEqual(errors, []);
  await context.close();
});

test('editing the address (hashchange) asks before replacing the plan on screen', async () => {
  const context = await newContext(env.browser);
  const { page, errors } = await openApp(context, env.server.url);
  await clickWidget(page, 'welcome.skip');
  const other = JSON.parse(cliPlan({ org_name: 'Elsewhere' })).share_link;
  await page.evaluate((link) => { window.location.hash = link; }, other);
  await page.waitForFunction(() => window.kickstart.state().dialog === 'replace_with_link');
  await clickWidget(page, 'dialog.confirm');
  assert.equal((await appState(page)).answers.org_name, 'Elsewhere');
  assert.equal(page.url().split('#')[1], other);
  assert.deepEqual(errors, []);
  await context.close();
});

test('theme follows prefers-color-scheme, and DPR 3 is drawn at device resolution', async () => {
  for (const colorScheme of ['dark', 'light']) {
    const context = await env.browser.newContext({ colorScheme, viewport: { width: 1280, height: 800 }, deviceScaleFactor: 3 });
    const { page, errors } = await openApp(context, env.server.url);
    const state = await appState(page);
    assert.equal(state.theme, colorScheme);
    assert.equal(state.scale, 3);
    assert.equal(await page.evaluate(() => document.getElementById('canvas').width), 1280 * 3);
    await clickWidget(page, 'welcome.skip');
    await page.screenshot({ path: artifactPath(`plan-${colorScheme}-dpr3.png`) });
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('the welcome screen opens an example organisation\'s plan', async () => {
  const context = await newContext(env.browser);
  const { page, errors } = await openApp(context, env.server.url);
  await clickWidget(page, 'welcome.example.scaleup');
  const state = await appState(page);
  assert.equal(state.screen, 'plan');
  assert.equal(state.answers.org_name, 'Nordhaven Logistics');
  assert.equal(state.answers.scm, 'gitlab-self-managed');
  assert.deepEqual(state.plan.order, JSON.parse(cliPlan(state.answers)).items.map((item) => item.id));
  await page.screenshot({ path: artifactPath('example-scaleup-plan.png') });
  assert.deepEqual(errors, []);
  await context.close();
});

test('plan: "By step" groups the actions under step headings, "Before / after the demo" under the demo ones', async () => {
  const context = await newContext(env.browser);
  const { page, errors } = await openApp(context, env.server.url);
  await clickWidget(page, 'welcome.example.scaleup');
  let state = await appState(page);
  assert.ok(state.widgets['plan.heading.before_demo'], 'grouped around the demo at first');
  assert.ok(!Object.keys(state.widgets).some((name) => name.startsWith('plan.heading.step.')));
  await clickWidget(page, 'plan.group.1');
  state = await appState(page);
  const headings = Object.entries(state.widgets).filter(([name]) => name.startsWith('plan.heading.step.'))
    .sort((a, b) => a[1].y - b[1].y).map(([name]) => name);
  assert.deepEqual(headings.slice(0, 2), ['plan.heading.step.stand-up', 'plan.heading.step.fill-catalog'],
    `step headings in step order: ${headings.join(', ')}`);
  assert.ok(!state.widgets['plan.heading.before_demo'], 'no demo headings while grouped by step');
  // Every row sits under its own step's heading: the first row after "Step 1" is a stand-up action.
  const firstRow = Object.entries(state.widgets).filter(([name]) => name.startsWith('plan.item.'))
    .sort((a, b) => a[1].y - b[1].y)[0];
  assert.ok(firstRow[1].y > state.widgets['plan.heading.step.stand-up'].y);
  await page.screenshot({ path: artifactPath('plan-by-step-dpr1.png') });
  await clickWidget(page, 'plan.group.0');
  assert.ok((await appState(page)).widgets['plan.heading.before_demo']);
  assert.deepEqual(errors, []);
  await context.close();
});

test('plan at 800x600: a compact header leaves most of the height to the actions; long titles end in "…" with a tooltip', async () => {
  const context = await newContext(env.browser, { width: 800, height: 600 });
  const { page, errors } = await openApp(context, env.server.url);
  await clickWidget(page, 'welcome.example.enterprise');
  const titles = Object.fromEntries(JSON.parse((await downloadFrom(page, 'plan.download_json')).text).items
    .map((item, index) => [item.id, `${index + 1}. ${item.title}`]));
  await clickWidget(page, 'notice.dismiss');
  const state = await appState(page);
  const figures = ['hours', 'value', 'actions', 'done'].map((name) => state.widgets[`plan.figure.${name}`]);
  assert.ok(figures.every((rect) => Math.abs(rect.y - figures[0].y) < 2), 'the four numbers share one row');
  assert.ok(figures.every((rect) => rect.height < 24), 'in body-size type');
  assert.equal(state.widgets['plan.figure.method'], undefined, 'how the order was found is in a tooltip, not in plain view');
  // Six downloads fill a line of their own at this width; the other commands share the next.
  const sameLine = (names) => {
    const rects = names.map((name) => state.widgets[`plan.${name}`]);
    return rects.every((rect) => Math.abs(rect.y - rects[0].y) < 2);
  };
  assert.ok(sameLine(['download_md', 'download_json', 'download_html', 'download_csv-jira', 'download_csv-gitlab',
    'download_csv-azure-boards']), 'the downloads share one line');
  assert.ok(sameLine(['leave_out_done', 'copy_link', 'open_file', 'edit_answers', 'start_over']),
    'the other commands share the next line');
  // The plan's own header runs from the stepper to the list. With six downloads and the demo's
  // sentence it takes two command lines here, so the list keeps at least a third of the window
  // and at least two thirds of the header's height (the compact layout for small windows and
  // phones is to gather the tracker files in one menu).
  const list = state.widgets['plan.list'];
  const header = list.y - state.widgets['stepper.0'].y;
  assert.ok(list.height >= (2 / 3) * header, `the action list (${list.height} px) against the header (${header} px)`);
  assert.ok(list.height >= 600 / 3, `the action list has ${list.height} of 600 px`);
  // Figures say what they are; their value is not repeated in words.
  await page.screenshot({ path: artifactPath('800x600-plan-compact.png') });

  // A title too long for its row ends in an ellipsis; hovering it shows the whole title.
  const rows = Object.entries(state.widgets).filter(([name, rect]) => name.startsWith('plan.item.') &&
    rect.y >= rect.clip_top && rect.y + rect.height <= rect.clip_bottom);
  let cut = 0;
  let whole = 0;
  for (const [name, rect] of rows) {
    await page.mouse.move(rect.x + rect.width / 2, rect.y + rect.height / 2);
    await settle(page);
    const { tooltip } = await appState(page);
    const title = titles[name.slice('plan.item.'.length)];
    if (tooltip) {
      assert.equal(tooltip, title, 'the tooltip holds the whole title');
      cut += 1;
    } else {
      whole += 1;
    }
  }
  assert.ok(cut > 0 && whole > 0, `some titles are cut (${cut}) and the short ones are not (${whole})`);
  await page.screenshot({ path: artifactPath('800x600-plan-ellipsis-tooltip.png') });
  assert.deepEqual(errors, []);
  await context.close();
});

test('timeline: a legend names the six step colours; cut labels have the whole title on hover', async () => {
  const context = await newContext(env.browser, { width: 900, height: 700 });
  const { page, errors } = await openApp(context, env.server.url);
  await clickWidget(page, 'welcome.example.enterprise');
  await clickWidget(page, 'plan.tab.1');
  const state = await appState(page);
  const legend = Object.keys(state.widgets).filter((name) => name.startsWith('timeline.legend.'));
  assert.deepEqual(legend.sort(), ['stand-up', 'fill-catalog', 'owners', 'docs', 'tools', 'golden-path']
    .map((step) => `timeline.legend.${step}`).sort());
  const area = state.widgets['timeline.area'];
  assert.ok(Object.keys(state.widgets).filter((name) => name.startsWith('timeline.legend.'))
    .every((name) => state.widgets[name].y < area.y), 'the legend is above the chart');
  // Hovering a row's label shows its whole title.
  await page.mouse.move(area.x + 40, area.y + 60);
  await settle(page);
  assert.match((await appState(page)).tooltip, /^\d+\. .+\n.+ h · week \d+$/);
  await page.screenshot({ path: artifactPath('timeline-legend-dpr1.png') });
  assert.deepEqual(errors, []);
  await context.close();
});

test('contrast: unticked boxes, radio buttons and fields have a 3:1 edge, error texts 4.5:1, in both themes', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const context = await newContext(env.browser, { colorScheme });
    const { page, errors } = await openApp(context, env.server.url);
    await clickWidget(page, 'welcome.start');
    await mouseAway(page);
    let state = await appState(page);
    assert.equal(state.theme, colorScheme);
    const beside = (rect) => ({ x: rect.x - 4, y: rect.y + rect.height / 2 });  // the window behind
    const square = (rect) => ({ x: rect.x, y: rect.y, width: rect.height, height: rect.height });
    const field = state.widgets['q.org_name'];
    const radio = square(state.widgets['q.stage.local-demo']);  // unticked
    for (const [what, rect] of [['text field', field], ['radio button', radio]]) {
      const { ratio } = await strongestContrast(page, rect, beside(rect));
      assert.ok(ratio >= 3, `${colorScheme}: the ${what}'s edge has ${ratio.toFixed(2)}:1 against the window`);
    }
    // A field's error message.
    await clickWidget(page, 'q.org_name');
    await paste(page, 'x'.repeat(200));
    await pressKey(page, 'Escape');
    await mouseAway(page);
    state = await appState(page);
    const message = state.widgets['q.org_name.message'];
    assert.ok(message, 'the field shows its message');
    let { ratio } = await strongestContrast(page, message, { x: message.x - 4, y: message.y + message.height / 2 });
    assert.ok(ratio >= 4.5, `${colorScheme}: the field message has ${ratio.toFixed(2)}:1`);
    // An unticked checkbox, on the plan's list and on the details panel.
    await clickWidget(page, 'nav.to_plan');
    await mouseAway(page);
    state = await appState(page);
    const box = state.widgets[`plan.done.${state.plan.order[0]}`];
    ({ ratio } = await strongestContrast(page, box, beside(box)));
    assert.ok(ratio >= 3, `${colorScheme}: the unticked box's edge has ${ratio.toFixed(2)}:1`);
    const details = square(state.widgets['plan.details.done']);
    ({ ratio } = await strongestContrast(page, details, beside(details)));
    assert.ok(ratio >= 3, `${colorScheme}: on the details panel, ${ratio.toFixed(2)}:1`);
    // The error notice, on its panel.
    await page.evaluate(() => { window.location.hash = 'v1.broken$link'; });
    await page.waitForFunction(() => window.kickstart.state().notice.startsWith('The link'));
    await settle(page);
    const notice = (await appState(page)).widgets['notice.text'];
    ({ ratio } = await strongestContrast(page, notice, { x: notice.x - 4, y: notice.y + notice.height / 2 }));
    assert.ok(ratio >= 4.5, `${colorScheme}: the error notice has ${ratio.toFixed(2)}:1`);
    await page.screenshot({ path: artifactPath(`contrast-${colorScheme}.png`) });
    assert.deepEqual(errors, []);
    await context.close();
  }
});
