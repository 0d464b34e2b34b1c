// Editor latency: time from a textDocument/didChange to the publishDiagnostics
// for that version, through the built language server over stdio (the JSON-RPC
// framing, the incremental text update, the lint and the conversion included).
//
//   node bench/editor.mjs [--edits 200] [--sizes 10,50] [--debounce 0] [--cpu-prof DIR] [--no-breakdown]
//
// The server's debounce is set to 0 so the numbers are the server's own work;
// an editor adds the debounce (150 ms by default) on top of them.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { build } from 'esbuild';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const server = join(root, 'packages/language-server/dist/server.js');
const { values: args } = parseArgs({
  options: {
    edits: { type: 'string', default: '200' },
    sizes: { type: 'string', default: '10,50' },
    debounce: { type: 'string', default: '0' },
    'cpu-prof': { type: 'string' },
    'no-breakdown': { type: 'boolean', default: false },
  },
});
const EDITS = Number(args.edits);
const SIZES = args.sizes.split(',').map(Number);

if (!existsSync(server)) {
  console.error(`bench/editor: ${server} is missing; run \`pnpm build\` first`);
  process.exit(2);
}

// ---- drafts ----------------------------------------------------------------

const f2 = (n) => n.toFixed(2);

/** One section of a realistic disclosure; figures vary with i and mostly add up. */
function section(i) {
  const a = 1.2 + (i % 7) * 0.31;
  const b = 10.05 + (i % 5) * 1.17;
  const c = 4.4 + (i % 3) * 0.83;
  const total = a + b + c + (i % 4 === 0 ? 0.5 : 0); // every fourth sum is off
  const prior = 30 + (i % 9) * 2.5;
  const cur = prior * (1 + ((i % 11) - 4) / 100);
  const delta = cur - prior;
  const rate = (delta / prior) * 100;
  const n = (i % 6) + 3;
  return [
    `## ${i + 1}. 第${i + 1}项 一般公共预算收支情况`,
    '',
    `${2024}年，全区一般公共预算收入完成${f2(cur)}亿元，为预算的${f2(98 + (i % 4))}%，比上年${delta >= 0 ? '增加' : '减少'}${f2(Math.abs(delta))}亿元，${delta >= 0 ? '增长' : '下降'}${Math.abs(rate).toFixed(1)}%。其中：税收收入${f2(cur * 0.7)}亿元，非税收入${f2(cur * 0.3)}亿元。`,
    '',
    `税收返还和转移支付${f2(total)}亿元，其中：`,
    `（1）返还性收入${f2(a)}亿元；`,
    `（2）一般性转移支付${f2(b)}亿元；`,
    `（3）专项转移支付${f2(c)}亿元。`,
    '',
    `主要支出项目：教育支出${f2(8 + (i % 5))}亿元，社会保障和就业支出${f2(6 + (i % 3))}亿元，卫生健康支出${f2(3 + (i % 4) * 0.5)}亿元，共安排重点项目${n}个。`,
    '',
    `截至${2024}年底，全区政府债务余额${f2(120 + i)}亿元，控制在省政府核定的债务限额${f2(140 + i)}亿元以内。`,
    '',
  ].join('\n');
}

function draftOf(kb) {
  const parts = ['# 2024年某区一般公共预算执行情况和2025年预算草案的说明', ''];
  let i = 0;
  while (Buffer.byteLength(parts.join('\n')) < kb * 1024) parts.push(section(i++));
  return { text: parts.join('\n'), sections: i };
}

// ---- client ----------------------------------------------------------------

async function startServer(profDir) {
  const execArgv = profDir ? ['--cpu-prof', `--cpu-prof-dir=${profDir}`] : [];
  const child = spawn(process.execPath, [...execArgv, server, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
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
    initializationOptions: { debounceMs: Number(args.debounce) },
  });
  await conn.sendNotification('initialized', {});
  const published = (uri, version) =>
    new Promise((resolve) => waiting.set(`${uri}#${version}`, (p) => (waiting.delete(`${uri}#${version}`), resolve(p))));
  const stop = async () => {
    await conn.sendRequest('shutdown');
    await conn.sendNotification('exit');
    await new Promise((r) => child.once('exit', r));
    conn.dispose();
  };
  return { conn, published, stop, pid: child.pid };
}

/** The server process's CPU time so far (ms), from /proc; undefined off Linux. */
function cpuOf(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, USER_HZ = 100
  } catch {
    return undefined;
  }
}

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function run(kb, client) {
  const { text, sections } = draftOf(kb);
  const uri = pathToFileURL(resolve(`bench-draft-${kb}kb.md`)).href;
  const lines = text.split('\n');
  let version = 1;
  const first = client.published(uri, 1);
  const t0 = performance.now();
  await client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
  const opened = await first;
  const openMs = performance.now() - t0;

  // Edits land on different sum lines: replace one digit of a component with another.
  const targets = lines.map((l, n) => [l, n]).filter(([l]) => /^（2）一般性转移支付/.test(l));
  const times = [];
  let findings = 0;
  const cpu0 = cpuOf(client.pid);
  for (let k = 0; k < EDITS; k++) {
    const [line, n] = targets[k % targets.length];
    const col = line.indexOf('亿元') - 1; // last decimal digit
    const digit = String((k * 7) % 10);
    version++;
    const done = client.published(uri, version);
    const t = performance.now();
    await client.conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: { line: n, character: col }, end: { line: n, character: col + 1 } }, text: digit }],
    });
    const p = await done;
    times.push(performance.now() - t);
    findings = p.diagnostics.length;
  }
  const cpu1 = cpuOf(client.pid);
  times.sort((a, b) => a - b);
  await client.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  return {
    size: `${kb} KB`,
    bytes: Buffer.byteLength(text),
    chars: text.length,
    lines: lines.length,
    sections,
    'open ms': openMs.toFixed(1),
    'findings (open)': opened.diagnostics.length,
    'findings (last)': findings,
    edits: EDITS,
    'p50 ms': pct(times, 50).toFixed(1),
    'p95 ms': pct(times, 95).toFixed(1),
    'max ms': times[times.length - 1].toFixed(1),
    // Wall time above includes waiting for a core when the machine is busy; this is the server's own CPU.
    'server CPU ms/edit': cpu0 !== undefined && cpu1 !== undefined ? ((cpu1 - cpu0) / EDITS).toFixed(1) : 'n/a',
  };
}

/**
 * Where a full lint's time goes, in this process (same code as the server):
 * Markdown parse, claim extraction, the whole lint, diagnostics aside.
 * CPU time is reported next to wall time because other work on the machine inflates the latter.
 */
async function breakdown(kbs) {
  const out = join(tmpdir(), `budgetlint-bench-core-${process.pid}.mjs`);
  await build({
    stdin: { contents: "export * from '@budgetlint/core'; export { rules } from '@budgetlint/rules';", resolveDir: join(root, 'packages/language-server'), loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: out,
    logLevel: 'warning',
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  const core = await import(pathToFileURL(out).href);
  rmSync(out, { force: true });
  const rows = [];
  for (const kb of kbs) {
    const { text } = draftOf(kb);
    const time = (fn, n = 40) => {
      for (let i = 0; i < 5; i++) fn();
      const wall = [];
      const cpu = [];
      for (let i = 0; i < n; i++) {
        const c = process.cpuUsage();
        const t = performance.now();
        fn();
        wall.push(performance.now() - t);
        const d = process.cpuUsage(c);
        cpu.push((d.user + d.system) / 1000);
      }
      wall.sort((a, b) => a - b);
      cpu.sort((a, b) => a - b);
      return `${pct(wall, 50).toFixed(1)} / ${pct(cpu, 50).toFixed(1)}`;
    };
    const doc = core.parseDocument(text, 'markdown');
    rows.push({
      size: `${kb} KB`,
      'parseMarkdown': time(() => core.parseDocument(text, 'markdown')),
      'extractClaims': time(() => core.extractClaims(doc)),
      'lint (all)': time(() => core.lint(text, { format: 'markdown', rules: core.rules })),
    });
  }
  console.log('\nin-process phases, median ms (wall / CPU):');
  console.table(rows);
}

const profDir = args['cpu-prof'] ? resolve(args['cpu-prof']) : undefined;
if (profDir) mkdirSync(profDir, { recursive: true });
const client = await startServer(profDir);
const rows = [];
// Warm up the JIT on a small draft first, like an editor session that has been open a while.
await run(5, client);
for (const kb of SIZES) rows.push(await run(kb, client));
await client.stop();

console.log(`budgetlint language server: didChange → publishDiagnostics (debounce ${args.debounce} ms, ${EDITS} edits each, node ${process.version})`);
console.table(rows);
const worst = rows.find((r) => r.size === '50 KB');
if (worst) console.log(`target p95 < 30 ms at 50 KB: ${Number(worst['p95 ms']) < 30 ? 'met' : 'NOT met'} (p95 ${worst['p95 ms']} ms)`);
if (!args['no-breakdown']) await breakdown(SIZES);
if (profDir) console.log(`CPU profile of the server written to ${profDir}`);
