import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A monthly report compares a month with the month before by name (比9月份的11,060万元, 较上月的…): that figure is the
// base, no part of a 其中 list, and a direction against it is checked as one against last year is.
ruleTester(rule, {
  valid: [
    { why: '9,860 above 9,420', code: '10月份全县一般公共预算收入13,240万元。其中税收收入当月完成9,860万元，比9月份的9,420万元有所增长。\n' },
  ],
  invalid: [
    {
      why: '9,240 below 9,420, said to grow',
      code: '10月份全县一般公共预算收入13,240万元。其中税收收入当月完成9,240万元，比9月份的9,420万元有所增长。\n',
      errors: [{ message: '税收收入当月9,240万元小于9月份9,420万元，却写作“增长”', line: 1, column: 56 }],
    },
  ],
});
