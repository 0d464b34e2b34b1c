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
      why: 'an execution report naming its fund spending again with its adjusted budget, the share of that budget: 18.20 / 101.30 = 17.97%',
      code: [
        '二、政府性基金预算支出执行情况',
        '2025年，全县政府性基金预算支出96.75亿元，为调整预算的95.5%。经县人大常委会批准，全县基金支出预算调整为101.30亿元。',
        '从支出投向看，专项债券安排的基金支出18.20亿元，占基金支出的比重为18.0%，主要用于保障性安居工程和园区配套设施。',
      ].join('\n'),
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
    {
      // Whichever of its amounts the whole is (96.40, 129.90, 133.00), the share is 22.1%, 16.4% or 16.1%, never 18.7%.
      why: 'named again with 年初预算 and 调整为, the share fitting none of the three amounts',
      code: `${EXECUTED}\n全市一般公共预算支出年初预算129.90亿元，拟调增3.10亿元，调整为133.00亿元。\n教育支出21.35亿元，占一般公共预算支出的18.7%。`,
      errors: [{ message: '教育支出21.35亿元占一般公共预算支出96.40亿元的22.1%，而非所写的18.7%', line: 3, column: 23 }],
    },
    {
      why: 'an execution report naming its fund spending again with its adjusted budget: 18.20 / 96.75 = 18.8%, / 101.30 = 18.0%, stated 20.4%',
      code: [
        '二、政府性基金预算支出执行情况',
        '2025年，全县政府性基金预算支出96.75亿元，为调整预算的95.5%。经县人大常委会批准，全县基金支出预算调整为101.30亿元。',
        '从支出投向看，专项债券安排的基金支出18.20亿元，占基金支出的比重为20.4%，主要用于保障性安居工程和园区配套设施。',
      ].join('\n'),
      errors: [{ message: '专项债券安排的基金支出18.20亿元占基金支出96.75亿元的18.8%，而非所写的20.4%', line: 3, column: 36 }],
    },
  ],
});
