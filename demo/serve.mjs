// `npm start`: serves the project folder on localhost (the demo reads ../dist) and prints the demo's address.
// PORT chooses the port (default 8000); when it is taken, the next free one is used.
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

let port = Number(process.env.PORT) || 8000;
server.on('error', (e) => {
  if (e.code != 'EADDRINUSE') throw e;
  server.listen(++port, '127.0.0.1');
});
server.on('listening', () => console.log(`The demo is at http://127.0.0.1:${port}/demo/  (Ctrl+C stops it)`));
server.listen(port, '127.0.0.1');
