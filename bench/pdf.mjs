// Benchmark: PDF input end to end (the built CLI: start-up, pdf.js in its worker, page
// layout, lint) on generated disclosures of 40 and 200 pages (bench/pdf.mjs; part of pnpm bench).
// The PDFs come from the tests' writer (CJK text read through pdf.js's cmaps), each page a
// wrapped 说明 text with figures, every fourth page a 收支 table.
//   node bench/pdf.mjs
import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const cli = join(root, 'packages/cli/bin/budgetlint.js');
const dir = mkdtempSync(join(tmpdir(), 'budgetlint-pdf-bench-'));

async function writer() {
  const outfile = join(dir, 'writer.mjs');
  await build({ entryPoints: [join(root, 'packages/cli/test/inputs/pdf-writer.ts')], bundle: true, platform: 'node', format: 'esm', outfile, logLevel: 'warning' });
  return import(pathToFileURL(outfile).href);
}

function document(pages, { writePdf, flow }) {
  const specs = [];
  for (let p = 1; p <= pages; p++) {
    const base = 1000 + p * 7.25;
    const runs = [
      { x: 230, y: 40, text: '某区2025年部门预算', size: 9 },
      { x: 285, y: 815, text: `- ${p} -`, size: 9 },
    ];
    if (p % 4 === 0) {
      runs.push({ x: 250, y: 90, text: '财政拨款收支预算表', size: 14 }, { x: 460, y: 115, text: '单位：万元', size: 10.5 });
      const rows = [['项目', '本年预算', '上年预算']];
      for (let i = 1; i <= 24; i++) rows.push([`第${i}类支出`, (base / 24 + i).toFixed(2), (base / 25 + i).toFixed(2)]);
      rows.forEach((r, i) => {
        const y = 140 + i * 24;
        runs.push({ x: 60, y, text: r[0], size: 10.5 }, { x: 360 - r[1].length * 10.5, y, text: r[1], size: 10.5 }, { x: 480 - r[2].length * 10.5, y, text: r[2], size: 10.5 });
      });
    } else {
      const paras = [];
      for (let k = 0; k < 6; k++) {
        const a = (base + k * 13.5).toFixed(2);
        const b = (base / 3).toFixed(2);
        paras.push(`${k + 1}、第${p}页第${k + 1}项：2025年预算安排${a}万元，其中基本支出${b}万元，项目支出${(a - b).toFixed(2)}万元，比2024年预算增加${(k + 1.5).toFixed(2)}万元，主要原因是保障机构正常运转和完成重点工作任务的经费需求增加。`);
      }
      runs.push(...flow(paras, { top: 90, pitch: 18 }).runs);
    }
    specs.push({ runs });
  }
  return writePdf(specs, { compress: true });
}

// The child reports its own CPU time (all its threads, the pdf.js worker included) on exit:
// on a busy machine CPU time is the steadier number.
const cpuHook = join(dir, 'cpu-hook.cjs');
writeFileSync(cpuHook, "process.on('exit', () => { const u = process.cpuUsage(); require('node:fs').writeSync(2, `\\ncpu-ms ${(u.user + u.system) / 1000}\\n`); });\n");

function lintOnce(file) {
  const t = performance.now();
  const r = spawnSync(process.execPath, ['--require', cpuHook, cli, '--format', 'json', file], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = performance.now() - t;
  if (r.status !== 0 && r.status !== 1) throw new Error(`budgetlint exited ${r.status}: ${r.stderr}`);
  const cpu = Number(/cpu-ms ([\d.]+)/.exec(r.stderr)?.[1] ?? NaN);
  return { ms, cpu, messages: JSON.parse(r.stdout)[0].messages.length };
}

try {
  const w = await writer();
  console.log('\nPDF input (built CLI, end to end: start-up + pdf.js worker + layout + lint), best of 3');
  for (const pages of [40, 200]) {
    const file = join(dir, `draft-${pages}.pdf`);
    writeFileSync(file, document(pages, w));
    let best = { ms: Infinity, cpu: Infinity };
    for (let i = 0; i < 3; i++) {
      const r = lintOnce(file);
      if (r.cpu < best.cpu) best = r;
    }
    const rate = (pages / best.cpu) * 1000;
    console.log(
      `  ${String(pages).padStart(3)} pages: ${best.cpu.toFixed(0).padStart(5)} ms CPU (${best.ms.toFixed(0)} ms wall)  ${rate.toFixed(0).padStart(4)} pages/s of CPU  (${best.messages} findings)`,
    );
    if (pages === 40 && best.cpu > 2000) console.log('  WARNING: a 40-page PDF should lint well under 2 s');
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
