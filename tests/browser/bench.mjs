// The figures behind ./scripts/bench: page weight, startup against a minimal Dear ImGui
// page, idle frames, the planner natively and in WebAssembly, and the WebAssembly heap.
// Not a test: it prints one table, each figure with how it was measured.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { startServer } from '../../scripts/serve.mjs';
import { appState, clickWidget, launchBrowser, newContext, openApp, repoRoot, siteDir, walkWizard } from './harness.mjs';

const rows = [];
const row = (figure, value, how) => rows.push([figure, value, how]);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

// [SECTION] Page weight
let totalGzip = 0;
for (const name of ['index.html', 'style.css', 'boot.js', 'app.js', 'app.wasm']) {
  const bytes = readFileSync(join(siteDir, name));
  const gz = gzipSync(bytes, { level: 9 }).length;
  totalGzip += gz;
  row(`bytes: ${name}`, `${kb(bytes.length)} raw, ${kb(gz)} gzip`, 'file in build/web/site, gzip -9 (zlib)');
}
const fontDir = join(repoRoot, 'build/web/src/app/fonts');
// The build writes every face as TrueType (scripts/cmake/subset_font.py); anything else in the
// folder is left over from an older build.
for (const name of (existsSync(fontDir) ? readdirSync(fontDir) : []).filter((file) => file.endsWith('.subset.ttf'))) {
  const bytes = readFileSync(join(fontDir, name));
  row(`  font inside app.wasm: ${name}`, `${kb(bytes.length)} raw, ${kb(gzipSync(bytes, { level: 9 }).length)} gzip`,
    'cut and converted to TrueType outlines at build time (fontTools), embedded');
}
row('total transferred (gzip)', `${kb(totalGzip)} (target < 600 KB)`, 'sum of the five files above, gzip -9');

// [SECTION] Startup: navigation to the first drawn frame, cold, against a minimal ImGui page
const browser = await launchBrowser();
async function coldLoads(url, count, { withoutMirror = false } = {}) {
  const times = [];
  for (let i = 0; i < count; i += 1) {
    const context = await newContext(browser);  // fresh profile: nothing cached
    const page = await context.newPage();
    if (withoutMirror) await page.addInitScript(() => { window.kickstartWithoutMirror = true; });
    await page.goto(url);
    await page.waitForFunction(() => document.body.classList.contains('app-ready'), null, { timeout: 60000 });
    times.push(await page.evaluate(() => window.kickstartReadyAt));
    await context.close();
  }
  return times;
}
const site = await startServer({ root: siteDir });
const minimal = await startServer({ root: join(repoRoot, 'build/web/bench-minimal') });
const appTimes = await coldLoads(site.url, 10);
const minimalTimes = await coldLoads(minimal.url, 10);
const appMedian = median(appTimes);
const minimalMedian = median(minimalTimes);
row('startup: Backstage Kickstart', `${appMedian.toFixed(0)} ms`,
  'median of 10 cold loads, headless Chromium (SwiftShader), performance.now() at the first frame');
row('startup: minimal Dear ImGui page', `${minimalMedian.toFixed(0)} ms`, 'same, one window with one button, same toolchain and flags');
row('startup ratio', `${(appMedian / minimalMedian).toFixed(2)} (target <= 1.3)`, 'Kickstart / minimal');
// The DOM mirror (screen readers) is built inside the first frame: its cost, loads interleaved.
{
  const withMirror = [];
  const withoutMirror = [];
  for (let i = 0; i < 10; i += 1) {
    withMirror.push(...await coldLoads(site.url, 1));
    withoutMirror.push(...await coldLoads(site.url, 1, { withoutMirror: true }));
  }
  const on = median(withMirror);
  const off = median(withoutMirror);
  const context = await newContext(browser);
  const { page } = await openApp(context, site.url);
  const firstTree = await page.evaluate(() => window.kickstartMirror.firstApplyMs);
  await walkWizard(page);
  const planTree = await page.evaluate(() => ({ ms: window.kickstartMirror.lastApplyMs,
    elements: document.querySelectorAll('#semantics [data-sem]').length }));
  await context.close();
  row('DOM mirror: first tree / a plan-screen update', `${firstTree.toFixed(1)} ms / ${planTree.ms.toFixed(1)} ms (${planTree.elements} elements)`,
    'performance.now() around the page applying the tree (parse, diff, DOM writes)');
  row('startup with the DOM mirror', `${on.toFixed(0)} ms vs ${off.toFixed(0)} ms without: ${((on / off - 1) * 100).toFixed(1)} % (target <= 5 %)`,
    'median of 10 cold loads each, alternating; without: the mirror not installed (window.kickstartWithoutMirror)');
}

// [SECTION] Idle frames and heap over a full wizard run
{
  const context = await newContext(browser);
  const { page } = await openApp(context, site.url);
  await walkWizard(page);
  await page.waitForTimeout(1000);
  const before = await page.evaluate(() => window.kickstart.framesDrawn());
  await page.waitForTimeout(5000);
  const idle = (await page.evaluate(() => window.kickstart.framesDrawn())) - before;
  row('frames drawn in 5 idle s (plan screen)', `${idle} (a continuously drawn page: ~300)`,
    'after a full wizard run, 1 s settle, then window.kickstart.framesDrawn() over 5 s');
  await clickWidget(page, 'plan.tab.1');
  await clickWidget(page, 'plan.tab.0');
  const heap = await page.evaluate(() => window.kickstart.heap());
  row('WebAssembly heap high-water mark', `${kb(heap.peak)} malloc arena, ${kb(heap.memory)} linear memory`,
    'mallinfo().arena after a full wizard run (dlmalloc never shrinks), HEAP8.length');
  await context.close();
}
await browser.close();
await site.close();
await minimal.close();

// [SECTION] Planner: native vs WebAssembly (Node)
const parse = (text) => Object.fromEntries(text.split('\n')
  .filter((line) => /^(built-in|synthetic)/.test(line))
  .map((line) => { const parts = line.trim().split(/\s{2,}/); return [`${parts[0]} ${parts[1]}`, Number(parts[3])]; }));
const native = parse(execFileSync(join(repoRoot, 'build/native/tests/bench/kickstart_bench'), ['--runs', '21'], { encoding: 'utf8' }));
const wasm = parse(execFileSync(process.execPath, ['--no-experimental-fetch', join(repoRoot, 'build/web/tests/bench/kickstart_bench.js'), '--runs', '21'], { encoding: 'utf8' }));
for (const [name, nativeMs] of Object.entries(native)) {
  const wasmMs = wasm[name];
  row(`planner: ${name} actions`, `${nativeMs} ms native, ${wasmMs} ms wasm (x${(wasmMs / nativeMs).toFixed(1)})`,
    'median of 21 runs (10 for 10,000), make_plan (and make_demo_brief where named); wasm in Node');
}

// [SECTION] The table
const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length)));
const line = (r) => r.map((cell, i) => cell.padEnd(widths[i])).join(' | ');
console.log(line(['figure', 'value', 'how it was measured']));
console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
for (const r of rows) console.log(line(r));
