import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A completion rate right after a part of a 其中 list (…收入完成X，其中税收收入Y，完成年度预算的Z%) is the part's, its budget
// the one stated for that part. Snippets written for these tests; none is copied from a real disclosure.
ruleTester(rule, {
  valid: [
    {
      why: '6.48 / 8.80 = 73.6%, the part\'s own budget a sentence before',
      code: '2025年全区一般公共预算收入年初预算为12.60亿元，其中税收收入预算8.80亿元。1-9月，全区一般公共预算收入完成9.36亿元，占年度预算的74.3%，其中税收收入6.48亿元，完成年度预算的73.6%。',
    },
    {
      why: 'no budget stated for the part: nothing to check (9.36 / 12.60 is not the part\'s)',
      code: '2025年全区一般公共预算收入年度预算为12.60亿元。1-9月，全区一般公共预算收入完成9.36亿元，其中税收收入6.48亿元，完成年度预算的71.2%。',
    },
    {
      why: 'the whole\'s budget in the sentence, none for the part: 98.0% is of a budget not stated (300 / 450 is not it)',
      code: '部门年初预算为450万元，支出决算为430万元，占全部支出的60.2%，其中基本支出300万元，完成年初预算的98.0%。',
    },
  ],
  invalid: [
    {
      why: '6.48 / 8.80 = 73.64%, stated 71.2%, in a run-on sentence with other rates',
      code: '2025年全区一般公共预算收入年初预算为12.60亿元，其中税收收入预算8.80亿元。1-9月，全区一般公共预算收入完成9.36亿元，占年度预算的74.3%，比上年同期增长4.6%，其中税收收入6.48亿元，完成年度预算的71.2%，非税收入2.88亿元。',
      errors: [{ message: '税收收入6.48亿元为年度预算8.80亿元的73.64%，而非所写的71.2%', line: 1, column: 112 }],
    },
    {
      why: '万元 and 全年预算: 21,360 / 30,000 = 71.2%, stated 73.2%',
      code: '今年全县非税收入全年预算30,000万元。前三季度全县一般公共预算收入完成86,420万元，其中非税收入21,360万元，完成全年预算的73.2%。',
      errors: [{ message: '非税收入21,360万元为全年预算30,000万元的71.20%，而非所写的73.2%', line: 1, column: 69 }],
    },
  ],
});
