import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { root, score, scorer } from './score.ts';

// test/heldout22: invented documents in genres no earlier set covered: a people's congress 财政经济委员会 审查结果报告
// hard-wrapped from a PDF, a 国有资本经营预算 说明 with 合计-first Markdown tables, a hospital 单位决算 with a box-drawing
// table, 政府采购 statistics, a 新增专项债券 notice with a card of lines per project, a 1-10月 财政收支 月报, a 三公经费 决算
// reposted in traditional characters and a school 单位预算 through OCR, written blind (round 1: 27 of 37 must found, 5
// false alarms; test/heldout22/README.md has both rounds). The scorer lives in ../shared beside the checkout; without
// it, skip.
describe.skipIf(!existsSync(scorer))('held-out set heldout22 (review report, state capital, hospital, procurement, bond cards, monthly report, traditional repost, OCR; written blind)', () => {
  it('finds what it found when last measured and raises no false alarm', () => {
    const s = score(resolve(root, 'test/heldout22/expected.json'));
    expect(s.falses, s.output).toBe(0);
    expect(s.found, s.output).toBeGreaterThanOrEqual(33);
  });
});
