import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { root, score, scorer } from './score.ts';

// test/heldout62: the closing sections of department 部门预算/决算 disclosures (“三公”经费, 机关运行经费, 政府采购, 国有资产占用,
// 绩效, 名词解释) and the short notices built from them, invented: a Word-made PDF, a .docx, a pdftotext-like layout with a
// table over a page break, Markdown, hard-wrapped text, space- and tab-aligned tables; written blind and scored once (38 of
// 64 must found, 3 false alarms, one of them an annotation error made a may; test/heldout62/README.md); a fix round after
// it: 61, no false alarm (left: a class named as a sentence's topic, the same projects' money said twice, a 全部为 restating).
// The scorer lives in ../shared beside the checkout; without it, skip.
describe.skipIf(!existsSync(scorer))('held-out set heldout62 (closing sections of department budgets and accounts; written blind)', () => {
  it('finds what it found when last measured and raises no false alarm', () => {
    const s = score(resolve(root, 'test/heldout62/expected.json'));
    expect(s.falses, s.output).toBe(0);
    expect(s.found, s.output).toBeGreaterThanOrEqual(61);
  });
});
