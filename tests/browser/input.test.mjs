// Input is never lost or changed silently: Tab from a number field reaches the next field
// (not the field's own − button, where typed digits went nowhere), a key typed where nothing
// takes it says so, and a number that cannot be kept as typed gets a message under its field
// at once, saying what was kept and why.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  appState, clickWidget, mouseAway, newContext, openApp, pressChord, pressKey, settle, tabTo, typeText,
  useBrowserAndServer
} from './harness.mjs';

const env = useBrowserAndServer();

test('Tab from a number field goes to the next field: a keyboard-only run keeps every number typed', async () => {
  const context = await newContext(env.browser);
  const { page, errors } = await openApp(context, env.server.url);
  await clickWidget(page, 'welcome.start');
  await mouseAway(page);
  await tabTo(page, 'q.org_name');
  await typeText(page, 'Keyboard Org');
  // Each value is typed straight after the Tab that left the field before it.
  const run = [['q.engineers', '250'], ['q.repositories', '600']];
  for (const [field, digits] of run) {
    await pressKey(page, 'Tab');
    const state = await appState(page);
    assert.equal(state.focused, field, `Tab went to ${field} (it went to '${state.focused}')`);
    assert.equal(state.editing_text, true, `${field} takes typing at once`);
    await typeText(page, digits);
  }
  await tabTo(page, 'q.hours_per_week');
  await typeText(page, '5');
  await pressKey(page, 'Tab');
  let state = await appState(page);
  assert.equal(state.focused, 'q.weeks_to_demo', `Tab went from the hours to the weeks (it went to '${state.focused}')`);
  await typeText(page, '6');
  await pressKey(page, 'Tab');
  state = await appState(page);
  assert.deepEqual(
    [state.answers.org_name, state.answers.engineers, state.answers.repositories, state.answers.hours_per_week,
      state.answers.weeks_to_demo],
    ['Keyboard Org', 250, 600, 5, 6], 'every value typed was kept');
  // The − and + buttons stay there for the mouse.
  const before = state.answers.repositories;
  await clickWidget(page, 'q.repositories.plus');
  assert.equal((await appState(page)).answers.repositories, before + 1, '+ adds one');
  await clickWidget(page, 'q.repositories.minus');
  assert.equal((await appState(page)).answers.repositories, before, '− takes one away');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a key typed where no field is being edited is not dropped silently: the page says so', async () => {
  const context = await newContext(env.browser);
  const { page, errors } = await openApp(context, env.server.url);
  await clickWidget(page, 'welcome.start');
  await mouseAway(page);
  await tabTo(page, 'q.repositories');
  await typeText(page, '321');
  await pressKey(page, 'Enter');  // ends the edit; the focus stays on the field
  let state = await appState(page);
  assert.equal(state.editing_text, false);
  assert.equal(state.answers.repositories, 321);
  await typeText(page, '9');
  state = await appState(page);
  assert.equal(state.answers.repositories, 321, 'the stray key changed nothing');
  assert.match(state.notice, /no field is being edited/i, `a visible sign that "9" went nowhere (notice: '${state.notice}')`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('"5.5" hours and "six" weeks get a message under the field at once, saying what was kept and why', async () => {
  const context = await newContext(env.browser);
  const { page, errors } = await openApp(context, env.server.url);
  await clickWidget(page, 'welcome.start');
  const typeInto = async (field, text) => {
    await clickWidget(page, field);
    await pressChord(page, 'Control', 'a');
    await typeText(page, text);
  };

  await typeInto('q.hours_per_week', '5.5');
  let state = await appState(page);
  assert.equal(state.editing_text, true, 'still typing');
  const hours = state.field_messages.hours_per_week;
  assert.ok(hours, 'a message under the hours field while still typing');
  assert.match(hours, /5\.5/, `it names what was typed: ${hours}`);
  assert.match(hours, /\b6\b/, `and what was kept: ${hours}`);
  assert.equal(state.answers.hours_per_week, 6, 'whole hours: 5.5 is rounded to 6');
  assert.ok(state.widgets['q.hours_per_week.message'], 'the message is drawn');
  await pressKey(page, 'Enter');
  state = await appState(page);
  assert.equal(state.answers.hours_per_week, 6);
  assert.ok(state.field_messages.hours_per_week, 'the message stays after the edit');

  const weeksBefore = state.answers.weeks_to_demo;
  await typeInto('q.weeks_to_demo', 'six');
  state = await appState(page);
  const weeks = state.field_messages.weeks_to_demo;
  assert.ok(weeks, 'a message under the weeks field, not a silent no-op');
  assert.match(weeks, /six/, `it quotes what was typed: ${weeks}`);
  assert.match(weeks, /not a (whole )?number/i, `and says why: ${weeks}`);
  assert.match(weeks, new RegExp(`\\b${weeksBefore}\\b`), `and what was kept: ${weeks}`);
  assert.equal(state.answers.weeks_to_demo, weeksBefore);
  await pressKey(page, 'Enter');
  assert.equal((await appState(page)).answers.weeks_to_demo, weeksBefore);

  // A value that can be kept as typed clears the message.
  await typeInto('q.weeks_to_demo', '6');
  await pressKey(page, 'Enter');
  state = await appState(page);
  assert.equal(state.answers.weeks_to_demo, 6);
  assert.equal(state.field_messages.weeks_to_demo, undefined, 'no message for a good value');

  // Polish writes a decimal comma.
  await clickWidget(page, 'top.language.1');
  await typeInto('q.hours_per_week', '2,5');
  state = await appState(page);
  assert.equal(state.answers.hours_per_week, 3);
  assert.match(state.field_messages.hours_per_week ?? '', /2,5.*\b3\b/, 'in Polish, with its decimal comma');
  assert.deepEqual(errors, []);
  await context.close();
});
