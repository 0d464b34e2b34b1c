#!/usr/bin/env node
// `pnpm web`: serves the built page (packages/web/dist) on 127.0.0.1 for trying it.
// Only this machine can reach it; the page itself makes no requests. Builds the
// page first when it is missing. Options: --port N (default 5178; 0 picks a free one).
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

// BUDGETLINT_WEB_DIST: another built copy (the tests build theirs in a temporary folder).
const dist = process.env.BUDGETLINT_WEB_DIST ? join(process.env.BUDGETLINT_WEB_DIST, '/') : fileURLToPath(new URL('./dist/', import.meta.url));
const args = process.argv.slice(2);
const at = args.indexOf('--port');
const port = at >= 0 ? Number(args[at + 1]) : Number(process.env.PORT ?? 5178);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  process.stderr.write('web: --port needs a number from 0 to 65535\n');
  process.exit(2);
}
if (!existsSync(join(dist, 'index.html')) && !process.env.BUDGETLINT_WEB_DIST) {
  const { buildWeb } = await import('./build.mjs');
  await buildWeb();
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.png': 'image/png', '.svg': 'image/svg+xml' };

const server = createServer((req, res) => {
  let path;
  try {
    path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
  } catch {
    res.writeHead(400).end();
    return;
  }
  const file = normalize(join(dist, path.endsWith('/') ? `${path}index.html` : path));
  if (!file.startsWith(dist.endsWith(sep) ? dist : dist + sep) || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found\n');
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
  res.end(readFileSync(file));
});
server.listen(port, '127.0.0.1', () => {
  const { port: bound } = server.address();
  process.stdout.write(`budgetlint 网页版：http://127.0.0.1:${bound}/ （按 Ctrl+C 停止）\n`);
});
