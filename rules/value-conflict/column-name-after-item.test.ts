import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 竞争性磋商采购6.48亿元，电子卖场采购4.64亿元，单一来源采购1.12亿元 beside a table whose rows 竞争性磋商, 电子卖场（网上超市）,
// 单一来源 read 64,800 | 44,600 | 11,200 under 采购金额（万元）: the column's name (or its first word) after the item's, and
// a gloss in brackets after the row's name, are no part of the item's name. The odd one out is stated wrongly once.
const table =
  '\n\n表1　2024年度全市政府采购分方式统计表\n\n| 采购方式 | 采购金额（万元） | 占比（%） |\n|---|---:|---:|\n| 合计 | 468,200 | 100.0 |\n| 公开招标 | 326,400 | 69.7 |\n| 竞争性磋商 | 64,800 | 13.8 |\n| 单一来源 | 11,200 | 2.4 |\n| 电子卖场（网上超市） | 44,600 | 9.5 |\n';

ruleTester(rule, {
  valid: [
    {
      why: 'every amount agrees with its row: 6.48亿元 = 64,800万元, 4.46亿元 = 44,600万元',
      code: `竞争性磋商采购6.48亿元，电子卖场采购4.46亿元，单一来源采购1.12亿元。${table}`,
      format: 'markdown',
    },
    {
      why: 'two amounts agree with no row: which column the sentence restates is not said',
      code: `竞争性磋商采购6.84亿元，电子卖场采购4.64亿元，单一来源采购1.12亿元。${table}`,
      format: 'markdown',
    },
  ],
  invalid: [
    {
      why: '电子卖场 4.64亿元 in the text, 44,600万元 in the table',
      code: `竞争性磋商采购6.48亿元，电子卖场采购4.64亿元，单一来源采购1.12亿元。${table}`,
      format: 'markdown',
      errors: [{ message: '电子卖场（网上超市）在表中为44,600万元（即4.46亿元），此处却为4.64亿元', line: 1, column: 21 }],
    },
    {
      why: 'the column’s whole name after the item’s: 公开招标采购金额 32.46亿元 against 326,400万元',
      code: `公开招标采购金额32.46亿元，竞争性磋商采购金额6.48亿元。${table}`,
      format: 'markdown',
      errors: [{ message: '公开招标在表中为326,400万元（即32.64亿元），此处却为32.46亿元', line: 1, column: 9 }],
    },
  ],
});
