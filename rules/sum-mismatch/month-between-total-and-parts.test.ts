import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A monthly report states the period's amount, then the month's, then 其中 and the period's parts: the parts add up to
// the amount two sentences back, not to the month's. Snippets written for these tests; none is copied from a real
// disclosure.
ruleTester(rule, {
  valid: [
    {
      why: '52,420 + 11,780 = 64,200, the 1-9月 amount; the month’s 7,140 is no total of them',
      code: '1-9月，全县一般公共预算收入完成64,200万元，同比下降0.6%。9月当月完成7,140万元。其中，税收收入完成52,420万元；非税收入完成11,780万元。',
    },
  ],
  invalid: [
    {
      why: 'with the month after the list, the period’s own 其中 is checked as ever: 52,420 + 11,880 = 64,300 > 64,200',
      code: '1-9月，全县一般公共预算收入完成64,200万元，其中，税收收入完成52,420万元；非税收入完成11,880万元。9月当月完成7,140万元。',
      errors: [{ message: '一般公共预算收入合计64,200万元，但其中所列分项之和已达64300万元（52420 + 11880），超出100万元', line: 1, column: 18 }],
    },
  ],
});
