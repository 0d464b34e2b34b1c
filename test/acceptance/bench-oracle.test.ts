// Precision at scale: the bench drafts (bench/corpus.mjs) are right by construction except where
// the generator made a slip, and it says where (bench/oracle.mjs). A message on a paragraph it
// left right is a false alarm; a provable slip without a message of its family is a miss.
// The standard debt sentence (余额, the limit it stays within, 其中 its kinds) drew a false
// sum message on most drafts until the limit stopped being read as the list's total.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module of the bench
import { oracle } from '../../bench/oracle.mjs';

const REPO = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const CLI = join(REPO, 'packages/cli/bin/budgetlint.js');

describe.skipIf(!existsSync(join(REPO, 'packages/cli/dist/budgetlint.js')))('the bench drafts as an oracle', { timeout: 300_000 }, () => {
  it('no message on a paragraph the generator left right, and most slips found', () => {
    const { falses, wrong, missed } = oracle({ docs: 40, seed: 777001, cli: CLI });
    expect(falses.map((f: { file: string; line: number; rule: string; message: string }) => `${f.file}:${f.line} ${f.rule} ${f.message}`)).toEqual([]);
    expect(wrong).toBeGreaterThan(60);
    expect(missed.length / wrong).toBeLessThan(0.1);
  });
});
