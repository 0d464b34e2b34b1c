import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { root, score, scorer } from './score.ts';

// test/heldout53: ordinary yearly publications in fresh wordings, invented: a 镇 决算 hard-wrapped mid-figure, a 区 教育局
// 部门预算 in Word restating its tables, a 市 上半年 execution report in Markdown, a 县 预算草案 of four books in pdftotext
// layout over a page break, a 市 debt disclosure by region in spaces, a 部门整体支出 绩效自评 as a PDF, a 县 三公 决算 in
// Word, a 街道 budget with tabs; written blind and scored once (49 of 64 must found, 1 false alarm;
// test/heldout53/README.md); a fix round after it: 61 found, no false alarm.
// The scorer lives in ../shared beside the checkout; without it, skip.
describe.skipIf(!existsSync(scorer))('held-out set heldout53 (ordinary publications, fresh wordings; written blind)', () => {
  it('finds what it found when last measured and raises no false alarm', () => {
    const s = score(resolve(root, 'test/heldout53/expected.json'));
    expect(s.falses, s.output).toBe(0);
    expect(s.found, s.output).toBeGreaterThanOrEqual(61);
  });
});
