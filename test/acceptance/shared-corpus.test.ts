import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

// The annotated real documents live beside the checkout in ../shared (CI has
// them too). Without them there is nothing to score: skip, don't fail.
const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const shared = resolve(root, '../shared');
const scorer = resolve(shared, 'tools/score.mjs');
const cli = resolve(root, 'packages/cli/bin/budgetlint.js');

function score(expected: string) {
  const r = spawnSync(process.execPath, [scorer, resolve(shared, expected), '--verbose', '--cli', `${process.execPath} ${cli}`], {
    cwd: root,
    encoding: 'utf8',
  });
  const last = r.stdout.trim().split('\n').pop() ?? '';
  const m = /precision ([\d.]+)% \((\d+) right, (\d+) false\)\s+recall ([\d.]+)% \((\d+)\/(\d+) must\)/.exec(last);
  if (!m) throw new Error(`scorer printed no summary:\n${r.stdout}\n${r.stderr}`);
  return { output: r.stdout, precision: Number(m[1]), falses: Number(m[3]), recall: Number(m[4]), found: Number(m[5]), must: Number(m[6]) };
}

describe.skipIf(!existsSync(scorer))('shared annotated corpora', () => {
  it('seeds: every must finding, nothing false', () => {
    const s = score('seeds/expected.json');
    expect(s.falses, s.output).toBe(0);
    expect(s.found, s.output).toBe(s.must);
    expect(s.must).toBeGreaterThanOrEqual(5);
  });

  it('putuo final accounts (PDF layout): nothing false', () => {
    const s = score('corpus/putuo/expected.json');
    expect(s.falses, s.output).toBe(0);
    expect(s.recall).toBe(100);
  });
});
