// Editor latency and memory: time from a textDocument/didChange to the publishDiagnostics
// for that version, through the built language server over stdio (the JSON-RPC framing,
// the incremental text update, the lint and the conversion included), and the server's
// resident memory over a long editing session.
//
//   node bench/editor.mjs [--edits 200] [--sizes 50,200] [--memory-edits 10000] [--server PATH] [--cpu-prof DIR]
//
// The drafts come from bench/corpus.mjs: every block is unique, and every edit writes a
// new digit into a different figure, so the server's caches only help where an editor's
// would (the blocks the edit did not touch). The server's debounce is set to 0 so the
// numbers are the server's own work; an editor adds the debounce on top of them.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { makeGenerator, mulberry32 } from './corpus.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_SERVER = join(root, 'packages/language-server/dist/server.js');

export async function startServer(server = DEFAULT_SERVER, { profDir, execArgv: extra = [] } = {}) {
  const execArgv = [...(profDir ? ['--cpu-prof', `--cpu-prof-dir=${profDir}`] : []), ...extra];
  // Started as the VS Code extension starts it: with the language server's SERVER_ENV (protocol.ts).
  const env = { ...process.env, MALLOC_ARENA_MAX: '2' };
  const child = spawn(process.execPath, [...execArgv, server, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'], env });
  const conn = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiting = new Map();
  conn.onNotification('textDocument/publishDiagnostics', (p) => {
    const w = waiting.get(`${p.uri}#${p.version}`);
    if (w) w(p);
  });
  conn.onRequest('workspace/configuration', (p) => p.items.map(() => null));
  conn.listen();
  await conn.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities: { textDocument: { publishDiagnostics: { versionSupport: true, relatedInformation: true } } },
    initializationOptions: { debounceMs: 0 },
  });
  await conn.sendNotification('initialized', {});
  const published = (uri, version) =>
    new Promise((res) => waiting.set(`${uri}#${version}`, (p) => (waiting.delete(`${uri}#${version}`), res(p))));
  const stop = async () => {
    await conn.sendRequest('shutdown');
    await conn.sendNotification('exit');
    await new Promise((r) => child.once('exit', r));
    conn.dispose();
  };
  return { conn, published, stop, pid: child.pid };
}

/**
 * A process's resident set (MiB; with its anonymous and file-backed parts: the latter is the
 * executable's pages, which grow as new code paths of node run) and CPU time so far (ms), from
 * /proc; undefined off Linux.
 */
export function procStats(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (name) => {
      const m = new RegExp(`${name}:\\s+(\\d+) kB`).exec(status);
      return m ? Number(m[1]) / 1024 : undefined;
    };
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return { rssMiB: kb('VmRSS'), anonMiB: kb('RssAnon'), fileMiB: kb('RssFile'), cpuMs: ((Number(fields[11]) + Number(fields[12])) * 1000) / 100 };
  } catch {
    return { rssMiB: undefined, cpuMs: undefined };
  }
}

export const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];

/** A unique draft of about `kb` KB and the places where an edit can rewrite the last digit of a figure. */
export function draftOf(kb, seed = 7000 + kb) {
  const text = makeGenerator(seed)(kb * 1024);
  const lines = text.split('\n');
  const targets = [];
  lines.forEach((l, n) => {
    for (const m of l.matchAll(/\d(?=[万亿]?元)/g)) targets.push([n, m.index]);
  });
  return { text, lines, targets };
}

/**
 * Opens a draft and edits it `edits` times, one digit of a figure at a time (chosen by a
 * seeded PRNG), waiting for each version's diagnostics. `onProgress(k)` runs after edit k.
 */
export async function editSession(client, kb, edits, { onProgress, seed = 1 } = {}) {
  const { text, lines, targets } = draftOf(kb);
  const uri = pathToFileURL(resolve(`bench-draft-${kb}kb-${seed}.md`)).href;
  const rnd = mulberry32(seed);
  let version = 1;
  const first = client.published(uri, 1);
  const t0 = performance.now();
  await client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
  const opened = await first;
  const openMs = performance.now() - t0;
  const times = [];
  let last = opened;
  for (let k = 1; k <= edits; k++) {
    const [n, col] = targets[Math.floor(rnd() * targets.length)];
    const digit = String(Math.floor(rnd() * 10));
    lines[n] = lines[n].slice(0, col) + digit + lines[n].slice(col + 1);
    version++;
    const done = client.published(uri, version);
    const t = performance.now();
    await client.conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: { line: n, character: col }, end: { line: n, character: col + 1 } }, text: digit }],
    });
    last = await done;
    times.push(performance.now() - t);
    if (onProgress) await onProgress(k);
  }
  await client.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  times.sort((a, b) => a - b);
  return { bytes: Buffer.byteLength(text), openMs, times, findingsOpen: opened.diagnostics.length, findingsLast: last.diagnostics.length };
}

/** p50/p95/max latency per size, after a warm-up session like an editor that has been open a while. */
export async function editorLatency({ server = DEFAULT_SERVER, sizes = [50, 200], edits = 200, profDir, execArgv = [] } = {}) {
  const client = await startServer(server, { profDir, execArgv });
  await editSession(client, 5, 50, { seed: 99 });
  const rows = [];
  for (const kb of sizes) {
    const cpu0 = procStats(client.pid).cpuMs;
    const s = await editSession(client, kb, edits);
    const cpu1 = procStats(client.pid).cpuMs;
    rows.push({
      kb,
      bytes: s.bytes,
      openMs: s.openMs,
      p50: pct(s.times, 50),
      p95: pct(s.times, 95),
      max: s.times[s.times.length - 1],
      cpuPerEdit: cpu0 !== undefined ? (cpu1 - cpu0) / edits : undefined,
      findings: s.findingsLast,
    });
  }
  await client.stop();
  return rows;
}

/**
 * The server's RSS after `marks` edits of one draft, in a fresh server; with `detail`, also its
 * heap (used, and the old generation's size and use) from the budgetlint/memoryUsage request, so
 * growth can be told apart: retained objects raise what is used, a loosely sized heap only the size.
 */
export async function editorMemory({ server = DEFAULT_SERVER, kb = 10, marks = [100, 10000], detail = false, execArgv = [] } = {}) {
  const client = await startServer(server, { execArgv });
  const rss = {};
  const heap = {};
  const want = new Set(marks);
  const MiB = (b) => Math.round((b / 1048576) * 10) / 10;
  await editSession(client, kb, Math.max(...marks), {
    seed: 3,
    onProgress: async (k) => {
      if (!want.has(k)) return;
      const proc = procStats(client.pid);
      rss[k] = proc.rssMiB;
      if (!detail) return;
      const m = await client.conn.sendRequest('budgetlint/memoryUsage');
      // What grows, told apart: the heap's old generation (used: retained objects; size: how loosely
      // V8 sizes it), its code space (functions optimised as they get hot), and what is resident
      // outside the heap (the allocator's memory: compiler zones, buffers).
      heap[k] = {
        heapUsed: MiB(m.heapUsed),
        oldSize: MiB(m.spaces.old_space.size),
        oldUsed: MiB(m.spaces.old_space.used),
        code: MiB(m.spaces.code_space.size),
        external: MiB(m.external),
        outsideHeap: proc.anonMiB !== undefined ? Math.round((proc.anonMiB - m.heapTotal / 1048576) * 10) / 10 : undefined,
      };
    },
  });
  await client.stop();
  return detail ? { rss, heap } : rss;
}

// ---- standalone -----------------------------------------------------------

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values: args } = parseArgs({
    options: {
      edits: { type: 'string', default: '200' },
      sizes: { type: 'string', default: '50,200' },
      'memory-edits': { type: 'string', default: '0' },
      server: { type: 'string', default: DEFAULT_SERVER },
      'cpu-prof': { type: 'string' },
    },
  });
  if (!existsSync(args.server)) {
    console.error(`bench/editor: ${args.server} is missing; run \`pnpm build\` first`);
    process.exit(2);
  }
  const profDir = args['cpu-prof'] ? resolve(args['cpu-prof']) : undefined;
  if (profDir) mkdirSync(profDir, { recursive: true });
  const rows = await editorLatency({ server: args.server, sizes: args.sizes.split(',').map(Number), edits: Number(args.edits), profDir });
  console.log(`budgetlint language server: didChange → publishDiagnostics (debounce 0, ${args.edits} edits each, node ${process.version})`);
  console.table(rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'number' && !Number.isInteger(v) ? Number(v.toFixed(1)) : v]))));
  const m = Number(args['memory-edits']);
  if (m) {
    const { rss, heap } = await editorMemory({ server: args.server, marks: [100, m], detail: true });
    console.log('server RSS (MiB) after edits:', rss, `(+${Math.round((rss[m] / rss[100] - 1) * 100)}%)`);
    console.log('server heap (MiB) after edits:', heap);
  }
  if (profDir) console.log(`CPU profile of the server written to ${profDir}`);
}
