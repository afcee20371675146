// Assembles the release from the `web` build:
//   dist/site/                      the static bundle, content-hashed names, relative URLs
//   dist/backstage-kickstart.html   one self-contained file (wasm and scripts inlined)
// and prints their sizes. Called by ./scripts/package after the build.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const build = join(root, 'build/web');
const dist = join(root, 'dist');
const site = join(dist, 'site');
const read = (path) => readFileSync(path);
const hash = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 12);
const cspHash = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

function fail(message) {
  console.error(`[package] error: ${message}`);
  process.exit(1);
}

const page = read(join(build, 'site/index.html')).toString('utf8');
const files = {
  style: { name: 'style.css', bytes: read(join(build, 'site/style.css')) },
  boot: { name: 'boot.js', bytes: read(join(build, 'site/boot.js')) },
  app: { name: 'app.js', bytes: read(join(build, 'site/app.js')) },
  wasm: { name: 'app.wasm', bytes: read(join(build, 'site/app.wasm')) },
};

// [SECTION] dist/site: every file named by its content, so a redeployed page never mixes
// with a cached older wasm; index.html itself is small and should be served no-cache.
rmSync(dist, { recursive: true, force: true });
mkdirSync(site, { recursive: true });
const hashed = {};
for (const [key, file] of Object.entries(files)) {
  const dot = file.name.indexOf('.');
  hashed[key] = `${file.name.slice(0, dot)}.${hash(file.bytes)}${file.name.slice(dot)}`;
  writeFileSync(join(site, hashed[key]), file.bytes);
}
const replaceOnce = (text, from, to) => {
  if (!text.includes(from)) fail(`index.html no longer contains ${from}`);
  return text.replace(from, to);
};
let index = replaceOnce(page, 'href="style.css"', `href="${hashed.style}"`);
index = replaceOnce(index, '<link rel="preload" href="app.js" as="script">',
  `<link rel="preload" href="${hashed.app}" as="script">`);
index = replaceOnce(index, '<script src="boot.js" data-app="app.js" data-wasm="app.wasm"></script>',
  `<script src="${hashed.boot}" data-app="${hashed.app}" data-wasm="${hashed.wasm}"></script>`);
writeFileSync(join(site, 'index.html'), index);

// [SECTION] dist/backstage-kickstart.html: styles and scripts inline, the wasm inside the
// script (Emscripten's SINGLE_FILE); the CSP allows exactly these inline blocks by hash,
// and connect-src data: because Emscripten 3.1.6 fetch()es its own inlined data: URI.
const style = files.style.bytes.toString('utf8');
const boot = files.boot.bytes.toString('utf8');
const single = read(join(build, 'single/app.js')).toString('utf8');
for (const [name, text] of [['boot.js', boot], ['app.js (single file)', single], ['style.css', style]]) {
  if (/<\/(script|style)/i.test(text)) fail(`${name} contains a closing tag and cannot be inlined`);
}
let one = replaceOnce(page, '<link rel="stylesheet" href="style.css">', `<style>${style}</style>`);
one = replaceOnce(one, '<link rel="preload" href="app.js" as="script">', '');  // nothing to fetch
one = replaceOnce(one, '<script src="boot.js" data-app="app.js" data-wasm="app.wasm"></script>',
  `<script>${boot}</script>\n  <script>${single}</script>`);
one = one.replace(/content="default-src 'self';[^"]*"/,
  `content="default-src 'none'; script-src ${cspHash(boot)} ${cspHash(single)} 'wasm-unsafe-eval'; ` +
  `style-src ${cspHash(style)}; img-src data: blob:; connect-src data:; object-src 'none'; base-uri 'none'; form-action 'none'"`);
if (!one.includes(cspHash(boot))) fail('the single file has no Content-Security-Policy to rewrite');
writeFileSync(join(dist, 'backstage-kickstart.html'), one);

// [SECTION] Sizes
const rows = [];
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const add = (label, bytes) => {
  const gz = gzipSync(bytes, { level: 9 }).length;
  rows.push([label, kb(bytes.length), kb(gz)]);
  return [bytes.length, gz];
};
let total = [0, 0];
for (const name of ['index.html', ...Object.values(hashed)]) {
  const [raw, gz] = add(`dist/site/${name}`, read(join(site, name)));
  total = [total[0] + raw, total[1] + gz];
}
rows.push(['dist/site (total)', kb(total[0]), kb(total[1])]);
add('dist/backstage-kickstart.html', read(join(dist, 'backstage-kickstart.html')));
const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length), 4));
console.log(['file'.padEnd(widths[0]), 'raw'.padStart(widths[1]), 'gzip -9'.padStart(widths[2])].join('  '));
for (const r of rows) console.log([r[0].padEnd(widths[0]), r[1].padStart(widths[1]), r[2].padStart(widths[2])].join('  '));
