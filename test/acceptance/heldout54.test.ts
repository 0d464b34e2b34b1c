import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { root, score, scorer } from './score.ts';

// test/heldout54: yearly publications of bodies in 云南, 贵州, 广西, 甘肃, 宁夏, 新疆, 重庆 and 海南, invented: a 自治州 debt
// report with a space-aligned table, a 县人民医院 决算 and a 区农业农村局 预算 in Word, a 市 政府性基金 execution report in
// pdftotext layout, a 乡 决算 hard-wrapped mid-figure, a 国有资本经营决算 in Markdown, a 绩效自评 as a PDF, a 社会保险基金
// budget with tabs; written blind and scored once (47 of 64 must found, no false alarm; test/heldout54/README.md); a fix
// round after it: 62 found, no false alarm.
// The scorer lives in ../shared beside the checkout; without it, skip.
describe.skipIf(!existsSync(scorer))('held-out set heldout54 (yearly publications of eight regions; written blind)', () => {
  it('finds what it found when last measured and raises no false alarm', () => {
    const s = score(resolve(root, 'test/heldout54/expected.json'));
    expect(s.falses, s.output).toBe(0);
    expect(s.found, s.output).toBeGreaterThanOrEqual(62);
  });
});
