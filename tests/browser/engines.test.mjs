// The core journeys in Firefox ESR and WebKitGTK (Safari's engine), as in Chromium: the page
// loads, the wizard reaches the plan with an organisation name typed in Polish letters, the
// browser's Back and Forward move between its screens (a reload stays), the wheel scrolls
// the plan's list, Copy link puts the share link on the clipboard, the link
// opened in a fresh profile (at DPR 2) restores the plan, the Markdown download is the
// core's, and no console error, uncaught error or CSP violation happens on the way.
// Screenshots at DPR 1 and 2 go with the others (build/web/test-artifacts/{firefox,webkit}-*).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import {
  appState, artifactPath, cliPlan, clickWidget, mouseAway, pressChord, replaceText, settle
} from './harness.mjs';
import { launchEngine, openEngineApp, serveSiteRecorded, startDisplay, waitForDownload } from './engines.mjs';

const ORG = 'Zażółć Gęślą Jaźń Sp. z o.o.';

let display;
let server;
before(async () => {
  display = await startDisplay();
  server = await serveSiteRecorded();
});
after(async () => {
  await server?.close();
  await display?.stop();
});

// The size and scale the app reports match the window, and the backbuffer is at device
// resolution.
async function assertDrawnAt(page, scale) {
  const state = await appState(page);
  assert.equal(state.scale, scale, `the app draws at DPR ${scale}`);
  const canvas = await page.evaluate(() => {
    const c = document.getElementById('canvas');
    return { width: c.width, height: c.height, cssWidth: c.clientWidth, cssHeight: c.clientHeight };
  });
  assert.equal(canvas.width, Math.round(canvas.cssWidth * scale), 'backbuffer width follows the DPR');
  assert.equal(canvas.height, Math.round(canvas.cssHeight * scale), 'backbuffer height follows the DPR');
}

// What the system clipboard holds, pasted with the real Ctrl+V into a text box put over the
// page for the moment (neither engine lets a page read the clipboard without asking).
async function pastedClipboard(page) {
  await page.evaluate(() => {
    const box = document.createElement('textarea');
    box.id = 'kickstart-paste-probe';
    box.style.cssText = 'position: fixed; left: 0; top: 0; width: 200px; height: 40px;';
    document.body.appendChild(box);
    box.focus();
    return true;
  });
  await pressChord(page, 'Control', 'v');
  return page.evaluate(() => {
    const box = document.getElementById('kickstart-paste-probe');
    const text = box.value;
    box.remove();
    document.getElementById('canvas').focus();
    return text;
  });
}

for (const name of ['firefox', 'webkit']) {
  describe(name, () => {
    let engine;
    let page;
    let link;
    const shot = async (target, what) => {
      await mouseAway(target);
      await target.screenshot({ path: artifactPath(`${name}-${what}.png`) });
    };
    before(async () => { engine = await launchEngine(name, { display: display.display }); });
    after(async () => {
      await page?.close();
      await engine?.close();
    });

    test(`${name}: the page loads and draws the welcome screen at DPR 1`, async () => {
      page = await openEngineApp(engine, server.url, { width: 1280, height: 800, deviceScaleFactor: 1 });
      const state = await appState(page);
      assert.equal(state.screen, 'welcome');
      assert.ok(state.widgets['welcome.start'], 'Start is drawn');
      await assertDrawnAt(page, 1);
      await shot(page, 'welcome-dpr1');
      assert.deepEqual(await page.consoleErrors(), []);
    });

    test(`${name}: the wizard reaches the plan, with an organisation name typed in Polish letters`, async () => {
      await clickWidget(page, 'welcome.start');
      assert.equal((await appState(page)).screen, 'questions');
      await replaceText(page, 'q.org_name', ORG);
      await replaceText(page, 'q.hours_per_week', '6');
      let state = await appState(page);
      assert.equal(state.answers.org_name, ORG, 'every Polish letter typed arrived');
      assert.equal(state.answers.hours_per_week, 6);
      await shot(page, 'questions-dpr1');
      await clickWidget(page, 'nav.next');
      await clickWidget(page, 'q.scm.gitlab');
      await clickWidget(page, 'nav.next');
      await clickWidget(page, 'q.goals.docs.up');
      await clickWidget(page, 'nav.next');
      assert.equal((await appState(page)).screen, 'review');
      await clickWidget(page, 'nav.next');
      state = await appState(page);
      assert.equal(state.screen, 'plan');
      assert.equal(state.answers.scm, 'gitlab');
      assert.equal(state.answers.goals[0], 'docs');
      const expected = JSON.parse(cliPlan(state.answers));
      assert.deepEqual(state.plan.order, expected.items.map((item) => item.id), 'the core\'s plan for these answers');
      await shot(page, 'plan-dpr1');
      await clickWidget(page, 'plan.tab.1');
      assert.ok((await appState(page)).widgets['timeline.area'], 'the timeline is drawn');
      await shot(page, 'timeline-dpr1');
      await clickWidget(page, 'plan.tab.0');
      assert.deepEqual(await page.consoleErrors(), []);
    });

    test(`${name}: Back and Forward move between the wizard's screens, and a reload stays on the screen`, async () => {
      const plan = await appState(page);
      const at = async (screen) => {
        await page.waitForFunction((s) => window.kickstart?.state().screen === s, screen, { timeout: 10000 });
        const state = await appState(page);
        assert.equal((await page.url()).split('#')[1], state.link, `the address is the plan's link on ${screen}`);
        assert.deepEqual(state.answers, plan.answers, 'Back does not undo answers');
        assert.equal(state.dialog, '');
      };
      try {
        await page.goBack();
        await at('review');
        await page.reload();
        await page.waitForFunction(() => document.body.classList.contains('app-ready'));
        await at('review');
        await page.goForward();
        await at('plan');
        assert.deepEqual(await page.consoleErrors(), []);
      } finally {
        // Whatever happened, the next tests start from the plan.
        const screen = await page.evaluate(() => window.kickstart?.state().screen).catch(() => undefined);
        if (screen !== 'plan') {
          await page.goto(plan.link ? `${server.url}#${plan.link}` : server.url);
          await page.waitForFunction(() => document.body.classList.contains('app-ready'));
          if ((await appState(page)).screen !== 'plan') await clickWidget(page, 'stepper.4');
        }
      }
    });

    test(`${name}: the mouse wheel scrolls the plan's list, a few lines a notch, the right way`, async () => {
      const state = await appState(page);
      const first = `plan.item.${state.plan.order[0]}`;
      const list = state.widgets['plan.list'];
      const top = state.widgets[first].y;
      await page.mouse.move(list.x + 100, list.y + 100);
      await settle(page);
      await page.mouse.wheel(0, 120);  // one notch and a bit, down
      await settle(page);
      const down = (await appState(page)).widgets[first].y;
      assert.ok(top - down >= 20 && top - down <= 300, `one notch down moved the rows up by ${top - down} px`);
      await page.mouse.wheel(0, -240);
      await settle(page);
      assert.equal((await appState(page)).widgets[first].y, top, 'and back up to the top');
      assert.deepEqual(await page.consoleErrors(), []);
    });

    test(`${name}: Copy link puts the page's address with the plan on the clipboard`, async () => {
      await clickWidget(page, 'plan.copy_link');
      await page.waitForFunction(() => window.kickstart.state().notice !== '');
      assert.match((await appState(page)).notice, /^Link copied\./);
      link = await page.url();
      assert.match(link, /#v2\./, 'the address carries the plan');
      assert.equal(await pastedClipboard(page), link);
      assert.deepEqual(await page.consoleErrors(), []);
    });

    test(`${name}: the share link in a fresh profile at DPR 2 restores the same plan`, async () => {
      const before = await appState(page);
      const fresh = await openEngineApp(engine, link, { width: 1280, height: 800, deviceScaleFactor: 2 });
      try {
        const state = await appState(fresh);
        assert.equal(state.dialog, '', 'nothing saved in a fresh profile: nothing to ask');
        assert.equal(state.screen, 'plan');
        assert.deepEqual(state.answers, before.answers);
        assert.deepEqual(state.plan.order, before.plan.order);
        await assertDrawnAt(fresh, 2);
        await shot(fresh, 'plan-dpr2');
        await clickWidget(fresh, 'top.language.1');
        await clickWidget(fresh, 'plan.tab.1');
        await shot(fresh, 'timeline-pl-dpr2');
        assert.deepEqual(await fresh.consoleErrors(), []);
      } finally {
        await fresh.close();
      }
    });

    // Last: MiniBrowser opens its downloads panel over the bottom of the page afterwards.
    test(`${name}: the Markdown download is the core's Markdown for the plan`, async () => {
      const state = await appState(page);
      const known = readdirSync(engine.downloads);
      await clickWidget(page, 'plan.download_md');
      const file = await waitForDownload(engine.downloads, known);
      assert.match(file.name, /^backstage-kickstart-plan-\d{4}-\d{2}-\d{2}\.md$/);
      const date = file.name.match(/(\d{4}-\d{2}-\d{2})/)[1];
      assert.equal(file.text, cliPlan(state.answers, { format: 'md', date }), 'byte for byte the CLI\'s Markdown');
      assert.ok(file.text.includes('Zażółć Gęślą Jaźń'), 'the Polish name is in the file');
      assert.deepEqual(await page.consoleErrors(), []);
    });
  });
}
