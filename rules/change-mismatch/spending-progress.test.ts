import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// X支出A，支出进度R%: a source's spending over the money stated for that source shortly before, once, under
// exactly its name.
ruleTester(rule, {
  valid: [
    {
      why: '2,610 / 2,900 = 90.0%; 532 / 700 = 76.0%',
      code: '项目资金总额4,860万元，其中中央补助资金2,900万元、省级补助资金1,260万元、县级配套资金700万元。\n分资金来源看，中央补助资金支出2,610万元，支出进度90.0%；县级配套资金支出532万元，支出进度76.0%。',
    },
    {
      why: 'a source never stated before: no base',
      code: '项目资金总额4,860万元。\n分资金来源看，社会资本支出300万元，支出进度60.0%。',
    },
    {
      why: 'the source stated twice with different money: which one is the base is not said',
      code: '年初安排县级配套资金700万元，调整后县级配套资金760万元。\n县级配套资金支出532万元，支出进度80.0%。',
    },
  ],
  invalid: [
    {
      why: '532 / 700 = 76.0%, stated 80.0%',
      code: '项目资金总额4,860万元，其中中央补助资金2,900万元、省级补助资金1,260万元、县级配套资金700万元。\n分资金来源看，中央补助资金支出2,610万元，支出进度90.0%；县级配套资金支出532万元，支出进度80.0%。',
      errors: [{ message: '县级配套资金532万元为预算数700万元的76.00%，而非所写的80.0%', line: 2, column: 52 }],
    },
    {
      why: 'one paragraph, 执行进度为: 1,134 / 1,260 = 90.0%, stated 95.0%',
      code: '省级补助资金1,260万元已全部到位。省级补助资金执行1,134万元，执行进度为95.0%。',
      errors: [{ message: '省级补助资金1,134万元为预算数1,260万元的90.00%，而非所写的95.0%', line: 1, column: 41 }],
    },
    {
      why: '亿元: 2.16 / 2.40 = 90.0%, stated 86.0%',
      code: '其中，专项债券资金2.40亿元，财政资金0.85亿元。\n专项债券资金支出2.16亿元，支出进度86.0%，主要是部分工程款尚未结算。',
      errors: [{ message: '专项债券资金2.16亿元为预算数2.40亿元的90.00%，而非所写的86.0%', line: 2, column: 20 }],
    },
  ],
});
