import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { existsSync, readdirSync } from 'node:fs';

// The annotated corpora's scorer lives in ../shared beside the checkout (CI has it too);
// the acceptance tests skip when it is absent.
export const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const shared = resolve(root, '../shared');
export const scorer = resolve(shared, 'tools/score.mjs');
const cli = resolve(root, 'packages/cli/bin/budgetlint.js');

/** Every annotated set there is: the shared corpora beside the checkout, and the held-out sets in test/. */
export function annotatedDirs(): string[] {
  return [
    ...['seeds', 'corpus/dev', 'corpus/real', 'corpus/putuo'].map((d) => resolve(shared, d)),
    ...readdirSync(resolve(root, 'test'))
      .filter((d) => /^heldout\d*$/.test(d))
      .map((d) => resolve(root, 'test', d)),
  ].filter((d) => existsSync(d));
}

export interface Score {
  output: string;
  precision: number;
  falses: number;
  recall: number;
  found: number;
  must: number;
}

/** Runs the scorer on an expected.json (absolute path) against the built CLI and reads its summary line. */
export function score(expected: string): Score {
  const r = spawnSync(process.execPath, [scorer, expected, '--verbose', '--cli', `${process.execPath} ${cli}`], {
    cwd: root,
    encoding: 'utf8',
  });
  const last = r.stdout.trim().split('\n').pop() ?? '';
  const m = /precision ([\d.]+)% \((\d+) right, (\d+) false\)\s+recall ([\d.]+)% \((\d+)\/(\d+) must\)/.exec(last);
  if (!m) throw new Error(`scorer printed no summary:\n${r.stdout}\n${r.stderr}`);
  return { output: r.stdout, precision: Number(m[1]), falses: Number(m[3]), recall: Number(m[4]), found: Number(m[5]), must: Number(m[6]) };
}
