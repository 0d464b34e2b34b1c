import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A completion ratio written "决算数为年初预算的X%" after both figures is read as a change and as a completion
// ratio; the contradiction is said once however many readings prove it. Snippets written for these tests.
ruleTester(rule, {
  valid: [
    {
      why: '8,526.40 / 8,120.00 = 105.00%',
      code: '2024年度财政拨款支出决算8,526.40万元，年初预算为8,120.00万元，决算数为年初预算的105.0%。',
    },
  ],
  invalid: [
    {
      why: '10,864.20 / 10,236.00 = 106.14%, stated 106.2%, a year before the subject',
      code: '2024年度财政拨款支出决算10,864.20万元，年初预算为10,236.00万元，决算数为年初预算的106.2%，主要是年中追加了资金。',
      errors: [{ message: '财政拨款支出决算10,864.20万元为年初预算10,236.00万元的106.14%，而非所写的106.2%', line: 1, column: 53 }],
    },
    {
      why: 'the same with full-width digits: 4,312.60 / 4,580.00 = 94.16%, stated 95.2%',
      code: '２０２４年度一般公共预算支出决算４，３１２．６０万元，年初预算为４，５８０．００万元，决算数为年初预算的９５．２％。',
      errors: [{ message: '一般公共预算支出决算4,312.60万元为年初预算4,580.00万元的94.16%，而非所写的95.2％', line: 1, column: 53 }],
    },
    {
      why: 'an earlier year and a quoted name, no 为 before the budget: 36.48 / 42.00 = 86.86%, stated 85.6%',
      code: '2023年“三公”经费财政拨款支出决算36.48万元，年初预算42.00万元，决算数为年初预算的85.6%，主要是压减公务接待。',
      errors: [{ message: '“三公”经费财政拨款支出决算36.48万元为年初预算42.00万元的86.86%，而非所写的85.6%', line: 1, column: 49 }],
    },
  ],
});
