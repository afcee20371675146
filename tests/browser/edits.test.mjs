// The user shapes the plan in the page, with real clicks and keys: Skip an action, type one's
// own estimate; a reload keeps both; the copied link, opened in a fresh browser profile,
// gives the same plan — the one the kickstart CLI makes from the same answers and edits.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  appState, clickWidget, clipboardText, cliPlan, newContext, openApp, replaceText, useBrowserAndServer
} from './harness.mjs';

const env = useBrowserAndServer();

// The plan's order, skips and estimates as the page holds them.
function shaped(state) {
  return { order: state.plan.order, skipped: state.plan.skipped, hours: state.hours, answers: state.answers };
}

test('skip an action and set my estimate; a reload keeps them; the copied link opens the same plan', async () => {
  const context = await newContext(env.browser);
  const { page, errors } = await openApp(context, env.server.url);
  await clickWidget(page, 'welcome.skip');
  let state = await appState(page);
  const [first, second] = state.plan.order;

  await clickWidget(page, `plan.item.${second}`);
  await clickWidget(page, 'plan.details.skip');
  state = await appState(page);
  assert.deepEqual(state.skipped, [second]);
  assert.deepEqual(state.plan.skipped, [second]);
  assert.ok(!state.plan.order.includes(second), 'the skipped action left the order');
  assert.ok(state.widgets['plan.heading.skipped'], 'the Skipped by you group is drawn');
  assert.ok(state.widgets[`plan.bring_back.${second}`], 'with a way back');

  await clickWidget(page, `plan.item.${first}`);
  await replaceText(page, 'plan.details.estimate', '7,5');
  state = await appState(page);
  assert.deepEqual(state.hours, { [first]: 7.5 });
  assert.ok(state.widgets['plan.details.estimate_reset'], 'the catalog\'s estimate can be put back');
  assert.match(state.link, /^v2\./);
  const expected = JSON.parse(cliPlan(state.answers, { skipped: [second], hours: { [first]: 7.5 }, date: '2026-11-24' }));
  assert.deepEqual(state.plan.order, expected.items.map((item) => item.id), 'the same order as the CLI');
  const before = shaped(state);

  await page.reload();
  await page.waitForFunction(() => document.body.classList.contains('app-ready'));
  state = await appState(page);
  assert.equal(state.screen, 'plan');
  assert.deepEqual(shaped(state), before, 'a reload keeps the skip and the estimate');

  await clickWidget(page, 'plan.copy_link');
  await page.waitForFunction(() => window.kickstart.state().notice.startsWith('Link copied'));
  const address = await clipboardText(page);
  assert.match(address, /#v2\./);
  const fresh = await newContext(env.browser);
  const opened = await openApp(fresh, address);
  const other = await appState(opened.page);
  assert.equal(other.screen, 'plan');
  assert.deepEqual(shaped(other), before, 'the link opens the same plan elsewhere');
  assert.deepEqual(errors, []);
  assert.deepEqual(opened.errors, []);
  await fresh.close();
  await context.close();
});
