import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// （四）住房保障支出（类）住房公积金（项）。年初预算为…，支出决算为…: a 科目 named by its 类, 款 and 项 in a sentence of its
// own, then its measures named alone: each restates the item's row of the 决算 table under that column.
// Snippets written for these tests; none is copied from a real disclosure.
const table =
  '单位：万元\n\n| 科目编码 | 科目名称 | 年初预算数 | 决算数 | 完成率（%） |\n|---|---|---:|---:|---:|\n| 208 | 社会保障和就业支出 | 412.00 | 398.60 | 96.7 |\n| 2080505 | 机关事业单位基本养老保险缴费支出 | 412.00 | 398.60 | 96.7 |\n| 221 | 住房保障支出 | 268.00 | 255.42 | 95.3 |\n| 2210201 | 住房公积金 | 268.00 | 255.42 | 95.3 |\n\n';

ruleTester(rule, {
  valid: [
    {
      why: 'both measures restated right',
      format: 'markdown',
      code: `${table}（二）住房保障支出（类）住房公积金（项）。年初预算为268.00万元，支出决算为255.42万元，完成年初预算的95.3%。\n`,
    },
    {
      why: 'a 类 named alone, restated right',
      format: 'markdown',
      code: `${table}（一）社会保障和就业支出（类）。年初预算为412.00万元，支出决算为398.60万元。\n`,
    },
    {
      why: 'a measure named with another subject is that subject’s, not the item’s',
      format: 'markdown',
      code: `${table}（二）住房保障支出（类）住房公积金（项）。年初预算为268.00万元，全部门支出决算为3,146.20万元。\n`,
    },
  ],
  invalid: [
    {
      why: 'the outturn of the item is 255.42 in the table, 252.54 in its explanation',
      format: 'markdown',
      code: `${table}（二）住房保障支出（类）住房公积金（项）。年初预算为268.00万元，支出决算为252.54万元，比年初预算减少15.46万元。\n`,
      errors: [{ message: '住房公积金决算在表中为255.42万元，此处却为252.54万元', line: 10, column: 41 }],
    },
  ],
});
