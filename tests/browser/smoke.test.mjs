// The page starts in real Chromium, draws the welcome screen, and reacts to real clicks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  appState, artifactPath, clickWidget, newContext, openApp, pressKey, useBrowserAndServer
} from './harness.mjs';

const env = useBrowserAndServer();

for (const deviceScaleFactor of [1, 2]) {
  test(`welcome screen draws at DPR ${deviceScaleFactor} with a backbuffer at device resolution`, async () => {
    const context = await newContext(env.browser, { deviceScaleFactor });
    const { page, errors } = await openApp(context, env.server.url);
    const state = await appState(page);
    assert.equal(state.screen, 'welcome');
    assert.equal(state.scale, deviceScaleFactor);
    const canvas = await page.evaluate(() => {
      const c = document.getElementById('canvas');
      return { width: c.width, height: c.height, cssWidth: c.clientWidth, cssHeight: c.clientHeight };
    });
    assert.equal(canvas.width, canvas.cssWidth * deviceScaleFactor, 'backbuffer width follows DPR');
    assert.equal(canvas.height, canvas.cssHeight * deviceScaleFactor, 'backbuffer height follows DPR');
    for (const widget of ['welcome.start', 'top.language.0', 'top.language.1']) {
      const rect = state.widgets[widget];
      assert.ok(rect && rect.width > 0 && rect.height > 0, `${widget} is on screen`);
      assert.ok(rect.x + rect.width <= canvas.cssWidth && rect.y + rect.height <= canvas.cssHeight,
        `${widget} fits in the window`);
    }
    await page.screenshot({ path: artifactPath(`welcome-dpr${deviceScaleFactor}.png`) });
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('clicking real widgets changes the language and the screen', async () => {
  const context = await newContext(env.browser);
  const { page, errors } = await openApp(context, env.server.url);
  assert.equal((await appState(page)).language, 'en');

  await clickWidget(page, 'top.language.1');  // "Polski"
  assert.equal((await appState(page)).language, 'pl');
  await page.screenshot({ path: artifactPath('welcome-pl-dpr1.png') });

  await clickWidget(page, 'welcome.start');
  assert.equal((await appState(page)).screen, 'questions');

  await pressKey(page, 'Escape');
  assert.equal((await appState(page)).screen, 'welcome');

  await clickWidget(page, 'top.language.0');  // "English"
  assert.equal((await appState(page)).language, 'en');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the canvas follows a window resize', async () => {
  const context = await newContext(env.browser);
  const { page, errors } = await openApp(context, env.server.url);
  await page.setViewportSize({ width: 800, height: 600 });
  await page.waitForFunction(() => document.getElementById('canvas').width === 800);
  const rect = (await appState(page)).widgets['welcome.start'];
  assert.ok(rect.x + rect.width <= 800, 'Start stays inside an 800 px window');
  assert.deepEqual(errors, []);
  await context.close();
});
