// A tiny static file server for the built app (dist/), with no dependencies.
// Bound to 127.0.0.1 on an ephemeral port. Text and WebAssembly go out
// compressed to clients that accept it, as a real host serves them
// (Lighthouse counts uncompressed transfers against the page): brotli at
// its best quality where the client takes it (Chromium does, on 127.0.0.1
// too), gzip otherwise. Each compressed file is made once per server process
// and kept in memory (brotli at quality 11 takes about 2 s for the wasm).
//
//   import { startServer } from './server.mjs';
//   const { url, close } = await startServer('dist');   // url ends without a slash
//   ...
//   await close();
//
// Run directly to serve by hand: node e2e/server.mjs [dir]   (default: dist)

import http from 'node:http';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { promisify } from 'node:util';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
};

/** Types worth compressing: text, and WebAssembly (a third of its size gzipped). */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.wasm', '.css', '.json', '.map', '.svg', '.txt']);

/**
 * Files larger than this [bytes] get brotli at quality 9: Python's 9.6 MB
 * wasm takes about 27 s at quality 11 and under a second at 9, for a few
 * percent more bytes. The page's own files stay at the best quality.
 */
const LARGE = 4_000_000;

const ENCODERS = {
  br: (bytes) =>
    promisify(brotliCompress)(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: bytes.length > LARGE ? 9 : constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }),
  gzip: (bytes) => promisify(gzip)(bytes, { level: 9 }),
};

/** Compressed bodies by encoding, file and modification time. */
const compressed = new Map();

/** The encoding to send `file` with, given the request's Accept-Encoding. */
export function chooseEncoding(file, acceptEncoding = '') {
  if (!COMPRESSIBLE.has(path.extname(file).toLowerCase())) return null;
  if (/\bbr\b/.test(acceptEncoding)) return 'br';
  if (/\bgzip\b/.test(acceptEncoding)) return 'gzip';
  return null;
}

/** `file`'s bytes, compressed with `encoding` (or as they are with none). */
async function body(file, st, encoding) {
  if (!encoding) return readFile(file);
  const key = `${encoding}:${file}:${st.mtimeMs}:${st.size}`;
  if (!compressed.has(key)) compressed.set(key, readFile(file).then(ENCODERS[encoding]));
  return compressed.get(key);
}

export function mimeType(file) {
  return MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Serve `dir` over HTTP on 127.0.0.1 with an ephemeral port.
 * @param {string} dir directory to serve (e.g. dist/)
 * @returns {Promise<{url: string, port: number, close: () => Promise<void>}>}
 */
export async function startServer(dir) {
  const root = path.resolve(dir);

  const server = http.createServer(async (req, res) => {
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { Allow: 'GET, HEAD' });
        res.end();
        return;
      }
      let pathname;
      try {
        pathname = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
      } catch {
        res.writeHead(400);
        res.end('bad request');
        return;
      }
      if (pathname.includes('\0')) {
        res.writeHead(400);
        res.end('bad request');
        return;
      }
      let file = path.join(root, path.normalize(pathname));
      // Refuse anything that escapes the served directory.
      if (file !== root && !file.startsWith(root + path.sep)) {
        res.writeHead(403);
        res.end('forbidden');
        return;
      }
      let st = await stat(file).catch(() => null);
      if (st && st.isDirectory()) {
        file = path.join(file, 'index.html');
        st = await stat(file).catch(() => null);
      }
      if (!st || !st.isFile()) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
        res.end(`not found: ${pathname}`);
        return;
      }
      const encoding = chooseEncoding(file, req.headers['accept-encoding']);
      const bytes = await body(file, st, encoding);
      res.writeHead(200, {
        'Content-Type': mimeType(file),
        'Content-Length': bytes.length,
        ...(encoding ? { 'Content-Encoding': encoding, Vary: 'Accept-Encoding' } : {}),
        'Cache-Control': 'no-store',
      });
      res.end(req.method === 'HEAD' ? undefined : bytes);
    } catch (err) {
      if (!res.headersSent) res.writeHead(500);
      res.end(String(err));
    }
  });

  // Keep-alive sockets would otherwise hold close() open.
  const sockets = new Set();
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

// `node e2e/server.mjs [dir]` serves until interrupted.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? 'dist';
  const { url } = await startServer(dir);
  console.log(`serving ${path.resolve(dir)} at ${url}/`);
}
