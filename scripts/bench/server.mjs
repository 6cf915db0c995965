// A small static server for the benchmark: one origin on 127.0.0.1 that serves the app at `/` and
// other builds under a prefix (the MapLibre-only reference at `/reference/`). Gzip for text types
// (compressed once and kept in memory, so compression never counts in a load time), correct MIME
// types, `Cache-Control: no-store`, and a log of every response (time, path, bytes on the wire).
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.pbf': 'application/x-protobuf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.xml': 'application/xml',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.geojson', '.map', '.svg', '.txt', '.webmanifest', '.xml', '.pbf']);

/**
 * @param {{ mounts: { prefix: string, dir: string }[], port?: number }} options
 *   `mounts` are tried longest prefix first; the mount with prefix '/' serves the app.
 */
export async function startServer({ mounts, port = 0 }) {
  const sorted = mounts.map((m) => ({ prefix: m.prefix, dir: resolve(m.dir) })).sort((a, b) => b.prefix.length - a.prefix.length);
  const cache = new Map(); // absolute path -> { mtimeMs, raw, gz }
  const log = [];

  const load = (file) => {
    const { mtimeMs } = statSync(file);
    const hit = cache.get(file);
    if (hit && hit.mtimeMs === mtimeMs) return hit;
    const raw = readFileSync(file);
    const entry = { mtimeMs, raw, gz: COMPRESSIBLE.has(extname(file)) ? gzipSync(raw, { level: 9 }) : null };
    cache.set(file, entry);
    return entry;
  };

  const locate = (pathname) => {
    const mount = sorted.find((m) => pathname === m.prefix.replace(/\/$/, '') || pathname.startsWith(m.prefix));
    if (!mount) return null;
    if (pathname === mount.prefix.replace(/\/$/, '')) return { redirect: mount.prefix };
    const rest = decodeURIComponent(pathname.slice(mount.prefix.length));
    let file = normalize(join(mount.dir, rest));
    if (file !== mount.dir && !file.startsWith(mount.dir + sep)) return null; // no path traversal
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (existsSync(file)) return { file };
    // Single-page app: a path without an extension is a route of the app.
    if (!extname(rest)) return { file: join(mount.dir, 'index.html') };
    return null;
  };

  const server = createServer((req, res) => {
    const t = performance.timeOrigin + performance.now();
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const found = locate(url.pathname);
    const done = (status, bytes, encoding) => log.push({ t, path: url.pathname, status, bytes, encoding });
    if (found?.redirect) {
      res.writeHead(301, { Location: found.redirect + url.search, 'Cache-Control': 'no-store' }).end();
      return done(301, 0, null);
    }
    if (!found || !existsSync(found.file)) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' }).end('not found');
      return done(404, 9, null);
    }
    const entry = load(found.file);
    const gzip = entry.gz && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const body = gzip ? entry.gz : entry.raw;
    const headers = {
      'Content-Type': MIME[extname(found.file)] ?? 'application/octet-stream',
      'Content-Length': body.length,
      'Cache-Control': 'no-store',
      Vary: 'Accept-Encoding',
    };
    if (gzip) headers['Content-Encoding'] = 'gzip';
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
    done(200, body.length, gzip ? 'gzip' : 'identity');
  });
  server.keepAliveTimeout = 1000;

  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', ok);
  });
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`;
  return {
    origin,
    /** Responses logged since the last call (then forgotten). */
    takeLog: () => log.splice(0, log.length),
    close: () => new Promise((ok) => { server.closeAllConnections?.(); server.close(() => ok()); }),
  };
}
