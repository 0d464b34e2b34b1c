import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 全县一般公共预算支出安排48.20亿元，比2025年执行数增长5.7%，加上上解支出…、债务还本支出…，支出总计…: a change said of
// the first amount in its own clause is a note on it, no part; the total is still the amounts added.
// Snippets written for these tests.
ruleTester(rule, {
  valid: [
    {
      why: 'the spending, its change on last year, the amounts added: the total adds up',
      code: '全县一般公共预算支出安排36.40亿元，比2025年执行数增长4.2%，加上上解支出1.12亿元、债务还本支出2.60亿元，支出总计40.12亿元，收支平衡。\n',
    },
    {
      why: 'a revenue then its change and a 同比 clause, closed by ；: the next clause is another statement',
      code: '全县国有企业实现营业收入48.26亿元，同比增长3.9%；利润总额2.84亿元，同比下降8.1%。\n',
    },
  ],
  invalid: [
    {
      why: 'the total written to balance the other side, not the sum of the spending side',
      code: '全县一般公共预算支出安排36.40亿元，比2025年执行数增长4.2%，加上上解支出1.12亿元、债务还本支出2.60亿元，支出总计40.48亿元，收支平衡。\n',
      errors: [{ message: '支出合计40.48亿元，但分项之和为40.12亿元（36.40 + 1.12 + 2.60），相差0.36亿元', line: 1, column: 67 }],
    },
    {
      why: 'the same with 较上年 and 万元',
      code: '本级政府性基金预算支出安排86,420万元，较上年下降6.3%，加上调出资金12,000万元、专项债务还本支出9,600万元，支出总计108,420万元。\n',
      errors: [{ message: '支出合计108,420万元，但分项之和为108020万元（86420 + 12000 + 9600），相差400万元', line: 1, column: 68 }],
    },
    {
      why: 'an income with its change, then 再加上 and 合计',
      code: '全区一般公共预算收入完成62.30亿元，同比增长5.1%，再加上上级补助收入18.64亿元、调入资金4.20亿元，收入合计84.14亿元。\n',
      errors: [{ message: '收入合计84.14亿元，但分项之和为85.14亿元（62.30 + 18.64 + 4.20），相差1.00亿元', line: 1, column: 62 }],
    },
  ],
});
