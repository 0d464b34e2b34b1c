import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A debt's limit stated right after the 其中 list of its balance (…，其中一般债务X、专项债务Y，债务限额Z), or its balance
// after the list of its limit, is another measure of the whole: it ends the list and is no part of the total.
// Snippets written for these tests; none is copied from a real disclosure.
ruleTester(rule, {
  valid: [
    {
      why: '56.40 + 86.20 = 142.60; 148.00 is the limit, not a third part',
      code: '2024年末全县政府债务余额142.60亿元，其中一般债务56.40亿元、专项债务86.20亿元，债务限额148.00亿元。',
    },
    {
      why: 'a forecast, 余额 named in the parts, the limit after a semicolon-less clause',
      code: '预计2027年末政府债务余额318.40亿元，其中一般债务余额120.10亿元，专项债务余额198.30亿元，政府债务限额335.00亿元。',
    },
    {
      why: 'the list of a limit, then the balance: 80.00 + 130.00 = 210.00',
      code: '省财政厅核定我市2025年政府债务限额210.00亿元，其中一般债务限额80.00亿元、专项债务限额130.00亿元，政府债务余额196.50亿元。',
    },
  ],
  invalid: [
    {
      why: 'the balance\'s parts still add: 56.40 + 88.20 = 144.60, stated 142.60 (the limit left out)',
      code: '2024年末全县政府债务余额142.60亿元，其中一般债务56.40亿元、专项债务88.20亿元，债务限额148.00亿元。',
      errors: [{ message: '政府债务余额合计142.60亿元，但分项之和为144.60亿元（56.40 + 88.20），相差2.00亿元', line: 1, column: 15 }],
    },
    {
      why: 'the limit\'s parts: 80.00 + 120.00 = 200.00, stated 210.00 (the balance after them left out)',
      code: '省财政厅核定我市2025年政府债务限额210.00亿元，其中一般债务限额80.00亿元、专项债务限额120.00亿元，政府债务余额196.50亿元。',
      errors: [{ message: '省财政厅核定我市2025年政府债务限额合计210.00亿元，但分项之和为200.00亿元（80.00 + 120.00），相差10.00亿元', line: 1, column: 20 }],
    },
  ],
});
