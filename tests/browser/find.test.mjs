// Find-in-page over the canvas (library_kickstart.js, "park" and "revealed"; semantics.cpp,
// reveal()): the plan's text is in the DOM mirror even where the app has scrolled it out of
// its pane, and when the browser scrolls such a text into view — find-in-page (Ctrl+F) does
// it with the same scroll as element.scrollIntoView(), a screen reader's cursor with focus —
// the app scrolls its pane so the text is seen, and the mirror's element is over it again.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { appState, artifactPath, clickWidget, newContext, openApp, settle, useBrowserAndServer } from './harness.mjs';

const env = useBrowserAndServer();

const mirrorNode = (page, id) => page.evaluate((wanted) => window.kickstartMirror.tree.nodes.find((n) => n.id === wanted), id);
const elementRect = (page, id) => page.evaluate((wanted) => {
  const rect = document.getElementById('sem-' + wanted).getBoundingClientRect();
  return { x: rect.x, y: rect.y, w: rect.width, h: rect.height };
}, id);

// The id of a text node below its pane's view, inside the group `groupId`.
async function textBelowView(page, groupId) {
  return page.evaluate((group) => {
    const nodes = window.kickstartMirror.tree.nodes;
    const byId = new Map(nodes.map((n) => [n.id, n]));
    const inside = (n) => {
      for (let at = n; at; at = byId.get(at.parent)) if (at.id === group) return true;
      return false;
    };
    const below = nodes.filter((n) => (n.role === 'text' || n.role === 'heading') && n.clipped && n.y > n.clip[1] && inside(n));
    return below.length ? below[below.length - 1].id : null;
  }, groupId);
}

async function revealAndCheck(page, id, label) {
  const before = await mirrorNode(page, id);
  assert.equal(before.clipped, true, `${label}: '${id}' starts out of view`);
  const framesBefore = (await appState(page)).frames;
  // What find-in-page does with its match: scroll every box around it so it is in view.
  await page.evaluate((wanted) => document.getElementById('sem-' + wanted).scrollIntoView(), id);
  await page.waitForFunction((wanted) => {
    const node = window.kickstartMirror.tree.nodes.find((n) => n.id === wanted);
    return node && !node.clipped;
  }, id);
  await settle(page);
  const after = await mirrorNode(page, id);
  assert.equal(after.name, before.name, `${label}: the same text`);
  assert.ok((await appState(page)).frames > framesBefore, `${label}: the app drew`);
  assert.ok(after.y < before.y, `${label}: the pane scrolled (${before.y} -> ${after.y})`);
  assert.ok(after.y >= after.clip[0] - 0.5 && after.y + after.h <= after.clip[1] + 0.5,
    `${label}: [${after.y}, ${after.y + after.h}] inside the pane's view [${after.clip}]`);
  const rect = await elementRect(page, id);
  assert.ok(Math.abs(rect.x - after.x) < 1 && Math.abs(rect.y - after.y) < 1, `${label}: the element is over its pixels`);
  assert.deepEqual(await page.evaluate(() => [document.getElementById('semantics').scrollTop,
    document.getElementById('semantics').scrollLeft]), [0, 0], `${label}: the mirror scrolled back`);
}

test('a text the app scrolled out of its pane: scrolling its mirror element into view scrolls the app to it', async () => {
  const context = await newContext(env.browser, { height: 640 });
  const { page, errors } = await openApp(context, env.server.url);
  await clickWidget(page, 'welcome.skip');
  await settle(page);

  // The end of the action list.
  const inList = await textBelowView(page, 'plan.list');
  assert.ok(inList, 'a text of the action list below its view');
  await revealAndCheck(page, inList, 'action list');

  // The end of the selected action's details.
  const inDetails = await textBelowView(page, 'plan.details');
  assert.ok(inDetails, 'a text of the details below their view');
  await revealAndCheck(page, inDetails, 'details');
  await page.screenshot({ path: artifactPath('find-revealed.png') });

  // Nothing parked came into view: the mirror scrolls back and the app does not move.
  const still = (await appState(page)).frames;
  await page.evaluate(() => { document.getElementById('semantics').scrollTop = 3; });
  await page.waitForFunction(() => document.getElementById('semantics').scrollTop === 0);
  await page.waitForTimeout(300);
  assert.equal((await appState(page)).frames, still, 'no frame for a scroll that reached nothing');
  assert.deepEqual(errors, []);
  await context.close();
});
