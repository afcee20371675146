// The plan as a report and as tickets: the HTML report downloaded from the page and opened in
// Chromium (no script, no request, its pictures, user text as text), the issue-tracker CSV
// downloads, printing the page (the report instead of the canvas), and the value curve on the
// Timeline view.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import {
  appState, artifactPath, cliPlan, clickWidget, downloadFrom, mouseAway, newContext, openApp, scrollIntoView, settle,
  useBrowserAndServer
} from './harness.mjs';

const env = useBrowserAndServer();

// HTML, quotes and control characters: everything that could end a tag, an attribute or a line.
const HOSTILE = '<script>alert(1)</script><img src=x onerror="alert(2)"> \'q\' & "Co"\u0001\u0007\u001b[31m';

async function openPlan(context, answers, done = []) {
  const link = JSON.parse(cliPlan(answers, { done })).share_link;
  const opened = await openApp(context, `${context.kickstartUrl}#${link}`);
  assert.equal((await appState(opened.page)).screen, 'plan');
  return opened;
}

// Opens a saved report from disk in a fresh tab, recording every request and console error.
async function openReport(context, path) {
  const page = await context.newPage();
  const errors = [];
  const requests = [];
  page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(pathToFileURL(path).href);
  return { page, errors, requests };
}

test('the HTML report download: a page Chromium reads with no error and no request, its two pictures, user text as text', async () => {
  const context = await newContext(env.browser);
  context.kickstartUrl = env.server.url;
  const { page, errors } = await openPlan(context, { org_name: HOSTILE, scm: 'github', ci: ['jenkins'] },
    ['create-app-local']);
  const download = await downloadFrom(page, 'plan.download_html');
  assert.match(download.name, /^backstage-kickstart-plan-\d{4}-\d{2}-\d{2}\.html$/);
  const report = await openReport(context, download.path);
  const facts = await report.page.evaluate(() => ({
    lang: document.documentElement.lang,
    title: document.title,
    h1: document.querySelector('h1').textContent,
    organisation: [...document.querySelectorAll('#answers ~ table tbody tr')]
      .map((row) => row.querySelector('td').textContent)[0],
    svgs: [...document.querySelectorAll('svg')].map((svg) => ({
      label: svg.getAttribute('aria-label'), bars: svg.querySelectorAll('rect').length,
      lines: svg.querySelectorAll('polyline').length, box: svg.getBoundingClientRect().width,
    })),
    scripts: document.querySelectorAll('script').length,
    images: document.querySelectorAll('img').length,
    handlers: [...document.querySelectorAll('*')].flatMap((element) => [...element.attributes])
      .filter((attribute) => attribute.name.startsWith('on')).length,
    actions: document.querySelectorAll('article.action').length,
    checked: [...document.querySelectorAll('article.action input[type=checkbox]')]
      .filter((box) => box.checked && box.disabled).length,
    snippets: document.querySelectorAll('figure.snippet pre code').length,
    curveText: [...document.querySelectorAll('svg text')].map((text) => text.textContent)
      .filter((text) => text.includes('%') && text.includes(':')),
  }));
  const state = await appState(page);
  // What the page holds (the link may have tidied the name), every control character a space.
  const shown = state.answers.org_name.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ' ');
  assert.ok(shown.startsWith('<script>alert(1)</script><img src=x onerror="alert(2)"> \'q\' & "Co"'));
  assert.equal(facts.lang, 'en');
  assert.equal(facts.h1, `Backstage Kickstart plan for ${shown}`);
  assert.equal(facts.title, facts.h1.replace(/ +/g, ' '), 'document.title collapses spaces');
  assert.equal(facts.organisation, shown, 'the answer reads back exactly, as text');
  assert.equal(facts.scripts, 0);
  assert.equal(facts.images, 0);
  assert.equal(facts.handlers, 0);
  assert.equal(facts.svgs.length, 2);
  assert.equal(facts.svgs[0].label, 'Value delivered over time');
  assert.equal(facts.svgs[0].lines, 2, 'this plan and the catalog order');
  assert.equal(facts.svgs[1].label, 'Timeline');
  assert.equal(facts.svgs[1].bars, state.plan.order.length, 'a bar per action');
  assert.ok(facts.svgs.every((svg) => svg.box > 300), 'the pictures are drawn at a readable size');
  assert.equal(facts.actions, state.plan.order.length);
  assert.equal(facts.checked, 1, 'the done action is ticked');
  assert.ok(facts.snippets > 0);
  assert.equal(facts.curveText.length, 2, 'both shares written at the demo line');
  assert.match(facts.curveText[0], /^This plan: \d+% by the demo$/);
  assert.deepEqual(report.errors, []);
  assert.deepEqual(report.requests, [pathToFileURL(download.path).href], 'nothing but the file itself');
  await report.page.screenshot({ path: artifactPath('report-screen.png'), fullPage: true });
  await report.page.emulateMedia({ media: 'print' });
  await report.page.screenshot({ path: artifactPath('report-print-emulation.png'), fullPage: true });
  await report.page.pdf({ path: artifactPath('report-a4.pdf'), format: 'A4' });
  await report.page.pdf({ path: artifactPath('report-letter.pdf'), format: 'Letter' });
  assert.deepEqual(errors, []);
  await context.close();
});

test('the tracker downloads: named for their tracker, one record per action, done ones left out on request', async () => {
  const context = await newContext(env.browser);
  context.kickstartUrl = env.server.url;
  const { page, errors } = await openPlan(context, { org_name: 'Acme' }, ['create-app-local']);
  const actions = (await appState(page)).plan.order.length;
  const records = (text) => text.split('\r\n').filter((line) => line.length > 0 && !line.startsWith(' '));
  const jira = await downloadFrom(page, 'plan.download_csv-jira');
  assert.match(jira.name, /^backstage-kickstart-plan-\d{4}-\d{2}-\d{2}-jira\.csv$/);
  assert.ok(jira.text.startsWith('\ufeffSummary,Issue Type,Description,'), 'a byte order mark for Excel');
  assert.equal((jira.text.match(/,(To Do|Done)\r\n/g) ?? []).length, actions);
  const gitlab = await downloadFrom(page, 'plan.download_csv-gitlab');
  assert.match(gitlab.name, /-gitlab\.csv$/);
  assert.ok(gitlab.text.startsWith('title,description,due_date\r\n'));
  const azure = await downloadFrom(page, 'plan.download_csv-azure-boards');
  assert.match(azure.name, /-azure-boards\.csv$/);
  assert.equal((azure.text.match(/\r\nTask,/g) ?? []).length, actions);
  assert.ok(records(azure.text).length >= actions);

  await clickWidget(page, 'plan.leave_out_done');
  const left = await downloadFrom(page, 'plan.download_csv-jira');
  assert.equal((left.text.match(/,(To Do|Done)\r\n/g) ?? []).length, actions - 1);
  assert.ok(!left.text.includes(',Done\r\n'));
  assert.deepEqual(errors, []);
  await context.close();
});

test('printing the page prints the report, not the canvas', async () => {
  const context = await newContext(env.browser);
  context.kickstartUrl = env.server.url;
  const { page, errors } = await openPlan(context, { org_name: 'Acme & Co' }, ['create-app-local']);
  const screen = await page.evaluate(() => ({
    canvas: getComputedStyle(document.getElementById('canvas')).display,
    report: getComputedStyle(document.getElementById('print-report')).display,
  }));
  assert.deepEqual(screen, { canvas: 'block', report: 'none' });
  await page.emulateMedia({ media: 'print' });
  await page.waitForFunction(() => document.getElementById('print-report').shadowRoot.querySelector('h1'));
  const printed = await page.evaluate(() => {
    const root = document.getElementById('print-report').shadowRoot;
    return {
      canvas: getComputedStyle(document.getElementById('canvas')).display,
      report: getComputedStyle(document.getElementById('print-report')).display,
      h1: root.querySelector('h1').textContent,
      lang: root.querySelector('.report').lang,
      svgs: root.querySelectorAll('svg').length,
      styled: getComputedStyle(root.querySelector('h2')).borderBottomStyle,
      background: getComputedStyle(document.body).backgroundColor,
    };
  });
  assert.deepEqual(printed, {
    canvas: 'none', report: 'block', h1: 'Backstage Kickstart plan for Acme & Co', lang: 'en', svgs: 2,
    styled: 'solid', background: 'rgb(255, 255, 255)',
  });
  await page.screenshot({ path: artifactPath('page-print-emulation.png'), fullPage: true });
  await page.pdf({ path: artifactPath('page-print-a4.pdf'), format: 'A4' });
  await page.emulateMedia({ media: 'screen' });
  assert.equal(await page.evaluate(() => getComputedStyle(document.getElementById('canvas')).display), 'block');
  assert.deepEqual(errors, [], 'no error, and nothing refused by the page\'s Content-Security-Policy');
  await context.close();
});

test('the Timeline view shows the value curve under the bars', async () => {
  for (const { theme, language, scale } of [
    { theme: 'light', language: 'en-GB', scale: 1 }, { theme: 'dark', language: 'pl-PL', scale: 2 }]) {
    const context = await newContext(env.browser, { deviceScaleFactor: scale, colorScheme: theme, locale: language });
    context.kickstartUrl = env.server.url;
    const { page, errors } = await openPlan(context, { org_name: 'Acme', hours_per_week: 6 });
    await clickWidget(page, 'plan.tab.1');
    await settle(page);
    const { widgets } = await appState(page);
    assert.ok(widgets['timeline.value_curve'], 'the value curve is drawn');
    assert.ok(widgets['timeline.value_curve'].y > widgets['timeline.area'].y, 'under the bars');
    await scrollIntoView(page, 'timeline.value_curve');
    await mouseAway(page);
    await page.screenshot({ path: artifactPath(`timeline-value-curve-${theme}-${language}-dpr${scale}.png`) });
    assert.deepEqual(errors, []);
    await context.close();
  }
});
