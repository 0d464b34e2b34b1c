// Benchmark: lint() over a deterministic corpus (bench/corpus.mjs).
// Bundles core + rules with esbuild into a temporary module first, so the
// timings are for the same kind of code the CLI runs, not for vitest transforms.
//   pnpm bench            (root script: build, then this file)
//   node bench/run.mjs [--quick]     (--quick: 40 small docs, a 2 MB document, smaller slices)
// To find a hot or quadratic function: node --cpu-prof bench/run.mjs --quick, then open the .cpuprofile.
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { makeCorpus } from './corpus.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const quick = process.argv.includes('--quick');

async function bundle() {
  const dir = mkdtempSync(join(tmpdir(), 'budgetlint-bench-'));
  const outfile = join(dir, 'bench-entry.mjs');
  await build({
    stdin: {
      contents: "export { lint, parseDocument, extractClaims } from '@budgetlint/core';\nexport { rules } from './rules/index.ts';\n",
      resolveDir: root,
      sourcefile: 'bench-entry.ts',
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
  const mod = await import(pathToFileURL(outfile).href);
  return { ...mod, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

const bytes = (s) => Buffer.byteLength(s, 'utf8');
const MB = 1024 * 1024;
const fmt = (n, d = 2) => n.toFixed(d);

/** Cuts a document at a paragraph break near `size` bytes (UTF-8). */
function slice(doc, size) {
  const buf = Buffer.from(doc, 'utf8');
  if (size >= buf.length) return doc;
  let s = buf.subarray(0, size).toString('utf8').replace(/\uFFFD$/, '');
  const cut = s.lastIndexOf('\n\n');
  return cut > 0 ? s.slice(0, cut + 1) : s;
}

/** Best of `repeat` runs, wall clock and process CPU time (CPU time is steadier on a busy machine). */
function time(fn, repeat = 1) {
  let best = { ms: Infinity, cpu: Infinity };
  let last;
  for (let i = 0; i < repeat; i++) {
    const c = process.cpuUsage();
    const t = performance.now();
    last = fn();
    const ms = performance.now() - t;
    const u = process.cpuUsage(c);
    if (ms < best.ms) best = { ms, cpu: (u.user + u.system) / 1000 };
  }
  return { ...best, result: last };
}

const both = (t) => `${fmt(t.ms, 0)} ms (cpu ${fmt(t.cpu, 0)} ms)`;

async function main() {
  const t0 = performance.now();
  const { lint, parseDocument, extractClaims, rules, cleanup } = await bundle();
  const corpus = makeCorpus(quick ? { small: 40, largeBytes: 2 * MB } : {});
  const genMs = performance.now() - t0;
  const lintMd = (src) => lint(src, { rules, format: 'markdown' });
  const lintTxt = (src) => lint(src, { rules, format: 'text' });

  console.log(`budgetlint bench — node ${process.version}, ${rules.length} rules (setup + corpus ${fmt(genMs, 0)} ms)`);

  // Warm up the JIT on a few documents.
  for (const d of corpus.docs.slice(0, 10)) lintMd(d);

  // 1. The ~10 KB drafts.
  const smallBytes = corpus.docs.reduce((a, d) => a + bytes(d), 0);
  for (const [name, fn] of [
    ['markdown', lintMd],
    ['text', lintTxt],
  ]) {
    let findings = 0;
    let failures = 0;
    const t = time(() => {
      findings = 0;
      failures = 0;
      for (const d of corpus.docs) {
        const r = fn(d);
        findings += r.findings.length;
        failures += r.ruleFailures.length;
      }
    }, quick ? 1 : 3);
    console.log(
      `${corpus.docs.length} docs × ~${fmt(smallBytes / corpus.docs.length / 1024, 1)} KB (${name}): ` +
        `${fmt(t.ms / corpus.docs.length, 2)} ms/doc (cpu ${fmt(t.cpu / corpus.docs.length, 2)}), ${fmt(smallBytes / MB / (t.ms / 1000))} MB/s, ${findings} findings, ${failures} rule failures`,
    );
  }

  // 2. The large document.
  const large = corpus.large;
  for (const [name, fn] of [
    ['markdown', lintMd],
    ['text', lintTxt],
  ]) {
    const t = time(() => fn(large));
    const result = t.result;
    console.log(
      `1 doc × ${fmt(bytes(large) / MB)} MB (${name}): ${both(t)}, ${fmt(bytes(large) / MB / (t.ms / 1000))} MB/s, ` +
        `${result.findings.length} findings, ${result.document.blocks.length} blocks, ${result.figures.length} figures`,
    );
  }

  // 3. Linearity: 1, 2, 4 MB slices of the large document; doubling the input should double the time.
  //    Each phase is timed on its own: parsing, claim extraction, and the rules (lint minus the first two).
  const sizes = quick ? [0.5, 1, 2] : [1, 2, 4];
  for (const format of ['markdown', 'text']) {
    const rows = sizes.map((s) => {
      const src = slice(large, Math.round(s * MB));
      const repeat = quick ? 1 : 2;
      const parse = time(() => parseDocument(src, format), repeat);
      const extract = time(() => extractClaims(parse.result), repeat);
      const all = time(() => lint(src, { rules, format }), repeat);
      return { mb: bytes(src) / MB, parse, extract, all };
    });
    const ratio = (f) => rows.slice(1).map((r, i) => fmt(f(r) / f(rows[i]))).join(', ');
    console.log(`linearity (${format}):`);
    for (const r of rows) {
      const rulesCpu = r.all.cpu - r.parse.cpu - r.extract.cpu;
      console.log(`  ${fmt(r.mb)} MB: lint ${both(r.all)}; parse cpu ${fmt(r.parse.cpu, 0)}, extract cpu ${fmt(r.extract.cpu, 0)}, rules cpu ~${fmt(rulesCpu, 0)} ms`);
    }
    console.log(
      `  time ratio per doubling: lint wall ${ratio((r) => r.all.ms)}, lint cpu ${ratio((r) => r.all.cpu)}, ` +
        `parse ${ratio((r) => r.parse.cpu)}, extract ${ratio((r) => r.extract.cpu)} (2.00 is linear)`,
    );
  }
  // 4. One long block: a .txt draft with no line breaks (or a PDF paragraph joined across a page) is a
  //    single block, so work per sentence or per figure that scans the whole block is quadratic here.
  {
    const sentence = '项目支出合计20万元，比上年增加2万元，增长11.11%，其中：甲15万元，乙5万元。';
    const counts = quick ? [125, 250, 500] : [250, 500, 1000];
    const rows = counts.map((n) => {
      const src = sentence.repeat(n);
      return { chars: src.length, t: time(() => lint(src, { rules, format: 'text' }), quick ? 1 : 2) };
    });
    console.log(
      `linearity (one paragraph, text): ${rows.map((r) => `${fmt(r.chars / 1000, 0)}k chars ${both(r.t)}`).join(', ')}; ` +
        `time ratio per doubling ${rows.slice(1).map((r, i) => fmt(r.t.cpu / rows[i].t.cpu)).join(', ')} (2.00 is linear, 4.00 quadratic)`,
    );
  }
  // 5. Plain-text layout: a paragraph wrapped over thousands of lines that each stop on ， (the
  //    joiner must read only the two lines at a break), and a line holding a long run of spaces
  //    (a contents-entry test that backtracks over the run is cubic in it).
  {
    const line = '按照过紧日子的要求压减一般性支出，';
    const counts = quick ? [3000, 6000, 12_000] : [6000, 12_000, 24_000];
    const wrapped = counts.map((n) => {
      const src = Array.from({ length: n }, () => line).join('\n');
      return { kb: bytes(src) / 1024, t: time(() => parseDocument(src, 'text'), quick ? 1 : 2) };
    });
    const spaces = [100_000, 200_000, 400_000].map((n) => {
      const src = `一、收入情况${' '.repeat(n)}合计\n${'  '.repeat(n)}\n`;
      return { n, t: time(() => parseDocument(src, 'text'), quick ? 1 : 2) };
    });
    console.log(
      `linearity (wrapped lines ending in ，, text): ${wrapped.map((r) => `${fmt(r.kb, 0)} KB ${both(r.t)}`).join(', ')}; ` +
        `ratio per doubling ${wrapped.slice(1).map((r, i) => fmt(r.t.cpu / wrapped[i].t.cpu)).join(', ')}`,
    );
    console.log(
      `linearity (a run of spaces): ${spaces.map((r) => `${r.n} spaces ${both(r.t)}`).join(', ')}; ` +
        `ratio per doubling ${spaces.slice(1).map((r, i) => fmt(r.t.cpu / spaces[i].t.cpu)).join(', ')} (2.00 is linear)`,
    );
  }
  cleanup();
}

await main();
