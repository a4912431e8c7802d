// `npm start`: serves the project folder on localhost (the demo reads ../dist) and prints the demo's address.
// PORT chooses the port (default 8000); when it is taken, the next free one is used. The benchmarks import
// `listen` to serve the same files.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.md': 'text/markdown; charset=utf-8',
  '.map': 'application/json',
};

const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname == '/') return res.writeHead(302, { location: '/demo/' }).end();
  let path = normalize(join(root, decodeURIComponent(url.pathname)));
  if (!path.startsWith(root)) return res.writeHead(403).end();
  if (path.endsWith(sep)) path = join(path, 'index.html');
  try {
    const body = await readFile(path);
    res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
  }
});

/** Listens on `port`, or the next free one; resolves to the port it got. */
export function listen(port = 8000) {
  return new Promise((resolve, reject) => {
    server.on('error', (e) => (e.code == 'EADDRINUSE' ? server.listen(++port, '127.0.0.1') : reject(e)));
    server.on('listening', () => resolve(port));
    server.listen(port, '127.0.0.1');
  });
}

export const close = () => server.close();

if (process.argv[1] == fileURLToPath(import.meta.url)) {
  const port = await listen(Number(process.env.PORT) || 8000);
  console.log(`The demo is at http://127.0.0.1:${port}/demo/  (Ctrl+C stops it)`);
}
