import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 收入总计 / 支出总计 hold the carry-over beside the year's own 收入 / 支出 (本年支出合计 + 年末结转和结余): a share of 本年支出
// is never checked against the 总计, and a share of the 总计 still finds it. A name standing after 包括 is looked up without
// it. Snippets written for these tests; none is copied from a real disclosure.
const TOTALS = '某学院2024年度部门决算\n\n2024年度支出总计12,860.00万元，包括本年支出11,684.26万元和年末结转和结余1,175.74万元。\n\n';
ruleTester(rule, {
  valid: [
    { why: '3,820.84 / 11,684.26 = 32.7% (of the 总计 it would be 29.7%)', code: `${TOTALS}项目支出3,820.84万元，占本年支出的32.7%，主要用于学科建设。` },
    {
      why: 'only the 总计 is stated: a share of 本年支出 has no base to be checked against',
      code: '某学院2024年度部门决算\n\n2024年度支出总计12,860.00万元，比上年减少286.35万元。\n\n项目支出3,820.84万元，占本年支出的34.7%。',
    },
    {
      why: 'the same with 本年支出合计 stated in a sentence of its own: 3,820.84 / 11,684.26 = 32.7%',
      code: '某学院2024年度部门决算\n\n2024年度收入总计13,020.00万元；支出总计12,860.00万元。\n\n本年支出合计11,684.26万元，比上年增长4.9%。\n\n项目支出3,820.84万元，占本年支出合计的32.7%。',
    },
  ],
  invalid: [
    {
      why: '3,820.84 / 11,684.26 = 32.7%, stated 34.7%; 本年支出 is the amount after 包括',
      code: `${TOTALS}项目支出3,820.84万元，占本年支出的34.7%，主要用于学科建设。`,
      errors: [{ message: '项目支出3,820.84万元占本年支出11,684.26万元的32.7%，而非所写的34.7%', line: 5, column: 22 }],
    },
    {
      why: 'a share named of the 总计 is of the 总计: 7,863.42 / 12,860.00 = 61.1%, stated 60.1%',
      code: '某学院2024年度部门决算\n\n2024年度支出总计12,860.00万元，比上年减少286.35万元。其中，基本支出7,863.42万元，占支出总计的60.1%；项目支出4,996.58万元，占38.9%。',
      errors: [{ message: '基本支出7,863.42万元占支出总计12,860.00万元的61.1%，而非所写的60.1%', line: 3, column: 61 }],
    },
  ],
});
