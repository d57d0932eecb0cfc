// Serves the dashboard straight from gateway/src/main/resources/META-INF/resources and passes
// every other request (/api, /q) to a running gateway. For working on the page without
// rebuilding the gateway (the gateway knows its static files only from its build), and for
// `node run.mjs --dev`. Not used by CI, which tests the gateway's own static serving.
//
//   node dev-server.mjs [--port 8090] [--upstream http://localhost:8080]

import http from 'node:http';
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const STATIC_ROOT = path.resolve(here, '../gateway/src/main/resources/META-INF/resources');

const TYPES = {
  '.html': 'text/html;charset=UTF-8',
  '.js': 'text/javascript;charset=UTF-8',
  '.css': 'text/css;charset=UTF-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

export const CSP = "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
  + "form-action 'self'; frame-ancestors 'none'";

async function serveStatic(req, res, root) {
  const pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  const rel = pathname === '/' ? 'index.html' : pathname.slice(1);
  const file = path.resolve(root, rel);
  if (!file.startsWith(root + path.sep)) return false;
  let info;
  try { info = await stat(file); } catch { return false; }
  if (!info.isFile()) return false;
  const body = await readFile(file);
  const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`;
  const headers = {
    'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream',
    ETag: etag,
    'Last-Modified': info.mtime.toUTCString(),
    // Revalidate every time: a 304 is cheap, and the page's modules always match each other.
    'Cache-Control': 'no-cache',
  };
  // The policy the page is written for (no inline script or style, nothing from elsewhere), so
  // that the tests catch a change that would break under it.
  if (file.endsWith('.html')) headers['Content-Security-Policy'] = CSP;
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, headers);
    res.end();
    return true;
  }
  res.writeHead(200, { ...headers, 'Content-Length': body.length });
  res.end(req.method === 'HEAD' ? undefined : body);
  return true;
}

function proxy(req, res, upstream) {
  const target = new URL(req.url, upstream);
  const out = http.request(target, { method: req.method, headers: { ...req.headers, host: target.host } }, (answer) => {
    res.writeHead(answer.statusCode, answer.headers);
    answer.pipe(res);
  });
  out.on('error', () => {
    res.writeHead(502, { 'Content-Type': 'application/problem+json' });
    res.end(JSON.stringify({ type: 'about:blank', title: 'Bad Gateway', status: 502, detail: `${upstream} did not answer` }));
  });
  req.pipe(out);
}

export function startDevServer({ port = 8090, upstream = 'http://localhost:8080', root = STATIC_ROOT } = {}) {
  const server = http.createServer(async (req, res) => {
    const pathname = new URL(req.url, 'http://x').pathname;
    if ((req.method === 'GET' || req.method === 'HEAD') && !pathname.startsWith('/api/') && !pathname.startsWith('/q/')
        && await serveStatic(req, res, root)) {
      return;
    }
    proxy(req, res, upstream);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  const port = Number(arg('--port', 8090));
  const upstream = arg('--upstream', 'http://localhost:8080');
  await startDevServer({ port, upstream });
  console.log(`dashboard from ${STATIC_ROOT} at http://localhost:${port}/ (API: ${upstream})`);
}
