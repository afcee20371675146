// A small static file server for the built page (no dependencies beyond Node itself).
//   node scripts/serve.mjs DIR [PORT]      serves DIR on http://127.0.0.1:PORT/
// Also imported by the browser tests, which start it on a free port.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
};

// prefix: serve under a sub-path such as /tools/kickstart/ (as intranet servers do).
// mimeTypes: override the Content-Type per extension (tests mimic misconfigured servers).
// refuse: a pattern of paths answered with 404 (tests mimic failed downloads).
// headScript: { path, source } — one more same-origin script, served at `path` and loaded
// first in every page's <head> (the browser tests record console errors with it where the
// driver cannot read the console, as with WebKitWebDriver).
export function startServer({ root, port = 0, host = '127.0.0.1', mimeTypes = MIME_TYPES, prefix = '/', refuse,
  headScript } = {}) {
  const base = resolve(root);
  const server = createServer(async (request, response) => {
    try {
      const full = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
      if (headScript && full === headScript.path) {
        response.writeHead(200, { 'Content-Type': MIME_TYPES['.js'], 'Cache-Control': 'no-cache' });
        response.end(request.method === 'HEAD' ? undefined : headScript.source);
        return;
      }
      if (!full.startsWith(prefix) || (refuse && refuse.test(full))) {
        response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
        return;
      }
      const path = `/${full.slice(prefix.length)}`;
      let file = normalize(join(base, path));
      if (file !== base && !file.startsWith(base + sep)) {
        response.writeHead(403).end('forbidden');
        return;
      }
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      let body = await readFile(file);
      if (headScript && extname(file) === '.html') {
        body = Buffer.from(body.toString('utf8').replace(/<head>/i, `$&<script src="${headScript.path}"></script>`));
      }
      response.writeHead(200, {
        'Content-Type': { ...MIME_TYPES, ...mimeTypes }[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-cache',
      });
      response.end(request.method === 'HEAD' ? undefined : body);
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((resolveStart, rejectStart) => {
    server.once('error', rejectStart);
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      resolveStart({ url: `http://${host}:${actual}${prefix}`, close: () => new Promise((done) => server.close(done)) });
    });
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [root, port = '8080'] = process.argv.slice(2);
  if (!root) {
    console.error('usage: node scripts/serve.mjs DIR [PORT]');
    process.exit(2);
  }
  startServer({ root, port: Number(port) }).then(
    ({ url }) => console.log(`Backstage Kickstart is served at ${url}  (Ctrl+C to stop)`),
    (error) => {
      console.error(`cannot serve on port ${port}: ${error.message}`);
      process.exit(1);
    });
}
