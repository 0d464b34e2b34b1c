import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { root, score, scorer } from './score.ts';

// test/heldout51: real layouts and unusual wordings, invented: a 市 一般公共预算决算 with a side-by-side 收支决算总表 over a
// page break, a 区财政局 部门预算 in Word, a 县 国有资本经营预算执行 as a PDF, a 市 债务 report in Word, a 县医院 决算 in
// Markdown (a 元 table against 万元 text), a 镇 预算 hard-wrapped with full-width digits, a 第三方 绩效评价 with a tab 评分表, a
// 市 上半年 国库 report with a table in spaces; written blind and scored once after that session's fixes (41 of 58 must
// found, 1 false alarm; test/heldout51/README.md); a fix round after it: 52 found, no false alarm; 53 the session after.
// The scorer lives in ../shared beside the checkout; without it, skip.
describe.skipIf(!existsSync(scorer))('held-out set heldout51 (real layouts, unusual wordings; written blind)', () => {
  it('finds what it found when last measured and raises no false alarm', () => {
    const s = score(resolve(root, 'test/heldout51/expected.json'));
    expect(s.falses, s.output).toBe(0);
    expect(s.found, s.output).toBeGreaterThanOrEqual(53);
  });
});
