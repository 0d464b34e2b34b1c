import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { root, score, scorer } from './score.ts';

// test/heldout23: invented documents in genres no earlier set covered: a 专项债券项目 收益与融资自求平衡方案 with a
// space-aligned 收益测算表, a 住房公积金 年度报告, a 村级财务公开榜 (.docx), a 医疗保障基金 预算执行 report, an
// 审计查出问题整改情况的报告 wrapped mid-number as pdftotext leaves it, a 政府工作报告's fiscal passages, a 决算草案的报告
// to a standing committee and a 部门整体支出绩效评价报告 (.docx), written blind (round 1: 27 of 38 must found, 1 false
// alarm; test/heldout23/README.md has both rounds). The scorer lives in ../shared beside the checkout; without it, skip.
describe.skipIf(!existsSync(scorer))('held-out set heldout23 (bond balance plan, provident fund, village board, medical fund, audit rectification, work report, final accounts draft, performance evaluation; written blind)', () => {
  it('finds what it found when last measured and raises no false alarm', () => {
    const s = score(resolve(root, 'test/heldout23/expected.json'));
    expect(s.falses, s.output).toBe(0);
    expect(s.found, s.output).toBeGreaterThanOrEqual(37);
  });
});
