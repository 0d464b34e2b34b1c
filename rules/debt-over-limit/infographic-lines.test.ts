import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 图解预算 text: each debt measure's label on one line and its figure on the next. The pieces are read as one
// statement each. Snippets written for these tests; none is copied from a real disclosure.
ruleTester(rule, {
  valid: [
    {
      why: 'each kind under its limit',
      code: '债务篇\n2024年末政府债务余额\n186.40亿元\n债务限额\n198.60亿元\n其中\n一般债务余额\n70.30亿元\n一般债务限额\n70.80亿元\n专项债务余额\n116.10亿元\n专项债务限额\n127.80亿元',
    },
  ],
  invalid: [
    {
      why: '一般债务余额 72.30 above 一般债务限额 70.80, each on two lines',
      code: '债务篇\n2024年末政府债务余额\n186.40亿元\n债务限额\n198.60亿元\n其中\n一般债务余额\n72.30亿元\n一般债务限额\n70.80亿元\n专项债务余额\n114.10亿元\n专项债务限额\n127.80亿元',
      errors: [{ message: '2024年末一般债务余额72.30亿元，超过同期一般债务限额70.80亿元，超出1.50亿元', line: 8, column: 1 }],
    },
  ],
});
