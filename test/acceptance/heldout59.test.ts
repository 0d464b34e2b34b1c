import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { root, score, scorer } from './score.ts';

// test/heldout59: public-money reports that are not department budgets, invented: 行政事业性国有资产管理情况报告, 彩票公益金
// 公告, 住房公积金年度报告, PPP 财政承受能力, 专项债券资金使用, 绩效评价结果, 政府投资基金年报, 国有资本经营预算执行;
// a Word-made PDF, two .docx, a pdftotext-like layout, Markdown, a hard-wrapped text and space- and tab-aligned tables;
// written blind and scored once (38 of 64 must found, every conflict and every year missed, one false alarm;
// test/heldout59/README.md); a fix round after it: 58 found, no false alarm; then a count over numbered items after
// 各项目…如下： and one over 支 as a counter: 60; a bond project's spending restated after its numbered item: 61 (left: three
// years of a data source or a self-evaluation).
// Raised to 63 in the heldout62 round (two year readings).
// The scorer lives in ../shared beside the checkout; without it, skip.
describe.skipIf(!existsSync(scorer))('held-out set heldout59 (国有资产, 彩票公益金, 住房公积金, PPP, 专项债券 and other reports; written blind)', () => {
  it('finds what it found when last measured and raises no false alarm', () => {
    const s = score(resolve(root, 'test/heldout59/expected.json'));
    expect(s.falses, s.output).toBe(0);
    expect(s.found, s.output).toBeGreaterThanOrEqual(63);
  });
});
