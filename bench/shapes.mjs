// Shape bench: lint() time per MB on hostile inputs (test/hostile/shapes.mjs) at growing sizes.
// Prints, per shape and size, ms per MB, the doubling ratio (time at 2n / time at n; 2.0 is linear)
// and the ratio of its per-MB time to ordinary text of the same format at the same size.
// Targets (issues 8 and 11): every doubling ratio ≤ 2.2; every shape ≤ 3× ordinary text per MB.
//   node bench/shapes.mjs                       sizes 1, 2, 4, 8 MB
//   node bench/shapes.mjs --sizes 0.0625,0.125  sizes in MB
//   node bench/shapes.mjs --only 其中 --timeout 60 --repeat 1
//   node bench/shapes.mjs --format markdown     only the shapes of one format
//   node bench/shapes.mjs --skip-owned          leave out shapes whose slow path another branch fixes
// Each measurement runs in a worker thread that is stopped after --timeout seconds (default 120; wall clock, so give a busy machine room),
// so a quadratic shape shows as "> 120 s" instead of hanging the bench; larger sizes of it are skipped.
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';
import { SHAPES, bytesOf, makeShape } from '../test/hostile/shapes.mjs';

const MB = 1024 * 1024;

async function bundle(root) {
  const dir = mkdtempSync(join(tmpdir(), 'budgetlint-shapes-'));
  const outfile = join(dir, 'entry.mjs');
  await build({
    stdin: {
      contents: "export { lint } from '@budgetlint/core';\nexport { rules } from './rules/index.ts';\n",
      resolveDir: root,
      sourcefile: 'shapes-entry.ts',
      loader: 'ts',
    },
    alias: { '@budgetlint/core': join(root, 'packages/core/src/index.ts') },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    outfile,
    logLevel: 'warning',
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  return { entry: pathToFileURL(outfile).href, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

function measure(entry, shape, bytes, repeat, timeoutMs) {
  return new Promise((done) => {
    // Thread CPU time is what we want, but process.cpuUsage in a worker reports the process: keep the
    // main thread idle while the worker runs (it only waits here).
    const w = new Worker(fileURLToPath(import.meta.url), { workerData: { entry, shape, bytes, repeat } });
    const timer = setTimeout(() => {
      w.terminate();
      done({ timeout: true });
    }, timeoutMs);
    w.once('message', (m) => {
      clearTimeout(timer);
      w.terminate();
      done(m);
    });
    w.once('error', (e) => {
      clearTimeout(timer);
      done({ error: e.message.split('\n')[0] });
    });
  });
}

const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : dflt;
};

async function main() {
  const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
  const sizes = arg('--sizes', '1,2,4,8').split(',').map(Number);
  const only = arg('--only', '');
  // --format markdown: only the shapes of that format (and its ordinary text).
  const format = arg('--format', '');
  const timeout = Number(arg('--timeout', '120')) * 1000;
  // The same number of runs at every size: a best of 3 against a single run would bias the ratio.
  const repeat = Number(arg('--repeat', '3'));
  const { entry, cleanup } = await bundle(root);
  const skipOwned = process.argv.includes('--skip-owned');
  const names = Object.keys(SHAPES).filter((n) => (!only || n.includes(only) || n.startsWith('ordinary')) && !(skipOwned && SHAPES[n].owner) && (!format || SHAPES[n].format === format));
  const perMb = new Map(); // `${shape}|${size}` → ms/MB
  console.log(`budgetlint shape bench — node ${process.version}; lint() CPU time, best of ${repeat} runs, each on new text`);
  console.log('targets: doubling ratio ≤ 2.2 (issue 11), per-MB time ≤ 3× ordinary text of the same format (issue 8)\n');
  const header = ['shape', 'format', 'MB', 'ms', 'ms/MB', 'doubling', '× ordinary', 'findings'];
  // Rows are printed as they are measured: a slow shape shows where the time goes.
  const widths = [Math.max(...names.map(width), 5), 8, 6, 9, 7, 8, 10, 8];
  const print = (r) => console.log(r.map((cell, c) => (c < 2 ? pad(cell, widths[c]) : padStart(cell, widths[c]))).join('  '));
  print(header);
  const failures = [];
  for (const shape of names) {
    const def = SHAPES[shape];
    let prev;
    for (const size of sizes) {
      const bytes = Math.round(size * MB);
      const r = prev?.timeout ? { skipped: true } : await measure(entry, shape, bytes, repeat, timeout);
      if (r.timeout || r.skipped || r.error) {
        print([shape, def.format, String(size), r.timeout ? `> ${timeout / 1000} s` : r.skipped ? 'skipped' : `error: ${r.error}`, '', '', '', '']);
        failures.push(`${shape} at ${size} MB: ${r.timeout ? 'timed out' : r.skipped ? 'skipped after a time-out' : r.error}${def.owner ? ` (fixed on branch ${def.owner})` : ''}`);
        prev = { timeout: true };
        continue;
      }
      const mb = r.bytes / MB;
      const rate = r.ms / mb;
      perMb.set(`${shape}|${size}`, rate);
      const doubling = prev && prev.size * 2 === size ? r.ms / prev.ms : undefined;
      const base = perMb.get(`ordinary ${def.format}|${size}`);
      const vsOrdinary = base ? rate / base : undefined;
      const owner = def.owner ? ` (fixed on branch ${def.owner})` : '';
      // Below a quarter second a ratio is mostly noise (a GC pause, a busy core): shown, not judged.
      if (doubling !== undefined && doubling > 2.2 && r.ms >= 250) failures.push(`${shape}: doubling ratio ${doubling.toFixed(2)} at ${size} MB${owner}`);
      if (vsOrdinary !== undefined && vsOrdinary > 3) failures.push(`${shape}: ${vsOrdinary.toFixed(1)}× ordinary per MB at ${size} MB${owner}`);
      print([
        shape,
        def.format,
        mb.toFixed(mb < 0.1 ? 3 : 2),
        r.ms.toFixed(0),
        rate.toFixed(0),
        doubling === undefined ? '' : doubling.toFixed(2),
        vsOrdinary === undefined ? '' : vsOrdinary.toFixed(2),
        String(r.findings),
      ]);
      prev = { ms: r.ms, size };
    }
  }
  cleanup();
  console.log(failures.length ? `\nover target (${failures.length}):\n  ${failures.join('\n  ')}` : '\nevery shape within target');
}

// East Asian characters take two columns in a terminal.
const width = (s) => [...s].reduce((n, ch) => n + (/[\u1100-\uffff]/.test(ch) ? 2 : 1), 0);
const pad = (s, w) => s + ' '.repeat(Math.max(0, w - width(s)));
const padStart = (s, w) => ' '.repeat(Math.max(0, w - width(s))) + s;

async function workerMain() {
  // Worker: one shape at one size, best CPU time of `repeat` runs.
  const { entry, shape, bytes, repeat } = workerData;
  const { lint, rules } = await import(entry);
  const def = SHAPES[shape];
  // Warm the JIT on ordinary text first: the timing is of the shape, not of compiling the linter.
  lint(makeShape(`ordinary ${def.format}`, 64 * 1024, 99991), { rules, format: def.format });
  let best = Infinity;
  let findings = 0;
  let source = '';
  for (let i = 0; i < repeat; i++) {
    // A new variant each run: the linter's caches (figures by block text, Markdown chunks) must miss.
    source = makeShape(shape, bytes, i + 1);
    const c = process.cpuUsage();
    const r = lint(source, { rules, format: def.format });
    const u = process.cpuUsage(c);
    best = Math.min(best, (u.user + u.system) / 1000);
    findings = r.findings.length;
  }
  parentPort.postMessage({ ms: best, bytes: bytesOf(source), findings });
}


if (isMainThread) await main();
else await workerMain();
