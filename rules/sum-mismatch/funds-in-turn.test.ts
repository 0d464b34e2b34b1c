import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A report (an audit report, a final-accounts report) may state each fund's 收入总计, 支出总计 and what they leave in
// turn in one sentence, the totals joined by 、 or ，: every fund's three are read, not the first fund's alone.
// Snippets written for these tests; none is copied from a real disclosure.
ruleTester(rule, {
  valid: [
    {
      why: '58.64 − 57.92 = 0.72 and 21.36 − 20.18 = 1.18',
      code: '决算草案反映，2024年县级一般公共预算收入总计58.64亿元、支出总计57.92亿元，结转下年0.72亿元；政府性基金预算收入总计21.36亿元、支出总计20.18亿元，结转下年1.18亿元。',
    },
    {
      why: 'each fund\'s year: 36.48 − 34.92 = 1.56 and 8.20 − 7.90 = 0.30',
      code: '全市社会保险基金收入36.48亿元，支出34.92亿元，当年收支结余1.56亿元；机关事业单位养老保险基金收入8.20亿元，支出7.90亿元，当年收支结余0.30亿元。',
    },
  ],
  invalid: [
    {
      why: 'the second fund: 21.36 − 20.18 = 1.18, stated 1.28',
      code: '决算草案反映，2024年县级一般公共预算收入总计58.64亿元、支出总计57.92亿元，结转下年0.72亿元；政府性基金预算收入总计21.36亿元、支出总计20.18亿元，结转下年1.28亿元；国有资本经营预算收入0.86亿元、支出0.52亿元，调出资金0.34亿元。',
      errors: [{ message: '政府性基金预算收入合计21.36亿元，但分项之和为21.46亿元（20.18 + 1.28），相差0.10亿元', line: 1, column: 67 }],
    },
    {
      why: 'the first fund, totals joined by 、: 4,862 − 4,790 = 72, stated 结转下年82',
      code: '2024年区级一般公共预算收入总计4,862万元、支出总计4,790万元，结转下年82万元，政府性基金预算收入总计1,206万元、支出总计1,150万元，结转下年56万元。',
      errors: [{ message: '一般公共预算收入合计4,862万元，但分项之和为4872万元（4790 + 82），相差10万元', line: 1, column: 18 }],
    },
    {
      why: 'each fund\'s year: 8.20 − 7.90 = 0.30, stated 0.40',
      code: '全市社会保险基金收入36.48亿元，支出34.92亿元，当年收支结余1.56亿元；机关事业单位养老保险基金收入8.20亿元，支出7.90亿元，当年收支结余0.40亿元。',
      errors: [{ message: '机关事业单位养老保险基金收入合计8.20亿元，但分项之和为8.30亿元（7.90 + 0.40），相差0.10亿元', line: 1, column: 56 }],
    },
  ],
});
