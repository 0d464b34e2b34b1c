import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { root, score, scorer } from './score.ts';

// test/heldout56: town and street bodies' budgets and final accounts (乡镇人民政府, 街道办事处) and two rarer kinds of report
// (国有资本经营预算 and 社会保险基金预算 execution), invented: a Word-made PDF whose tables' heads span two lines and run over a
// page with the head printed again, two .docx, a pdftotext-like layout in 亿元 against a table in 万元, a hard-wrapped 乡级
// 决算 and tab- and space-aligned tables; written blind and scored once (56 of 64 must found, 2 false alarms;
// test/heldout56/README.md); a fix round after it: all 64 found, no false alarm.
// The scorer lives in ../shared beside the checkout; without it, skip.
describe.skipIf(!existsSync(scorer))('held-out set heldout56 (乡镇/街道 bodies, 国有资本经营 and 社会保险基金 reports; written blind)', () => {
  it('finds what it found when last measured and raises no false alarm', () => {
    const s = score(resolve(root, 'test/heldout56/expected.json'));
    expect(s.falses, s.output).toBe(0);
    expect(s.found, s.output).toBeGreaterThanOrEqual(64);
  });
});
