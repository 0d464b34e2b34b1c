import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// The whole a share names is stated with one amount, then named again with others (年初预算…，调整为…) before the share:
// which of them the share is of, the text does not prove. Snippets written for these tests; none is copied from a real
// disclosure.

const EXECUTED = '截至2025年9月底，全市一般公共预算支出完成96.40亿元，为年初预算的74.2%。';

ruleTester(rule, {
  valid: [
    {
      why: '21.35 / 129.90 = 16.4%: the whole named again with 年初预算 and 调整为, the share fits the adjusted amount',
      code: `${EXECUTED}\n全市一般公共预算支出年初预算129.90亿元，拟调增3.10亿元，调整为133.00亿元。\n教育支出21.35亿元，占一般公共预算支出的16.1%。`,
    },
    {
      why: 'the same with the whole named again after a year: 2025年一般公共预算支出调整预算133.00亿元',
      code: `${EXECUTED}\n2025年一般公共预算支出调整预算133.00亿元，比年初预算增加3.10亿元。\n教育支出21.35亿元，占一般公共预算支出的比重为16.1%。`,
    },
    {
      why: 'the same with the whole named again as 全市一般公共预算支出预计 after a comma',
      code: `${EXECUTED}\n预计全年，全市一般公共预算支出预计完成133.00亿元。\n教育支出21.35亿元，占一般公共预算支出的16.1%。`,
    },
  ],
  invalid: [
    {
      why: 'named again only with its change (增加3.10亿元): 21.35 / 96.40 = 22.1%, not 16.1%',
      code: `${EXECUTED}\n与上年同期相比，一般公共预算支出增加3.10亿元。\n教育支出21.35亿元，占一般公共预算支出的16.1%。`,
      errors: [{ message: '教育支出21.35亿元占一般公共预算支出96.40亿元的22.1%，而非所写的16.1%', line: 3, column: 23 }],
    },
    {
      why: 'named again with the same amount: 21.35 / 96.40 = 22.1%, not 16.1%',
      code: `${EXECUTED}\n一般公共预算支出96.40亿元中，民生支出占八成。\n教育支出21.35亿元，占一般公共预算支出的16.1%。`,
      errors: [{ message: '教育支出21.35亿元占一般公共预算支出96.40亿元的22.1%，而非所写的16.1%', line: 3, column: 23 }],
    },
  ],
});
