import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { root, score, scorer } from './score.ts';

// test/heldout64: county and district finance reports that are not department budgets (上半年预算执行, 政府性基金 and 国有资本
// 经营预算, 地方政府债务 with its 限额, 余额 and bonds, 专项资金 and 重点项目 绩效评价, an 审计工作报告) of 河北, 山西, 江西, 湖南, 广西,
// 贵州, 陕西 and 甘肃 bodies, invented: Word-made PDFs with 续表 over a page break, pdftotext-like layouts with running heads
// and a figure split over a page, .docx, Markdown and hard-wrapped text; written blind and scored once (47 of 64 must found,
// 3 false alarms; test/heldout64/README.md); a fix round after it: all 64, no false alarm.
// The scorer lives in ../shared beside the checkout; without it, skip.
describe.skipIf(!existsSync(scorer))('held-out set heldout64 (county finance reports: execution, funds, debt, evaluation, audit; written blind)', () => {
  it('finds what it found when last measured and raises no false alarm', () => {
    const s = score(resolve(root, 'test/heldout64/expected.json'));
    expect(s.falses, s.output).toBe(0);
    expect(s.found, s.output).toBeGreaterThanOrEqual(64);
  });
});
