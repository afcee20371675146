// The page behaves like a web page across tabs, reloads and the history: a plan changed in
// another tab is offered, never silently overwritten; a reload comes back to the same screen;
// Back and Forward move between the wizard's screens, and the address is the current plan's
// share link at every entry.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  appState, clickWidget, newContext, openApp, replaceText, settle, useBrowserAndServer
} from './harness.mjs';

const env = useBrowserAndServer();
const AUTOSAVE_KEY = 'backstage-kickstart/autosave';

const savedOrg = async (page) => page.evaluate((key) => {
  const saved = localStorage.getItem(key);
  return saved ? JSON.parse(saved).link : null;
}, AUTOSAVE_KEY);
const linkOf = (url) => url.split('#')[1] ?? '';

test('two tabs: a plan changed in the other tab is offered, and nothing is overwritten without a choice', async () => {
  const context = await newContext(env.browser);
  const first = await openApp(context, env.server.url);
  await clickWidget(first.page, 'welcome.start');
  await replaceText(first.page, 'q.org_name', 'First Tab');
  const second = await openApp(context, env.server.url);  // restores the autosave
  assert.equal((await appState(second.page)).answers.org_name, 'First Tab');
  await replaceText(second.page, 'q.org_name', 'Second Tab');
  const secondLink = (await appState(second.page)).link;
  assert.equal(await savedOrg(second.page), secondLink, 'the second tab saved its plan');

  // The first tab learns of it (the storage event) without any input of its own.
  await settle(first.page);
  let state = await appState(first.page);
  assert.match(state.notice, /changed in another tab/i, `the first tab says so (notice: '${state.notice}')`);
  assert.ok(state.widgets['notice.load_other'], 'and offers to load it');
  assert.equal(state.answers.org_name, 'First Tab', 'nothing on screen changed by itself');

  // Working on in the first tab does not overwrite the other tab's save.
  await replaceText(first.page, 'q.org_name', 'First Tab Again');
  assert.equal(await savedOrg(first.page), secondLink, 'the other tab\'s plan is still the saved one');
  assert.equal(linkOf(first.page.url()), (await appState(first.page)).link, 'the address follows this tab');

  // Loading it is a choice.
  await clickWidget(first.page, 'notice.load_other');
  state = await appState(first.page);
  assert.equal(state.answers.org_name, 'Second Tab');
  assert.equal(state.notice, '', 'the offer is gone once answered');
  assert.equal(linkOf(first.page.url()), secondLink);

  // Keeping this tab's plan is the other choice: then it is saved, and the other tab is told.
  await replaceText(second.page, 'q.org_name', 'Second Tab Again');
  await settle(first.page);
  assert.ok((await appState(first.page)).widgets['notice.keep_mine'], 'offered again');
  await clickWidget(first.page, 'notice.keep_mine');
  assert.equal(await savedOrg(first.page), (await appState(first.page)).link, 'this tab\'s plan is saved now');
  await settle(second.page);
  assert.match((await appState(second.page)).notice, /changed in another tab/i, 'and the second tab hears of it');
  assert.deepEqual(first.errors, []);
  assert.deepEqual(second.errors, []);
  await context.close();
});

test('reload returns to the screen and section the user was on', async () => {
  const context = await newContext(env.browser);
  const { page, errors } = await openApp(context, env.server.url);
  await clickWidget(page, 'welcome.start');
  await clickWidget(page, 'nav.next');
  let state = await appState(page);
  assert.deepEqual([state.screen, state.section], ['questions', 1], 'on "Your tools"');
  await page.reload();
  await page.waitForFunction(() => document.body.classList.contains('app-ready'));
  state = await appState(page);
  assert.deepEqual([state.screen, state.section], ['questions', 1], `back on "Your tools" (got ${state.screen} ${state.section})`);
  assert.equal(state.dialog, '', 'nothing to ask');

  await clickWidget(page, 'stepper.3');
  await page.reload();
  await page.waitForFunction(() => document.body.classList.contains('app-ready'));
  assert.equal((await appState(page)).screen, 'review');
  assert.deepEqual(errors, []);
  await context.close();
});

test('Back and Forward move between the wizard\'s screens; the address is the current share link at every entry', async () => {
  const context = await newContext(env.browser);
  const { page, errors } = await openApp(context, env.server.url);
  const length = () => page.evaluate(() => history.length);
  const at = async (screen, section) => {
    await page.waitForFunction(([s, n]) => {
      const state = window.kickstart?.state();
      return state && state.screen === s && (n === undefined || state.section === n);
    }, [screen, section], { timeout: 10000 });
    const state = await appState(page);
    assert.equal(linkOf(page.url()), state.link, `the address is the current plan's link on ${screen} ${section ?? ''}`);
    return state;
  };
  const start = await length();
  await clickWidget(page, 'welcome.start');
  assert.equal(await length(), start + 1, 'a screen change adds one history entry');
  await replaceText(page, 'q.org_name', 'History Org');
  await replaceText(page, 'q.engineers', '77');
  assert.equal(await length(), start + 1, 'answers add none');
  await clickWidget(page, 'nav.next');
  await clickWidget(page, 'nav.next');
  assert.equal(await length(), start + 3);
  await at('questions', 2);

  await page.goBack();
  await at('questions', 1);
  await page.goBack();
  let state = await at('questions', 0);
  assert.equal(state.answers.org_name, 'History Org', 'Back moves between screens, it does not undo answers');
  assert.equal(state.answers.engineers, 77);
  await page.goForward();
  await at('questions', 1);
  await page.goBack();
  await page.goBack();
  state = await at('welcome');
  assert.equal(state.answers.org_name, 'History Org');
  assert.equal(state.dialog, '', 'no "open the shared plan?" question on the way');

  // Back from the first screen leaves the page, as on any site.
  await page.goBack();
  await page.waitForURL('about:blank');
  await page.goForward();
  await page.waitForFunction(() => document.body.classList.contains('app-ready'));
  state = await appState(page);
  assert.equal(state.answers.org_name, 'History Org', 'and Forward comes back to the plan');
  assert.deepEqual(errors, []);
  await context.close();
});
