/**
 * The statements of a draft are read once per lint: the conflicts, the parts of a 其中 list and the
 * base a change names (上年完成数) all start from the same reading. Counted by the block readings a
 * fresh lint reuses: a second reading of the same paragraphs within one lint would be found in the memo.
 */
import { describe, expect, it } from 'vitest';
import { rules } from '../../../../rules/index.ts';
import { lint } from '../engine/lint.ts';
import { clearMemos } from '../engine/memo.ts';
import { blockReadingStats, resetBlockReadingStats } from '../engine/incremental.ts';

describe('one reading of the statements per lint', () => {
  it.each([
    [
      '2024年全县一般公共预算收入完成18.36亿元。\n\n2025年一般公共预算收入预算19.20亿元，比上年完成数增长4.6%。\n\n“三公”经费财政拨款预算28.62万元，其中：公务接待费7.32万元，公务用车运行维护费21.30万元。\n\n本年“三公”经费财政拨款预算28.62万元中，公务接待费7.23万元。',
    ],
    [
      '2024年本部门机关运行经费支出318.24万元。\n\n2025年机关运行经费预算325.60万元，比2024年执行数增长2.3%。\n\n政府采购预算总额1,204.37万元，其中：货物类304.37万元，服务类900.00万元。\n\n本部门政府采购预算总额1,204.37万元中，服务类预算909.00万元。',
    ],
    [
      '2025年上半年全市税收收入完成96.40亿元。\n\n下半年全市税收收入预计完成101.20亿元，较上年同期增长5.0%。\n\n全市民生支出86.50亿元，其中：教育支出32.10亿元，社会保障和就业支出54.40亿元。\n\n全市民生支出86.50亿元中，教育支出32.01亿元。',
    ],
  ])('%s', (text) => {
    clearMemos();
    resetBlockReadingStats();
    lint(text, { format: 'text', rules });
    const first = blockReadingStats();
    expect(first.computed).toBeGreaterThan(4);
    // Every paragraph differs from every other: nothing read in this lint was read before it.
    expect(first.reused).toBe(0);
  });
});
