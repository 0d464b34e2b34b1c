import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

// test/heldout2: invented disclosures written to measure how the debt, grade,
// count, year and heading readings carry to wordings they were not built on.
// The scorer lives in ../shared beside the checkout; without it, skip.
const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const scorer = resolve(root, '../shared/tools/score.mjs');
const cli = resolve(root, 'packages/cli/bin/budgetlint.js');

function score(expected: string) {
  const r = spawnSync(process.execPath, [scorer, resolve(root, expected), '--verbose', '--cli', `${process.execPath} ${cli}`], {
    cwd: root,
    encoding: 'utf8',
  });
  const last = r.stdout.trim().split('\n').pop() ?? '';
  const m = /precision ([\d.]+)% \((\d+) right, (\d+) false\)\s+recall ([\d.]+)% \((\d+)\/(\d+) must\)/.exec(last);
  if (!m) throw new Error(`scorer printed no summary:\n${r.stdout}\n${r.stderr}`);
  return { output: r.stdout, precision: Number(m[1]), falses: Number(m[3]), recall: Number(m[4]), found: Number(m[5]), must: Number(m[6]) };
}

describe.skipIf(!existsSync(scorer))('held-out set heldout2 (debt, grade, count, year, heading)', () => {
  it('finds what it found when last measured and raises no false alarm', () => {
    const s = score('test/heldout2/expected.json');
    expect(s.falses, s.output).toBe(0);
    expect(s.must, s.output).toBeGreaterThanOrEqual(46);
    expect(s.recall, s.output).toBeGreaterThanOrEqual(95);
  });
});
