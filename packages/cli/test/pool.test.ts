// The worker pool (pool.ts) through the built command: many files give the same report and exit
// code on worker threads as in one thread. Counts, not timings: the debug line says how many files
// the workers linted.
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempTree } from './helpers.ts';
import { poolLikely, poolSize, POOL_MIN_FILES } from '../src/pool.ts';
import { parseArgs, UsageError } from '../src/args.ts';

const REPO = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
const BIN = join(REPO, 'packages/cli/bin/budgetlint.js');

beforeAll(() => {
  if (!existsSync(join(REPO, 'packages/cli/dist/lint-worker.js'))) {
    const b = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: REPO, encoding: 'utf8' });
    if (b.status !== 0) throw new Error(`build failed: ${b.stderr}`);
  }
});

function cli(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', BUDGETLINT_DEBUG: '1' },
    // A worker left running would keep the process open: fail rather than wait.
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Draft i: a 其中 list, a change with its rate and a 绩效评价 count; every third one is wrong somewhere. */
function draft(i: number): string {
  const a = 120 + i * 7;
  const b = 45 + i * 3;
  const c = 16 + i;
  const total = a + b + c + (i % 3 === 0 ? 9 : 0);
  const prior = 800 + i * 11;
  const cur = prior + 40 + i;
  const rate = (((cur - prior) / prior) * 100).toFixed(2);
  const wrongRate = i % 3 === 1 ? (Number(rate) + 2).toFixed(2) : rate;
  return [
    `# 2024年第${i + 1}街道部门决算情况说明`,
    '',
    `## 一、项目支出情况`,
    '',
    `2024年第${i + 1}街道项目支出合计${total}万元，其中：社区服务设施改造${a}万元，老旧小区管网更新${b}万元，公共照明维护${c}万元。`,
    '',
    `一般公共预算财政拨款支出${cur}万元，比上年决算数增加${cur - prior}万元，增长${wrongRate}%，主要是落实基层“三保”政策增加支出。`,
    '',
    `全年共对${5 + (i % 4)}个项目开展绩效评价，其中评价结果为优的${2 + (i % 4)}个，良的2个，中的1个。`,
    '',
  ].join('\n');
}

describe('the worker pool', { timeout: 120_000 }, () => {
  it('is used only for more than a handful of files and only with more than one thread', () => {
    expect(poolSize(POOL_MIN_FILES - 1, 4)).toBe(0);
    expect(poolSize(POOL_MIN_FILES, 4)).toBe(4);
    expect(poolSize(100, 'off')).toBe(0);
    expect(poolSize(100, 1)).toBe(0);
    expect(poolSize(10, 64)).toBe(10);
  });

  it('--concurrency takes a thread count, auto or off', () => {
    expect(parseArgs(['--concurrency', '3', 'a.md']).concurrency).toBe(3);
    expect(parseArgs(['--concurrency=off', 'a.md']).concurrency).toBe('off');
    expect(parseArgs(['a.md']).concurrency).toBeUndefined();
    for (const bad of ['0', '-1', 'two', '1.5']) expect(() => parseArgs(['--concurrency', bad, 'a.md'])).toThrow(UsageError);
  });

  it('gives the same report, in the same order, with the same exit code as one thread', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 14; i++) files[`drafts/${String(i).padStart(2, '0')}-说明.md`] = draft(i);
    files['drafts/notes.txt'] = draft(20).replace(/\n\n/g, '\n');
    const dir = tempTree(files);
    for (const format of ['stylish', 'json', 'sarif']) {
      const one = cli(['--concurrency', 'off', '-f', format, 'drafts'], dir);
      const pooled = cli(['--concurrency', '2', '-f', format, 'drafts'], dir);
      expect(one.stderr).not.toMatch(/ threads$/m);
      expect(pooled.stderr).toMatch(/debug: 15 files linted on 2 threads/);
      expect(pooled.code).toBe(one.code);
      expect(pooled.stdout).toBe(one.stdout);
    }
    const one = cli(['--concurrency', 'off', '-f', 'json', 'drafts'], dir);
    expect(one.code).toBe(1);
    expect(JSON.parse(one.stdout).reduce((n: number, f: { errorCount: number }) => n + f.errorCount, 0)).toBeGreaterThan(4);
  });

  it('lints the misses of a cold --cache on the pool, and a warm cache needs no workers', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 12; i++) files[`d/${i}.md`] = draft(i);
    const dir = tempTree(files);
    const one = cli(['--concurrency', 'off', '-f', 'json', 'd'], dir);
    const cold = cli(['--concurrency', '2', '--cache', '-f', 'json', 'd'], dir);
    expect(cold.stderr).toMatch(/debug: 12 files linted on 2 threads/);
    expect(cold.stderr).toMatch(/debug: cache 0 hits, 12 misses/);
    const warm = cli(['--concurrency', '2', '--cache', '-f', 'json', 'd'], dir);
    expect(warm.stderr).not.toMatch(/ threads$/m);
    expect(warm.stderr).toMatch(/debug: cache 12 hits, 0 misses/);
    expect([cold.code, warm.code]).toEqual([one.code, one.code]);
    expect(cold.stdout).toBe(one.stdout);
    expect(warm.stdout).toBe(one.stdout);
  });

  it('reports unreadable files in input order with exit 2, as one thread does', () => {
    const files: Record<string, string | Uint8Array> = {};
    for (let i = 0; i < 10; i++) files[`d/${i}.md`] = draft(i);
    files['d/3-binary.txt'] = new Uint8Array([0x50, 0x4b, 0x00, 0x00, 0x01]);
    files['d/7-binary.md'] = new Uint8Array([0x00, 0x01, 0x02]);
    const dir = tempTree(files);
    const one = cli(['--concurrency', 'off', 'd'], dir);
    const pooled = cli(['--concurrency', '3', 'd'], dir);
    expect(one.code).toBe(2);
    expect(pooled.code).toBe(2);
    expect(pooled.stdout).toBe(one.stdout);
    const errs = (s: string) => s.split('\n').filter((l) => l.startsWith('budgetlint: ') && !l.includes('debug:'));
    expect(errs(pooled.stderr)).toEqual(errs(one.stderr));
    expect(errs(one.stderr)).toHaveLength(2);
  });

  it('starts workers before listing files only for a folder, a glob or many paths', () => {
    const dir = tempTree({ 'a/1.md': draft(1), 'b.md': draft(2) });
    expect(poolLikely(['a'], dir)).toBe(true);
    expect(poolLikely(['.'], dir)).toBe(true);
    expect(poolLikely(['**/*.md'], dir)).toBe(true);
    expect(poolLikely(['b.md'], dir)).toBe(false);
    expect(poolLikely(['missing.md'], dir)).toBe(false);
    expect(poolLikely(Array.from({ length: POOL_MIN_FILES }, (_, i) => `${i}.md`), dir)).toBe(true);
  });

  it('workers started early and not needed (few files, a config error) never hold the run open', () => {
    const few = tempTree({ 'd/1.md': draft(1), 'd/2.md': draft(2) });
    const one = cli(['--concurrency', 'off', 'd'], few);
    const early = cli(['--concurrency', '2', 'd'], few);
    expect(early.code).toBe(one.code);
    expect(early.stdout).toBe(one.stdout);
    expect(early.stderr).not.toMatch(/ threads/);
    const broken = tempTree({ 'd/1.md': draft(1), 'd/budgetlint.config.json': '{ "rules": ' });
    const r = cli(['--concurrency', '2', 'd'], broken);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/budgetlint\.config\.json/);
    const many: Record<string, string> = {};
    for (let i = 0; i < 12; i++) many[`m/${i}.md`] = draft(i);
    const pooled = cli(['--concurrency', '2', 'm'], tempTree(many));
    expect(pooled.stderr).toMatch(/debug: 12 files linted on 2 threads \(workers started before the files were listed\)/);
  });
});
