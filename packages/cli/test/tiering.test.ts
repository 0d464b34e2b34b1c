// The command optimises fewer functions than V8 would on its own (tiering.ts): counted with
// --trace-opt over a folder of generated drafts, not timed. A budget given on node's own command
// line is the user's and is left alone, which is also how the test gets V8's default to compare.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeCorpus } from '../../../bench/corpus.mjs';
import { INTERRUPT_BUDGET, tieringFlag } from '../src/tiering.ts';
import { tempTree } from './helpers.ts';

const REPO = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
const BIN = join(REPO, 'packages/cli/bin/budgetlint.js');

describe('tieringFlag', () => {
  it('raises the budget unless node was given one', () => {
    expect(tieringFlag([])).toBe(`--interrupt-budget=${INTERRUPT_BUDGET}`);
    expect(tieringFlag(['--max-old-space-size=4096'])).toBe(`--interrupt-budget=${INTERRUPT_BUDGET}`);
    expect(tieringFlag(['--interrupt-budget=135168'])).toBeUndefined();
    expect(tieringFlag(['--interrupt_budget=1000'])).toBeUndefined();
    expect(tieringFlag(['--interrupt-budget-for-feedback-allocation=940'])).toBe(`--interrupt-budget=${INTERRUPT_BUDGET}`);
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
});
