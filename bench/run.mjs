// `pnpm bench`: budgetlint against textlint 15 (one trivial rule, bench/textlint-rules/) on the
// same generated files, whole processes as a user runs them, in one run and one table.
//
//   node bench/run.mjs [--quick] [--runs 5] [--cli PATH] [--server PATH] [--json FILE] [--only one,many,cache,scale,editor]
//
// The corpus (bench/corpus.mjs) differs in every figure and name from document to document, so
// neither linter's caches can answer for text they have not read. Every timed process is started
// with bench/stats-hook.cjs, which reports its peak RSS and CPU time (worker threads included).
// --cli and --server point the bench at another build (e.g. a copy of an older dist) to compare.
// Targets are reported, never asserted: a busy machine slows everything, textlint too.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { makeCorpus, makeGenerator } from './corpus.mjs';
import { DEFAULT_SERVER, editorLatency, editorMemory } from './editor.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    runs: { type: 'string' },
    cli: { type: 'string', default: join(root, 'packages/cli/bin/budgetlint.js') },
    server: { type: 'string', default: DEFAULT_SERVER },
    json: { type: 'string' },
    'skip-editor': { type: 'boolean', default: false },
    // Some cases only (a busy machine makes the whole table slow): one, many, cache, scale, editor.
    only: { type: 'string' },
  },
});
const quick = args.quick;
const only = args.only ? new Set(args.only.split(',').map((s) => s.trim())) : undefined;
const want = (name) => !only || only.has(name);
const RUNS = Number(args.runs ?? (quick ? 3 : 7));
const CLI = resolve(args.cli);
const SERVER = resolve(args.server);
const HOOK = join(root, 'bench/stats-hook.cjs');
const TEXTLINT = (() => {
  try {
    const bin = join(root, 'node_modules/textlint/bin/textlint.js');
    return existsSync(bin) ? bin : undefined;
  } catch {
    return undefined;
  }
})();
const TEXTLINT_ARGS = ['--no-textlintrc', '--rulesdir', join(root, 'bench/textlint-rules'), '--format', 'compact'];
const MiB = 1024 * 1024;

if (!existsSync(CLI)) {
  console.error(`bench: ${CLI} is missing; run \`pnpm build\` first`);
  process.exit(2);
}

// ---- processes ------------------------------------------------------------

/** Runs `node script ...argv` to completion: wall ms, CPU ms, peak RSS MiB, exit code. */
function run(script, argv, { cwd } = {}) {
  const statsFile = join(work, `stats-${process.hrtime.bigint()}.json`);
  return new Promise((res, rej) => {
    const t = performance.now();
    const child = spawn(process.execPath, ['--require', HOOK, script, ...argv], {
      cwd,
      env: { ...process.env, BENCH_STATS_FILE: statsFile, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = 0;
    let err = '';
    child.stdout.on('data', (d) => (out += d.length));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', rej);
    child.on('close', (code) => {
      const wall = performance.now() - t;
      let s = {};
      try {
        s = JSON.parse(readFileSync(statsFile, 'utf8'));
        rmSync(statsFile);
      } catch {
        /* the process died before its exit hook */
      }
      res({ wall, cpu: s.cpuMs, rss: s.maxRssKiB !== undefined ? s.maxRssKiB / 1024 : undefined, code, out, err });
    });
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Median wall (and the CPU and RSS of that same run) over n runs. */
async function timed(n, script, argv, opts) {
  const runs = [];
  for (let i = 0; i < n; i++) runs.push(await run(script, argv, opts));
  const ok = runs.filter((r) => r.code === 0 || r.code === 1);
  if (!ok.length) return { failed: runs[0].err.split('\n')[0] || `exit ${runs[0].code}` };
  const m = median(ok.map((r) => r.wall));
  const at = ok.reduce((best, r) => (Math.abs(r.wall - m) < Math.abs(best.wall - m) ? r : best));
  return { wall: m, cpu: at.cpu, rss: Math.max(...ok.map((r) => r.rss ?? 0)), code: at.code };
}

const budgetlint = (files, opts = {}, extra = []) => timed(opts.runs ?? 1, CLI, [...extra, ...files], { cwd: work });
const textlint = (files, opts = {}, extra = []) =>
  TEXTLINT ? timed(opts.runs ?? 1, TEXTLINT, [...TEXTLINT_ARGS, ...extra, ...files], { cwd: work }) : { failed: 'textlint is not installed' };

// ---- corpus ---------------------------------------------------------------

const work = mkdtempSync(join(tmpdir(), 'budgetlint-bench-'));
const write = (rel, text) => {
  const p = join(work, rel);
  mkdirSync(dirname(p), { recursive: true });
  writeFileSync(p, text);
  return rel;
};
/** Cuts a document at a paragraph break near `size` bytes. */
function slice(doc, size) {
  const buf = Buffer.from(doc, 'utf8');
  if (size >= buf.length) return doc;
  const s = buf.subarray(0, size).toString('utf8').replace(/\uFFFD$/, '');
  const cut = s.lastIndexOf('\n\n');
  return cut > 0 ? s.slice(0, cut + 1) : s;
}

const N_DOCS = quick ? 60 : 200;
const SCALE_MB = quick ? [0.5, 1, 2] : [1, 2, 4, 8];
const BIG_MB = quick ? 3 : 10;
const t0 = performance.now();
const { docs } = makeCorpus({ small: N_DOCS, largeBytes: 0 });
const docFiles = docs.map((d, i) => write(`docs/draft-${String(i).padStart(3, '0')}.md`, d));
const docBytes = docs.reduce((a, d) => a + Buffer.byteLength(d), 0);
const one = write('one/draft-8k.md', makeGenerator(424242)(8 * 1024));
// The large documents only when the growth rows are measured: generating 10 MB takes a while.
const bigText = want('scale') ? makeGenerator(515151)(BIG_MB * MiB) : '';
const scaleFiles = want('scale') ? SCALE_MB.map((mb) => write(`scale/${mb}mb.md`, slice(bigText, Math.round(mb * MiB)))) : [];
const bigFile = want('scale') ? write(`big/${BIG_MB}mb.md`, bigText) : undefined;
const empty = write('empty/empty.md', '# 空\n');
console.log(
  `budgetlint bench — node ${process.version}, ${availableParallelism()} cores, textlint ${TEXTLINT ? JSON.parse(readFileSync(join(root, 'node_modules/textlint/package.json'), 'utf8')).version : 'absent'}; ` +
    `corpus ${N_DOCS} docs ${(docBytes / MiB).toFixed(2)} MB${want('scale') ? ` + ${BIG_MB} MB` : ''} in ${((performance.now() - t0) / 1000).toFixed(1)} s; CLI ${CLI}`,
);

// ---- measurements ---------------------------------------------------------

const rows = [];
const fmtMs = (r) => (r.failed ? `n/a (${r.failed.slice(0, 40)})` : `${r.wall.toFixed(0)} ms`);
const ratio = (a, b) => (a.failed || b.failed ? undefined : b.wall / a.wall);
function row(name, bl, tl, goal, met, note = '') {
  rows.push({ name, budgetlint: bl, textlint: tl, goal, met, note });
}
const times = (x) => (x === undefined ? 'n/a' : `${x.toFixed(2)}×`);

// 1. Start-up and one document.
if (want('one')) {
const version = await timed(RUNS, CLI, ['--version'], { cwd: work });
const nodeNull = await timed(RUNS, '-e', ['0'], { cwd: work }).catch(() => ({ failed: 'node -e' }));
row('--version (median)', `${fmtMs(version)}, cpu ${version.cpu?.toFixed(0)} ms`, '', '', '', nodeNull.failed ? '' : `node -e 0: ${fmtMs(nodeNull)}`);
const oneB = await budgetlint([one], { runs: RUNS });
const oneT = await textlint([one], { runs: RUNS });
const r1 = ratio(oneB, oneT);
row(`one 8 KB document (median of ${RUNS})`, `${fmtMs(oneB)}, cpu ${oneB.cpu?.toFixed(0)} ms`, `${fmtMs(oneT)}, cpu ${oneT.cpu?.toFixed(0)} ms`, '≥ 3×', r1 && (r1 >= 3 ? 'yes' : 'no'), `${times(r1)} (cpu ${times(oneB.cpu && oneT.cpu ? oneT.cpu / oneB.cpu : undefined)})`);
}

// 2. Many unique documents in one process.
const manyRuns = quick ? 1 : 3;
const manyB = want('many') || want('cache') ? await budgetlint(docFiles, { runs: manyRuns }) : undefined;
const manyT = want('many') || want('cache') ? await textlint(docFiles, { runs: manyRuns }) : undefined;
if (want('many')) {
const r2 = ratio(manyB, manyT);
const rate = (r, bytes, n) => (r.failed ? '' : `${(bytes / MiB / (r.wall / 1000)).toFixed(2)} MB/s, ${(r.wall / n).toFixed(1)} ms/doc, ${r.rss?.toFixed(0)} MiB peak`);
row(`${N_DOCS} unique documents, ${(docBytes / MiB).toFixed(2)} MB (median of ${manyRuns})`, fmtMs(manyB), fmtMs(manyT), '≥ 2×', r2 && (r2 >= 2 ? 'yes' : 'no'), times(r2));
// CPU time over wall time: above 1 means more than one core worked at once.
const cores = (r) => (r.failed || !r.cpu ? 'n/a' : (r.cpu / r.wall).toFixed(2));
row('  throughput', rate(manyB, docBytes, N_DOCS), rate(manyT, docBytes, N_DOCS), '', '', `cpu ${manyB.cpu?.toFixed(0)} ms vs ${manyT.cpu?.toFixed(0)} ms; cpu/wall ${cores(manyB)} vs ${cores(manyT)}`);
}

// 3. The same with a warm cache (one cold run fills it).
if (want('cache')) {
  const bCache = ['--cache', '--cache-location', join(work, 'bl-cache')];
  const tCache = ['--cache', '--cache-location', join(work, 'tl-cache')];
  const coldB = await budgetlint(docFiles, {}, bCache);
  const warmB = coldB.failed ? coldB : await budgetlint(docFiles, { runs: manyRuns }, bCache);
  if (TEXTLINT) await textlint(docFiles, {}, tCache);
  const warmT = await textlint(docFiles, { runs: manyRuns }, tCache);
  const r3 = ratio(warmB, manyT);
  row(`${N_DOCS} documents, warm --cache (vs textlint without)`, warmB.failed ? fmtMs(warmB) : `${fmtMs(warmB)}, cpu ${warmB.cpu.toFixed(0)} ms`, fmtMs(manyT), '≥ 10×', r3 && (r3 >= 10 ? 'yes' : 'no'), times(r3));
  row('  both warm --cache', fmtMs(warmB), fmtMs(warmT), '', '', times(ratio(warmB, warmT)));
}

// 4. Growth: one file of 1, 2, 4, 8 MB. The start-up (an almost empty file) is taken off before the ratio.
if (want('scale')) {
  const base = await budgetlint([empty], { runs: RUNS });
  let prev;
  for (let i = 0; i < SCALE_MB.length; i++) {
    const r = await budgetlint([scaleFiles[i]]);
    const bytes = Buffer.byteLength(readFileSync(join(work, scaleFiles[i])));
    // CPU time, not wall: on a shared machine the wall clock measures the neighbours too.
    const net = r.failed || base.failed ? undefined : Math.max(1, r.cpu - base.cpu);
    const d = prev && net ? net / prev : undefined;
    row(
      `one ${SCALE_MB[i]} MB document`,
      r.failed ? fmtMs(r) : `${fmtMs(r)}, cpu ${r.cpu.toFixed(0)} ms, ${(bytes / MiB / (r.cpu / 1000)).toFixed(2)} MB/s cpu, ${r.rss.toFixed(0)} MiB`,
      '',
      i ? '≤ 2.2 per doubling' : '',
      d === undefined ? '' : d <= 2.2 ? 'yes' : 'no',
      d === undefined ? `start-up cpu ${base.cpu?.toFixed(0)} ms taken off` : `doubling ${d.toFixed(2)} (cpu)`,
    );
    prev = net;
  }
  const big = await budgetlint([bigFile]);
  row(`one ${BIG_MB} MB document, peak RSS`, big.failed ? fmtMs(big) : `${big.rss.toFixed(0)} MiB (${fmtMs(big)})`, '', '≤ 250 MiB', big.rss ? (big.rss <= 250 ? 'yes' : 'no') : '', '');
}

// 5. The editor.
if (!args['skip-editor'] && want('editor') && existsSync(SERVER)) {
  const sizes = quick ? [50] : [50, 200];
  const lat = await editorLatency({ server: SERVER, sizes, edits: quick ? 60 : 200 });
  for (const l of lat) {
    const goal = l.kb <= 50 ? 30 : 60;
    row(
      `editor ${l.kb} KB: didChange → diagnostics p95`,
      `${l.p95.toFixed(1)} ms (p50 ${l.p50.toFixed(1)}, cpu ${l.cpuPerEdit?.toFixed(1)} ms/edit)`,
      '',
      `≤ ${goal} ms`,
      l.p95 <= goal ? 'yes' : 'no',
      `open ${l.openMs.toFixed(0)} ms`,
    );
  }
  // RSS follows the garbage collector's saw-tooth; the marks in between show whether it trends up.
  const marks = quick ? [100, 1000, 2000] : [100, 1000, 2500, 5000, 10000];
  const mem = await editorMemory({ server: SERVER, marks });
  const first = mem[marks[0]];
  const last = mem[marks[marks.length - 1]];
  const growth = first && last ? last / first - 1 : undefined;
  row(
    `editor RSS after ${marks[0]} / ${marks[marks.length - 1]} edits (10 KB)`,
    first && last ? `${first.toFixed(0)} / ${last.toFixed(0)} MiB` : 'n/a',
    '',
    '≤ +10%',
    growth === undefined ? '' : growth <= 0.1 ? 'yes' : 'no',
    growth === undefined ? '' : `${growth >= 0 ? '+' : ''}${(growth * 100).toFixed(1)}%; MiB at ${marks.join('/')}: ${marks.map((m) => mem[m]?.toFixed(0)).join('/')}`,
  );
}

// ---- report ---------------------------------------------------------------

const cols = ['name', 'budgetlint', 'textlint', 'goal', 'met', 'note'];
const heads = { name: 'case', budgetlint: 'budgetlint', textlint: 'textlint (1 rule)', goal: 'goal', met: 'met', note: 'ratio / note' };
// East Asian wide characters take two columns in a terminal.
const width = (s) => [...String(s ?? '')].reduce((w, c) => w + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(c) ? 2 : 1), 0);
const w = Object.fromEntries(cols.map((c) => [c, Math.max(width(heads[c]), ...rows.map((r) => width(r[c])))]));
const pad = (s, n) => String(s ?? '') + ' '.repeat(Math.max(0, n - width(s)));
const line = (r) => `| ${cols.map((c) => pad(r[c], w[c])).join(' | ')} |`;
console.log(line(heads));
console.log(`|${cols.map((c) => '-'.repeat(w[c] + 2)).join('|')}|`);
for (const r of rows) console.log(line(r));
if (args.json) writeFileSync(resolve(args.json), JSON.stringify(rows, null, 2));
rmSync(work, { recursive: true, force: true });
