import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A sentence stating only a total (还本付息合计X) whose parts the sentence before lists, in a split the domain
// knows complete. Snippets written for these tests; none is copied from a real disclosure.
ruleTester(rule, {
  valid: [
    {
      why: '还本 62.40 (with its own 其中 by kind) + 付息 26.28 = 88.68',
      code: '2024年全市偿还政府债务本金62.40亿元，其中一般债务本金24.60亿元、专项债务本金37.80亿元；支付利息26.28亿元。还本付息合计88.68亿元。',
    },
    {
      why: 'amounts before that are no known split of the total say nothing of it',
      code: '全县发行新增债券12.00亿元，再融资债券4.00亿元。还本付息合计9.30亿元。',
    },
  ],
  invalid: [
    {
      why: '62.40 + 26.28 = 88.68, stated 还本付息合计 89.68; the 其中 parts of 62.40 are no parts of the total',
      code: '2024年全市偿还政府债务本金62.40亿元，其中一般债务本金24.60亿元、专项债务本金37.80亿元；支付利息26.28亿元。还本付息合计89.68亿元。',
      errors: [{ message: '还本付息合计89.68亿元，但分项之和为88.68亿元（62.40 + 26.28），相差1.00亿元', line: 1, column: 72 }],
    },
    {
      why: 'the same with 还本/付息 named plainly and 总额: 31,200 + 16,840 = 48,040, stated 48,140',
      code: '当年全县还本31,200万元，付息16,840万元。全年还本付息总额48,140万元。',
      errors: [{ message: '全年还本付息合计48,140万元，但分项之和为48040万元（31200 + 16840），相差100万元', line: 1, column: 35 }],
    },
  ],
});
