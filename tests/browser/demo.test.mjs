// The Demo view: clicked to from the plan, its agenda, next phase and one-pager as the app's
// state says, the slot's length changed with a click, the one-pager copied to the clipboard;
// screenshots at DPR 1 and 2, light and dark, English and Polish.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  appState, artifactPath, clickWidget, clipboardText, cliPlan, mouseAway, newContext, openApp, settle, useBrowserAndServer
} from './harness.mjs';

const env = useBrowserAndServer();

// The case the demo is built around: 150 engineers, 5 h a week, the demo in 6 weeks, docs first.
const REALISTIC = {
  org_name: 'Kestrel Freight', engineers: 150, scm: 'gitlab-self-managed', idp: 'okta', ci: ['jenkins', 'argocd'],
  kubernetes: 'yes', docs_source: 'confluence', hours_per_week: 5, weeks_to_demo: 6, demo_style: 'hands-on',
  goals: ['docs', 'ownership', 'new-services', 'ci-visibility', 'api-discovery', 'onboarding', 'standards'],
};

async function openDemo(context, answers) {
  const plan = JSON.parse(cliPlan(answers));
  const opened = await openApp(context, `${env.server.url}#${plan.share_link}`);
  assert.equal((await appState(opened.page)).screen, 'plan');
  await clickWidget(opened.page, 'plan.tab.2');
  return { ...opened, plan };
}

test('the Demo tab: the agenda fills the slot, the next phase and the one-pager as the CLI computes them', async () => {
  const context = await newContext(env.browser);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const { page, errors, plan } = await openDemo(context, REALISTIC);
  let state = await appState(page);
  assert.equal(state.demo.view, true);
  assert.ok(state.widgets['demo.agenda'], 'the agenda is drawn');
  assert.ok(state.widgets['demo.sponsor'], 'the one-pager is drawn');
  assert.deepEqual(state.demo.agenda.map((item) => [item.minutes, item.action]),
    plan.demo.agenda.map((item) => [item.minutes, item.action]));
  assert.equal(state.demo.agenda.reduce((sum, item) => sum + item.minutes, 0), 15);
  assert.deepEqual(state.demo.next.map((item) => item.action), plan.demo.next.map((item) => item.action));
  assert.equal(state.demo.to_show_more.length, plan.demo.to_show_more.length);

  await clickWidget(page, 'demo.slot.more');
  state = await appState(page);
  assert.equal(state.answers.demo_minutes, 20);
  assert.equal(state.demo.agenda.reduce((sum, item) => sum + item.minutes, 0), 20);

  await clickWidget(page, 'demo.copy_sponsor');
  const copied = await clipboardText(page);
  assert.equal(copied, state.demo.sponsor);
  assert.match(copied, /^The developer portal pilot at Kestrel Freight\n/);
  assert.match(copied, /150 engineers work across 200 repositories/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the Demo tab and the plan header: screenshots at DPR 1 and 2, light and dark, in Polish, at phone size', async () => {
  const shots = [[1, 'dark', 'en', 1280, 800], [2, 'light', 'en', 1280, 800], [1, 'light', 'pl', 1280, 800],
    [2, 'dark', 'pl', 1280, 800], [2, 'light', 'pl', 390, 844]];
  for (const [scale, scheme, lang, width, height] of shots) {
    const context = await newContext(env.browser, { width, height, deviceScaleFactor: scale, colorScheme: scheme, locale: lang });
    const { page, errors } = await openDemo(context, REALISTIC);
    await mouseAway(page);
    await settle(page);
    const state = await appState(page);
    assert.equal(state.demo.view, true);
    await page.screenshot({ path: artifactPath(`demo-${lang}-${scheme}-dpr${scale}-${width}.png`) });
    assert.deepEqual(errors, []);
    await context.close();
  }
});
