import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A fund's stock said as 结存 as well as 结余, and a year that spends more than it takes in: 上年末累计结存A，当年收支缺口B，
// 年末累计结存C, where C is A less B (as 年初滚存结余A，当年收支结余B，年末滚存结余C is A plus B).
ruleTester(rule, {
  valid: [
    {
      why: '24.18 − 2.62 = 21.56',
      code: '居民医保基金上年末累计结存24.18亿元，当年收支缺口2.62亿元，年末累计结存21.56亿元。',
    },
    {
      why: '结存 with a year’s balance: 18.40 + 1.26 = 19.66',
      code: '职工医保统筹基金年初累计结存18.40亿元，当年收支结余1.26亿元，年末累计结存19.66亿元。',
    },
    {
      why: 'a shortfall with no opening stock: nothing it is taken from',
      code: '当年收支缺口2.62亿元，年末累计结存22.56亿元。',
    },
  ],
  invalid: [
    {
      why: '24.18 − 2.62 = 21.56, stated 22.56',
      code: '居民医保基金上年末累计结存24.18亿元，当年收支缺口2.62亿元，年末累计结存22.56亿元。',
      errors: [{ message: '年末滚存结余22.56亿元，但按年初滚存结余减当年收支缺口计算应为21.56亿元（24.18 - 2.62），相差1.00亿元', line: 1, column: 41 }],
    },
    {
      why: '赤字, 结余: 6.30 − 0.85 = 5.45, stated 5.54',
      code: '某基金年初滚存结余6.30亿元，本年收支赤字0.85亿元，年末滚存结余5.54亿元。',
      errors: [{ message: '年末滚存结余5.54亿元，但按年初滚存结余减当年收支缺口计算应为5.45亿元（6.30 - 0.85），相差0.09亿元', line: 1, column: 36 }],
    },
  ],
});
