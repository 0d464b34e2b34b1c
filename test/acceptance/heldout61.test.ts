import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { root, score, scorer } from './score.ts';

// test/heldout61: social and public-service departments (卫健委, 民政, 人社, 医保, 公安, 司法, 交通运输, 水利) publishing
// 部门决算, 部门预算 and 部门整体支出绩效自评, invented; a Word-made PDF, Markdown, a .docx, a table flattened one cell a line,
// a pdftotext-like layout with a table over a page break, hard-wrapped text, space- and tab-aligned tables; written blind and
// scored once (55 of 64 must found, no false alarm; test/heldout61/README.md); a fix round after it: 60, no false alarm;
// 61 with a listed part retold under its name (left: three conflicts, figures that are not money or a label naming a class's path).
// Raised to 64 in the heldout62 round (a performance table's values, a 类—款—项 path row).
// The scorer lives in ../shared beside the checkout; without it, skip.
describe.skipIf(!existsSync(scorer))('held-out set heldout61 (social and public-service departments; written blind)', () => {
  it('finds what it found when last measured and raises no false alarm', () => {
    const s = score(resolve(root, 'test/heldout61/expected.json'));
    expect(s.falses, s.output).toBe(0);
    expect(s.found, s.output).toBeGreaterThanOrEqual(64);
  });
});
