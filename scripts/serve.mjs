#!/usr/bin/env node
// Serves a built site (dist/) on 127.0.0.1 the way a static host would:
// directory URLs get index.html, misses get the closest 404.html (en/404.html under
// /en/, as Cloudflare Pages does; 404.html otherwise) with status 404, and
// the headers of dist/_headers (Netlify/Cloudflare format) are applied, and
// text is sent gzip-compressed to clients that accept it, as any CDN would.
// Usage: node scripts/serve.mjs [dir=dist] [port=4321]
import { createServer } from 'node:http';
import { createSecureServer } from 'node:http2';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.csv': 'text/csv; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/** Types worth compressing; Pagefind's index, fragments and wasm are gzip files already. */
const COMPRESSIBLE = new Set([
  '.html',
  '.css',
  '.js',
  '.mjs',
  '.json',
  '.xml',
  '.txt',
  '.svg',
  '.csv',
  '.webmanifest',
]);

/** Parses a _headers file into [pattern, headers] rules. */
export function parseHeaders(text) {
  const rules = [];
  let current;
  for (const raw of text.split(/\r?\n/)) {
    if (!raw.trim() || raw.trim().startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      current = { pattern: raw.trim(), headers: {} };
      rules.push(current);
    } else if (current) {
      const at = raw.indexOf(':');
      if (at > 0) current.headers[raw.slice(0, at).trim()] = raw.slice(at + 1).trim();
    }
  }
  return rules;
}

function matches(pattern, path) {
  const re = new RegExp(
    `^${pattern
      .split('*')
      .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return re.test(path);
}

async function isFile(p) {
  try {
    return (await stat(p)).isFile();
  } catch {
    return false;
  }
}

/**
 * @param {{ dir?: string, port?: number, host?: string, tls?: { key: string, cert: string } }} [options]
 *   tls: serve HTTPS with HTTP/2 (and HTTP/1.1 for clients without it), as static hosts do
 */
export async function startServer({ dir = 'dist', port = 4321, host = '127.0.0.1', tls } = {}) {
  const root = resolve(dir);
  let rules = [];
  try {
    rules = parseHeaders(await readFile(join(root, '_headers'), 'utf8'));
  } catch {
    // No _headers file: serve without extra headers.
  }
  const gzipped = new Map();
  /** @type {(req: any, res: any) => Promise<void>} */
  const handle = async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      path = '/';
    }
    const target = normalize(join(root, path));
    let file = target.startsWith(root + sep) || target === root ? target : '';
    let status = 200;
    if (file && path.endsWith('/')) file = join(file, 'index.html');
    if (!file || !(await isFile(file))) {
      if (file && !path.endsWith('/') && (await isFile(join(file, 'index.html')))) {
        res.writeHead(301, { Location: `${path}/${url.search}` }).end();
        return;
      }
      // The closest 404.html up the path: an English reader's miss gets the English page.
      const local = join(root, path.split('/')[1] ?? '', '404.html');
      file = path.startsWith('/en/') && (await isFile(local)) ? local : join(root, '404.html');
      status = 404;
    }
    const headers = { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' };
    for (const rule of rules) if (matches(rule.pattern, path)) Object.assign(headers, rule.headers);
    try {
      // A validator, as static hosts send: a cached copy is checked with If-None-Match.
      const { size, mtimeMs } = await stat(file);
      const etag = `"${size.toString(36)}-${Math.round(mtimeMs).toString(36)}"`;
      if (status === 200) {
        headers['ETag'] = etag;
        if (req.headers['if-none-match'] === etag) {
          res.writeHead(304, headers).end();
          return;
        }
      }
      let body = await readFile(file);
      if (COMPRESSIBLE.has(extname(file))) {
        headers['Vary'] = 'Accept-Encoding';
        if (/\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
          // Keyed by the bytes' size and time, so a rebuild under a running server is served fresh.
          const key = `${file}\0${size}\0${mtimeMs}`;
          let packed = gzipped.get(key);
          if (!packed) gzipped.set(key, (packed = gzipSync(body, { level: 9 })));
          body = packed;
          headers['Content-Encoding'] = 'gzip';
        }
      }
      res.writeHead(status, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    }
  };
  const server = tls
    ? createSecureServer({ ...tls, allowHTTP1: true }, handle)
    : createServer(handle);
  if (tls) {
    // What an HTTP/1.1 server offers to end at once: here, every TLS connection.
    const sockets = new Set();
    server.on('secureConnection', (socket) => {
      sockets.add(socket);
      socket.once('close', () => sockets.delete(socket));
    });
    Object.assign(server, { closeAllConnections: () => sockets.forEach((s) => s.destroy()) });
  }
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => ok(undefined));
  });
  const address = server.address();
  return {
    // The HTTP/2 server, given closeAllConnections above, answers what callers use of it.
    server: /** @type {import('node:http').Server} */ (/** @type {unknown} */ (server)),
    url: `${tls ? 'https' : 'http'}://${host}:${typeof address === 'object' && address ? address.port : port}`,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [dir = 'dist', port = '4321'] = process.argv.slice(2);
  const { url } = await startServer({ dir, port: Number(port) });
  console.log(`Rolebook is served at ${url}/ (Ctrl+C to stop)`);
}
