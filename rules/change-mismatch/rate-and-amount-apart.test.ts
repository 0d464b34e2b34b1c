import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A rate and an amount of change of one level stated in neighbouring clauses in either order (同比下降了12.6%，
// 比上年减收1.41亿元), and a rate that opens its sentence before the level it reached (增长了10.2%，达到7.33亿元).
// Snippets written for these tests; none is copied from a real disclosure.
ruleTester(rule, {
  valid: [
    { why: '1.06 / (6.48 + 1.06) = 14.06%', code: '全市国有资本经营预算收入6.48亿元，同比下降了14.1%，比上年减收1.06亿元。\n' },
    { why: '0.52 / (5.86 − 0.52) = 9.74%', code: '专项收入增长了9.7%，达到5.86亿元，比上年多0.52亿元，主要是污水处理费征收范围扩大。\n' },
    {
      why: 'the amount moved inside the bracket is the budget’s, not a change on last year',
      code: '全市一般公共预算支出完成52.30亿元，为调整预算54.00亿元的96.9%（年初预算为50.20亿元，年中追加3.80亿元），比上年增长2.4%。\n',
    },
    { why: 'two bases: the rate is on the budget, the amount on last year', code: '行政事业性收费收入3.20亿元，比年初预算下降8.0%，比上年减收0.45亿元。\n' },
    { why: '环比 and 比二季度 are one base: 1.26 / 19.20 = 6.56%', code: '第三季度全区一般公共预算支出20.46亿元，环比增长6.6%，比二季度增支1.26亿元。\n' },
  ],
  invalid: [
    {
      why: '1.26 / 19.20 = 6.56%, stated 9.7%',
      code: '第三季度全区一般公共预算支出20.46亿元，环比增长9.7%，比二季度增支1.26亿元，主要是教育项目集中拨付。\n',
      errors: [{ message: '第三季度全区一般公共预算支出20.46亿元，按增加1.26亿元计，二季度为19.20亿元，增幅应为6.56%，而非所写的9.7%', line: 1, column: 27 }],
    },
    {
      why: '1.06 / 7.54 = 14.06%, stated 16.1%',
      code: '全市国有资本经营预算收入6.48亿元，同比下降了16.1%，比上年减收1.06亿元。\n',
      errors: [{ message: '国有资本经营预算收入6.48亿元，按减少1.06亿元计，上年为7.54亿元，降幅应为14.06%，而非所写的16.1%', line: 1, column: 25 }],
    },
    {
      why: '0.52 / 5.34 = 9.74%, stated 11.7%',
      code: '专项收入增长了11.7%，达到5.86亿元，比上年多0.52亿元，主要是污水处理费征收范围扩大。\n',
      errors: [{ message: '专项收入5.86亿元，按增加0.52亿元计，上年为5.34亿元，增幅应为9.74%，而非所写的11.7%', line: 1, column: 8 }],
    },
  ],
});
