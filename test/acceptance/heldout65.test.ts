import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { root, score, scorer } from './score.ts';

// test/heldout65: 决算 reports of provincial, city and county governments and their finance bureaus (the year's outturn
// against 年初预算 and 调整预算, revenue by tax, spending by function, 转移支付, 预备费, 超收, 结转结余, 预算稳定调节基金, fund and
// 社保 balances, 政府债务), of 北京, 天津, 重庆, 河南, 山东, 辽宁, 吉林 and 海南 bodies, invented: Word-made PDFs, pdftotext-like
// layouts with 续表, .docx, Markdown, hard-wrapped text, a space-aligned table with a 同比 column; written blind and scored once
// (52 of 64 must found, 13 false alarms, 12 of them one misreading of that 同比 column; test/heldout65/README.md); a fix
// round after it: 59, no false alarm (left: five years named a year early, an audit's, a data source's, an adjustment
// plan's, an approved 决算's and a table title's).
// The scorer lives in ../shared beside the checkout; without it, skip.
describe.skipIf(!existsSync(scorer))('held-out set heldout65 (government 决算 reports; written blind)', () => {
  it('finds what it found when last measured and raises no false alarm', () => {
    const s = score(resolve(root, 'test/heldout65/expected.json'));
    expect(s.falses, s.output).toBe(0);
    expect(s.found, s.output).toBeGreaterThanOrEqual(59);
  });
});
