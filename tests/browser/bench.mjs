// The figures behind ./scripts/bench: page weight, startup against a minimal Dear ImGui
// page, the DOM mirror's cost in the first frame, idle frames, the planner natively and in WebAssembly, and the WebAssembly heap.
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
// When the runtime is ready (the wasm compiled, main() about to run): boot.js's
// Module.onRuntimeInitialized, wrapped before the page's scripts run.
function markRuntimeReady() {
  let module;
  Object.defineProperty(window, 'Module', {
    configurable: true,
    get: () => module,
    set: (value) => {
      const original = value && value.onRuntimeInitialized;
      if (value && !value.kickstartBenchWrapped) {
        value.kickstartBenchWrapped = true;
        value.onRuntimeInitialized = function onRuntimeInitialized(...args) {
          window.kickstartRuntimeAt = performance.now();
          return original ? original.apply(this, args) : undefined;
        };
      }
      module = value;
    },
  });
}
// One cold load: { load: navigation -> first frame, frame: runtime ready -> first frame drawn
// (main()'s start-up and the first frame, where the mirror's first tree is built), mirror:
// the page's time applying that first tree }, in ms.
async function coldLoad(url, { withoutMirror = false } = {}) {
  const context = await newContext(browser);  // fresh profile: nothing cached
  const page = await context.newPage();
  await page.addInitScript(markRuntimeReady);
  if (withoutMirror) await page.addInitScript(() => { window.kickstartWithoutMirror = true; });
  await page.goto(url);
  await page.waitForFunction(() => document.body.classList.contains('app-ready'), null, { timeout: 60000 });
  const times = await page.evaluate(() => ({
    load: window.kickstartReadyAt,
    frame: window.kickstartReadyAt - (window.kickstartRuntimeAt ?? 0),
    mirror: window.kickstartMirror ? window.kickstartMirror.firstApplyMs : 0,
  }));
  await context.close();
  return times;
}
async function coldLoads(url, count) {
  const times = [];
  for (let i = 0; i < count; i += 1) times.push((await coldLoad(url)).load);
  return times;
}
const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  return sorted[low] + (sorted[Math.ceil(at)] - sorted[low]) * (at - low);
};
const spread = (values) => `IQR ${quantile(values, 0.25).toFixed(1)}–${quantile(values, 0.75).toFixed(1)}`;
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

// [SECTION] The DOM mirror's cost in the first frame
// Cold loads with and without the mirror (window.kickstartWithoutMirror: not installed, so
// the page neither builds nor updates it), alternating so that a machine's drift hits both
// alike; medians, interquartile ranges, and the ratio of the medians and the median of the
// per-pair ratios. KICKSTART_BENCH_MIRROR_PAIRS sets the number of pairs.
{
  const pairs = Number(process.env.KICKSTART_BENCH_MIRROR_PAIRS ?? 20);
  const on = [];
  const off = [];
  for (let i = 0; i < pairs; i += 1) {
    // Which goes first alternates too.
    if (i % 2 === 0) {
      on.push(await coldLoad(site.url));
      off.push(await coldLoad(site.url, { withoutMirror: true }));
    } else {
      off.push(await coldLoad(site.url, { withoutMirror: true }));
      on.push(await coldLoad(site.url));
    }
  }
  const describe = (key) => {
    const a = on.map((t) => t[key]);
    const b = off.map((t) => t[key]);
    const ratios = a.map((value, i) => value / b[i]);
    return `${median(a).toFixed(1)} ms (${spread(a)}) with, ${median(b).toFixed(1)} ms (${spread(b)}) without: ` +
      `ratio ${(median(a) / median(b)).toFixed(3)}, per pair ${median(ratios).toFixed(3)} (${spread(ratios)})`;
  };
  row('first frame, runtime ready -> drawn', `${describe('frame')} (target <= 1.05)`,
    `${pairs} alternating pairs of cold loads; main() and the first frame (Module.onRuntimeInitialized to the first frame)`);
  row('first frame, navigation -> drawn', describe('load'), 'the same loads, from navigation (download and compile too)');
  row('DOM mirror: first tree in the first frame', `${median(on.map((t) => t.mirror)).toFixed(1)} ms (${spread(on.map((t) => t.mirror))})`,
    'performance.now() around the page applying the first tree (parse, diff, DOM writes), same loads');
  const shares = on.map((t) => (100 * t.mirror) / t.frame);
  row('DOM mirror: its share of the first frame', `${median(shares).toFixed(1)} % (${spread(shares)}) (target <= 5 %)`,
    'the first tree\'s time / runtime ready -> drawn, per load with the mirror; the app records the tree either way');
  const context = await newContext(browser);
  const { page } = await openApp(context, site.url);
  await walkWizard(page);
  const planTree = await page.evaluate(() => ({ ms: window.kickstartMirror.lastApplyMs,
    elements: document.querySelectorAll('#semantics [data-sem]').length }));
  await context.close();
  row('DOM mirror: a plan-screen update', `${planTree.ms.toFixed(1)} ms (${planTree.elements} elements)`,
    'performance.now() around the page applying the tree after a full wizard run');
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
