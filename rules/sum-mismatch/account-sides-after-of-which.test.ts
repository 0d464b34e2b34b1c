import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A 其中 list that states one account's income and its spending (a fund inside the one before: 其中企业职工养老保险
// 基金收入…、支出…; the two sides of a 收支结余: 其中：收入…，支出…) lists no parts of the figure before 其中: income
// and spending never add up to one amount. A list of spendings alone is still a list of parts.
// Snippets written for these tests; none is copied from a real disclosure.
ruleTester(rule, {
  valid: [
    {
      why: 'a fund inside the one before, after ；其中: its income, spending and balance',
      code: '全市社会保险基金收入36.48亿元，支出34.92亿元，当年收支结余1.56亿元；其中机关事业单位养老保险基金收入8.20亿元，支出7.90亿元，当年收支结余0.30亿元。',
    },
    {
      why: 'after ，其中 with 、: 18.20亿元 and 17.90亿元 are no parts of 1.56亿元',
      code: '全县社会保险基金收入36.48亿元，支出34.92亿元，当年收支结余1.56亿元，其中企业职工基本养老保险基金收入18.20亿元、支出17.90亿元、结余0.30亿元。',
    },
    {
      why: 'a 收支结余 and its two sides',
      code: '全区国有资本经营预算收支结余420万元，其中：收入1,280万元，支出860万元。',
    },
  ],
  invalid: [
    {
      why: 'spendings alone are parts: 18.20 + 17.90 = 36.10 above 34.92',
      code: '全县社会保险基金支出34.92亿元，其中企业职工基本养老保险基金支出18.20亿元、城乡居民基本医疗保险基金支出17.90亿元。',
      errors: [{ message: '社会保险基金支出合计34.92亿元，但其中所列分项之和已达36.10亿元（18.20 + 17.90），超出1.18亿元', line: 1, column: 11 }],
    },
  ],
});
