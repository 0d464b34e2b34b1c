import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { root, score, scorer } from './score.ts';

// test/heldout63: the money sections of 部门决算 and 部门预算 (收支总体情况, 收入 and 支出 by kind with their shares, 财政拨款
// 收支, 一般公共预算财政拨款支出 by 类、款、项 with 调整预算, 决算 and 完成率, 基本支出) of 江苏, 上海, 广东, 安徽, 浙江, 四川, 山东 and
// 福建 bodies, invented: a Word-made PDF, a .docx, Markdown, a hard-wrapped text with page furniture, space- and tab-aligned
// tables, a pdftotext-like layout with a table over a page break, a web copy one cell a line in 元; written blind and scored
// once (46 of 64 must found, 1 false alarm; test/heldout63/README.md); a fix round after it: 63, no false alarm; then the
// last, an item's 决算 said twice in the text (a structure paragraph and its numbered item, facts/item-outturns.ts): 64.
// The scorer lives in ../shared beside the checkout; without it, skip.
describe.skipIf(!existsSync(scorer))('held-out set heldout63 (the money sections of department budgets and accounts; written blind)', () => {
  it('finds what it found when last measured and raises no false alarm', () => {
    const s = score(resolve(root, 'test/heldout63/expected.json'));
    expect(s.falses, s.output).toBe(0);
    expect(s.found, s.output).toBeGreaterThanOrEqual(64);
  });
});
