// The DOM mirror of the canvas (src/app/semantics.hpp, library_kickstart.js): what a screen
// reader and the browser's accessibility tree see, read through Chromium's own accessibility
// tree (CDP Accessibility.getFullAXTree) on every screen, in English and Polish; and a journey
// that uses only the mirror's elements — focused and given keys, never a click on the canvas.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  appState, artifactPath, clickWidget, downloadFrom, newContext, openApp, settle, useBrowserAndServer,
} from './harness.mjs';

const env = useBrowserAndServer();

// The mirror's node roles as Chromium's accessibility tree names them.
const AX_ROLE = {
  button: 'button', checkbox: 'checkbox', radio: 'radio', textbox: 'textbox', number: 'spinbutton', tab: 'tab',
  link: 'link', heading: 'heading', radiogroup: 'radiogroup', tablist: 'tablist', list: 'list', listitem: 'listitem',
  question: 'group', group: 'group', region: 'region', alertdialog: 'alertdialog', dialog: 'dialog',
};

// The accessibility tree of the page, keyed by the mirror node id each AX node was made for.
async function axTreeByNode(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('Accessibility.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: '#semantics [data-sem]' });
  const backendToId = new Map();
  for (const nodeId of nodeIds) {
    const { node } = await cdp.send('DOM.describeNode', { nodeId });
    const attributes = node.attributes ?? [];
    const at = attributes.indexOf('data-sem');
    backendToId.set(node.backendNodeId, attributes[at + 1]);
  }
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const byId = new Map();
  for (const ax of nodes) {
    const id = backendToId.get(ax.backendDOMNodeId);
    if (id !== undefined && !ax.ignored) byId.set(id, ax);
  }
  await cdp.detach();
  return byId;
}

const property = (ax, name) => ax.properties?.find((p) => p.name === name)?.value?.value;

// Every widget the app drew (its probe names) and every node of its tree has an AX node with
// the tree's role, name and state.
async function checkScreen(page, label) {
  await settle(page);
  const state = await appState(page);
  const tree = await page.evaluate(() => window.kickstartMirror.tree);
  const ax = await axTreeByNode(page);
  const nodes = new Map(tree.nodes.map((node) => [node.id, node]));
  for (const widget of Object.keys(state.widgets)) {
    assert.ok(nodes.has(widget), `${label}: the drawn widget '${widget}' has no node in the mirror`);
  }
  for (const node of tree.nodes) {
    if (node.role === 'radiogroup' || node.role === 'tablist' || node.role === 'question') {
      assert.ok(node.name, `${label}: the ${node.role} '${node.id}' has no name`);
    }
  }
  let checked = 0;
  for (const node of tree.nodes) {
    const expected = AX_ROLE[node.role];
    if (!expected || (!node.name && node.role !== 'list' && node.role !== 'listitem')) continue;
    const found = ax.get(node.id);
    assert.ok(found, `${label}: '${node.id}' (${node.role}) is not in the accessibility tree`);
    assert.equal(found.role.value, expected, `${label}: role of '${node.id}'`);
    if (node.name && node.role !== 'list' && node.role !== 'listitem') {
      assert.equal(found.name.value.trim(), node.name.trim(), `${label}: name of '${node.id}'`);
    }
    if (node.checked !== undefined && (node.role === 'checkbox' || node.role === 'radio')) {
      assert.equal(property(found, 'checked'), node.checked ? 'true' : 'false', `${label}: checked of '${node.id}'`);
    }
    if (node.role === 'tab') assert.equal(!!property(found, 'selected'), !!node.checked, `${label}: '${node.id}' selected`);
    if (node.role === 'heading') assert.equal(property(found, 'level'), node.level, `${label}: level of '${node.id}'`);
    if (node.focusable && node.role !== 'heading') assert.equal(property(found, 'focusable'), true, `${label}: '${node.id}'`);
    checked += 1;
  }
  assert.ok(checked > 10, `${label}: only ${checked} nodes checked`);
  assert.equal(await page.evaluate(() => document.documentElement.lang), state.language, `${label}: <html lang>`);
  assert.equal(await page.evaluate(() => document.title), tree.title, `${label}: title`);
  return { state, tree, ax };
}

for (const { locale, language, planTitle, start } of [
  { locale: 'en-GB', language: 'en', planTitle: 'Plan — Backstage Kickstart', start: 'Start' },
  { locale: 'pl-PL', language: 'pl', planTitle: 'Plan — Backstage Kickstart', start: 'Zaczynamy' },
]) {
  test(`the accessibility tree has every drawn widget with its role, name and state on every screen (${language})`, async () => {
    const context = await newContext(env.browser, { locale });
    const { page, errors } = await openApp(context, env.server.url);
    const welcome = await checkScreen(page, `${language} welcome`);
    assert.equal(welcome.state.language, language);
    assert.equal(welcome.ax.get('welcome.start').name.value, start);
    await clickWidget(page, 'welcome.start');
    for (let section = 0; section < 3; section += 1) {
      const { state } = await checkScreen(page, `${language} questions ${section}`);
      assert.equal(state.section, section);
      await clickWidget(page, 'nav.next');
    }
    await checkScreen(page, `${language} review`);
    await clickWidget(page, 'review.to_plan');
    const plan = await checkScreen(page, `${language} plan`);
    assert.equal(plan.tree.title, planTitle);
    await page.screenshot({ path: artifactPath(`accessibility-plan-${language}.png`) });
    await clickWidget(page, 'plan.tab.1');
    await checkScreen(page, `${language} timeline`);
    await clickWidget(page, 'plan.tab.0');
    await clickWidget(page, 'plan.start_over');
    const dialog = await checkScreen(page, `${language} start-over dialog`);
    const cancel = dialog.tree.nodes.find((node) => node.id === 'dialog.cancel');
    assert.equal(dialog.ax.get(cancel.parent).role.value, 'alertdialog');
    assert.equal(property(dialog.ax.get(cancel.parent), 'modal'), true);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

// Focuses a mirror element as a screen reader or Tab does, and waits for the app to follow.
async function focusNode(page, id) {
  await page.evaluate((target) => document.getElementById('sem-' + target).focus(), id);
  await settle(page);
  assert.equal(await page.evaluate(() => document.activeElement.dataset.sem), id, `DOM focus on ${id}`);
}

// A key on the focused mirror element, held across frames as people press keys.
async function keyOnFocused(page, key) {
  await page.keyboard.down(key);
  await settle(page, 2);
  await page.keyboard.up(key);
  await settle(page, 2);
}

test('a screen-reader journey through the mirror alone: wizard, plan, done, details, Markdown', async () => {
  const context = await newContext(env.browser);
  const { page, errors } = await openApp(context, env.server.url);
  await focusNode(page, 'welcome.start');
  await keyOnFocused(page, 'Enter');
  assert.equal((await appState(page)).screen, 'questions');
  assert.equal(await page.evaluate(() => document.title), 'Your organisation — Backstage Kickstart');

  // A text field: focusing its input starts the edit, typing reaches it, Enter ends it.
  await focusNode(page, 'q.org_name');
  assert.equal((await appState(page)).editing_text, true);
  await page.keyboard.type('Żabka Łódź', { delay: 20 });
  await settle(page);
  await keyOnFocused(page, 'Enter');
  assert.equal((await appState(page)).answers.org_name, 'Żabka Łódź');
  assert.equal(await page.evaluate(() => document.getElementById('sem-q.org_name').value), 'Żabka Łódź');

  // A number field through the mirror's input, as an input method would deliver it.
  await focusNode(page, 'q.hours_per_week');
  await page.evaluate(() => {
    const input = document.getElementById('sem-q.hours_per_week');
    input.value = '12';
    input.dispatchEvent(new InputEvent('input', { inputType: 'insertReplacementText', bubbles: true }));
  });
  await settle(page, 6);
  assert.equal((await appState(page)).answers.hours_per_week, 12);

  // A radio: Space on it chooses it; an arrow chooses the next one of its group.
  await focusNode(page, 'q.stage.local-demo');
  await keyOnFocused(page, ' ');
  assert.equal((await appState(page)).answers.stage, 'local-demo');
  assert.equal(await page.evaluate(() => document.getElementById('sem-q.stage.local-demo').checked), true);
  await keyOnFocused(page, 'ArrowRight');
  await settle(page, 4);
  assert.equal((await appState(page)).answers.stage, 'shared-instance');

  await focusNode(page, 'nav.to_plan');
  await keyOnFocused(page, 'Enter');
  let state = await appState(page);
  assert.equal(state.screen, 'plan');
  const [first, second] = state.plan.order;

  // Tick the first action done, open the second's details.
  await focusNode(page, `plan.done.${first}`);
  await keyOnFocused(page, ' ');
  state = await appState(page);
  assert.deepEqual(state.done, [first]);
  assert.equal(await page.evaluate((id) => document.getElementById('sem-plan.done.' + id).checked, first), true);
  await focusNode(page, `plan.item.${second}`);
  await keyOnFocused(page, 'Enter');
  assert.equal((await appState(page)).selected, second);
  const details = await page.evaluate(() => {
    const region = document.getElementById('sem-plan.details');
    return { tag: region.tagName, label: region.getAttribute('aria-label'), text: region.innerText, headings: region.querySelectorAll('h3').length };
  });
  assert.equal(details.tag, 'SECTION');
  assert.ok(details.headings >= 3, `details headings: ${details.headings}`);
  assert.ok(details.label.length > 0);

  // The Markdown download, from its mirror button.
  const waiting = page.waitForEvent('download');
  await focusNode(page, 'plan.download_md');
  await keyOnFocused(page, 'Enter');
  const download = await waiting;
  const path = join(mkdtempSync(join(tmpdir(), 'kickstart-download-')), download.suggestedFilename());
  await download.saveAs(path);
  const markdown = readFileSync(path, 'utf8');
  assert.match(download.suggestedFilename(), /\.md$/);
  assert.match(markdown, /Żabka Łódź/);
  assert.match(markdown, /12/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a screen reader activating an element (a click with no key) presses the widget', async () => {
  const context = await newContext(env.browser);
  const { page } = await openApp(context, env.server.url);
  await page.evaluate(() => document.getElementById('sem-top.language.1').click());
  await settle(page);
  assert.equal((await appState(page)).language, 'pl');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'pl');
  await page.evaluate(() => document.getElementById('sem-welcome.skip').click());
  await settle(page);
  assert.equal((await appState(page)).screen, 'plan');
  // The notice of a copied link is announced in the live region.
  await page.evaluate(() => document.getElementById('sem-plan.copy_link').click());
  await page.waitForFunction(() => document.getElementById('semantics-status').textContent.length > 0);
  assert.equal(await page.evaluate(() => document.getElementById('semantics-status').getAttribute('role')), 'status');
  await context.close();
});

// The downloads are links to the plan's files: a screen reader says "link", "save link as"
// works, and following the link gives the bytes the app's button gives.
test('the Markdown and HTML downloads are links whose files are the app buttons\' files', async () => {
  const context = await newContext(env.browser);
  const { page, errors } = await openApp(context, env.server.url);
  await clickWidget(page, 'welcome.skip');
  const first = (await appState(page)).plan.order[0];
  await clickWidget(page, `plan.done.${first}`);  // the files follow the plan as it is now
  const ax = await axTreeByNode(page);
  for (const format of ['md', 'html']) {
    const id = `plan.download_${format}`;
    const node = await page.evaluate((wanted) => window.kickstartMirror.tree.nodes.find((n) => n.id === wanted), id);
    assert.equal(ax.get(id).role.value, 'link', `${id}: role`);
    assert.equal(ax.get(id).name.value, node.name, `${id}: name`);
    assert.match(node.name, format === 'md' ? /Markdown/ : /HTML/);
    assert.equal(await page.evaluate((wanted) => document.getElementById('sem-' + wanted).tagName, id), 'A');
    // Focused (a screen reader's cursor, Tab): the address is the file's.
    await page.evaluate((wanted) => document.getElementById('sem-' + wanted).focus(), id);
    await settle(page);
    const link = await page.evaluate((wanted) => {
      const el = document.getElementById('sem-' + wanted);
      return { href: el.href, download: el.getAttribute('download') };
    }, id);
    assert.match(link.href, /^blob:/, `${id}: href`);
    assert.equal(link.download, node.value, `${id}: the file's name`);
    assert.match(link.download, new RegExp(`^backstage-kickstart-plan-\\d{4}-\\d{2}-\\d{2}\\.${format}$`));
    // Followed as a screen reader activates a link (a click with no key).
    const waiting = page.waitForEvent('download');
    await page.evaluate((wanted) => document.getElementById('sem-' + wanted).click(), id);
    const followed = await waiting;
    const fromLink = readFileSync(await followed.path());
    const fromButton = await downloadFrom(page, id);
    assert.equal(followed.suggestedFilename(), fromButton.name, `${id}: file name`);
    assert.ok(fromLink.equals(readFileSync(fromButton.path)), `${id}: the link's bytes are the button's`);
    assert.ok(fromLink.length > 500, `${id}: ${fromLink.length} bytes`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('with the mirror built, an idle page draws no frame and changes no element for 5 s', async () => {
  const context = await newContext(env.browser);
  const { page } = await openApp(context, env.server.url);
  await clickWidget(page, 'welcome.skip');
  await page.mouse.move(1, 1);
  await page.waitForTimeout(1000);
  const before = (await appState(page)).frames;
  const mutations = await page.evaluate(() => new Promise((resolve) => {
    let count = 0;
    const observer = new MutationObserver((records) => { count += records.length; });
    observer.observe(document.getElementById('semantics'), { subtree: true, childList: true, attributes: true, characterData: true });
    setTimeout(() => { observer.disconnect(); resolve(count); }, 5000);
  }));
  assert.equal((await appState(page)).frames - before, 0);
  assert.equal(mutations, 0);
  await context.close();
});

// axe-core, run in the page (evaluated through the DevTools protocol, which the page's
// Content-Security-Policy does not govern) on every screen: no serious or critical violation.
// The rest are written to build/web/test-artifacts/axe-minor.json.
test('axe-core finds no serious or critical violation on any screen', async () => {
  const axeSource = readFileSync(new URL('./node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');
  const context = await newContext(env.browser);
  const { page } = await openApp(context, env.server.url);
  const minor = [];
  const audit = async (screen) => {
    await settle(page);
    if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => (await window.axe.run(document)).violations
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) })));
    const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    assert.deepEqual(bad, [], `${screen}: serious or critical violations`);
    for (const v of violations) minor.push({ screen, ...v });
  };
  await audit('welcome');
  await clickWidget(page, 'welcome.start');
  for (let section = 0; section < 3; section += 1) {
    await audit(`questions ${section}`);
    await clickWidget(page, 'nav.next');
  }
  await audit('review');
  await clickWidget(page, 'review.to_plan');
  await audit('plan');
  await clickWidget(page, 'plan.tab.1');
  await audit('timeline');
  await clickWidget(page, 'plan.tab.0');
  await clickWidget(page, 'plan.start_over');
  await audit('start-over dialog');
  writeFileSync(artifactPath('axe-minor.json'), JSON.stringify(minor, null, 2));
  for (const v of minor) console.log(`axe ${v.impact}: ${v.screen}: ${v.id} (${v.help}) ${v.nodes.join(', ')}`);
  await context.close();
});
