// The command optimises fewer functions than V8 would on its own (tiering.ts): counted with
// --trace-opt over a folder of generated drafts, not timed. A budget given on node's own command
// line is the user's and is left alone, which is also how the test gets V8's default to compare.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeCorpus } from '../../../bench/corpus.mjs';
import { INTERRUPT_BUDGET, tieringFlags } from '../src/tiering.ts';
import { tempTree } from './helpers.ts';

const REPO = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
const BIN = join(REPO, 'packages/cli/bin/budgetlint.js');

describe('tieringFlags', () => {
  const budget = `--interrupt-budget=${INTERRUPT_BUDGET}`;
  it('raises the budget and compiles expressions once, unless node was given its own say', () => {
    expect(tieringFlags([])).toEqual([budget, '--no-regexp-tier-up']);
    expect(tieringFlags(['--max-old-space-size=4096'])).toEqual([budget, '--no-regexp-tier-up']);
    expect(tieringFlags(['--interrupt-budget=135168'])).toEqual(['--no-regexp-tier-up']);
    expect(tieringFlags(['--interrupt_budget=1000'])).toEqual(['--no-regexp-tier-up']);
    expect(tieringFlags(['--interrupt-budget-for-feedback-allocation=940'])).toEqual([budget, '--no-regexp-tier-up']);
    expect(tieringFlags(['--regexp-tier-up'])).toEqual([budget]);
    expect(tieringFlags(['--no-regexp_tier_up', '--interrupt-budget=9'])).toEqual([]);
    expect(tieringFlags(['--regexp-tier-up-ticks=5'])).toEqual([budget, '--no-regexp-tier-up']);
  });
});

describe('the command, through its bin', () => {
  beforeAll(() => {
    if (!existsSync(join(REPO, 'packages/cli/dist/budgetlint.js'))) {
      const b = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: REPO, encoding: 'utf8' });
      if (b.status !== 0) throw new Error(`build failed: ${b.stderr}`);
    }
  });

  /** Functions TurboFan optimised while the command linted `dir` in one thread. */
  const optimised = (dir: string, nodeFlags: string[]) => {
    const out = `${dir}-${nodeFlags.length}.json`;
    const r = spawnSync(process.execPath, [...nodeFlags, '--trace-opt', BIN, '--concurrency', 'off', '-f', 'json', '-o', out, dir], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      // The other flags would make V8 reject the code cache the other runs wrote, and write it again.
      env: { ...process.env, BUDGETLINT_NO_CODE_CACHE: '1' },
    });
    expect(r.status, r.stderr).toBe(1);
    return { count: (r.stdout.match(/^\[completed optimizing /gm) ?? []).length, report: readFileSync(out, 'utf8') };
  };

  it('optimises under half the functions V8 would, with the same report', () => {
    const { docs } = makeCorpus({ small: 30, largeBytes: 0 });
    const dir = tempTree(Object.fromEntries(docs.map((d: string, i: number) => [`草稿${i}.md`, d])));
    const ours = optimised(dir, []);
    const v8s = optimised(dir, ['--interrupt-budget=135168']);
    expect(v8s.count).toBeGreaterThan(2 * ours.count);
    expect(ours.report).toBe(v8s.report);
  }, 120_000);

  /** Regular-expression compilations while the command linted `dir` in one thread. */
  const regexpCompilations = (dir: string, nodeFlags: string[]) => {
    const out = `${dir}-re${nodeFlags.length}.json`;
    const r = spawnSync(process.execPath, [...nodeFlags, '--trace-regexp-tier-up', BIN, '--concurrency', 'off', '-f', 'json', '-o', out, dir], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, BUDGETLINT_NO_CODE_CACHE: '1' },
    });
    expect(r.status, r.stderr).toBe(1);
    const lines = r.stdout.split('\n');
    return {
      bytecode: lines.filter((l) => / bytecode size: /.test(l)).length,
      native: lines.filter((l) => / native code size: /.test(l)).length,
      report: readFileSync(out, 'utf8'),
    };
  };

  it('compiles each expression once, to machine code, with the same report', () => {
    const { docs } = makeCorpus({ small: 3, largeBytes: 0 });
    const dir = tempTree(Object.fromEntries(docs.map((d: string, i: number) => [`草稿${i}.md`, d])));
    const ours = regexpCompilations(dir, []);
    const v8s = regexpCompilations(dir, ['--regexp-tier-up']);
    // V8's own way compiles most expressions twice: bytecode first, machine code on the second match.
    expect(v8s.bytecode).toBeGreaterThan(100);
    expect(ours.bytecode).toBeLessThan(v8s.bytecode / 10);
    expect(ours.native).toBeGreaterThan(100);
    expect(ours.report).toBe(v8s.report);
  }, 120_000);
});
