import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A rate compared with last year's given in brackets right before the points (票面利率1.86%，比上年同期发行的同期限一般债券利率
// （2.06%）下降0.30个百分点): the points are the two rates' difference. Snippets written for these tests; none is copied
// from a real disclosure.
ruleTester(rule, {
  valid: [
    { why: '2.06 − 1.86 = 0.20', code: '本批债券票面利率1.86%，比上年同期发行的同期限一般债券利率（2.06%）下降0.20个百分点。\n' },
    { why: 'a bracket of another thing between: not last year’s rate', code: '本批债券票面利率1.86%，比上年同期下降0.30个百分点（全省平均2.06%）。\n' },
  ],
  invalid: [
    {
      why: 'a bond’s coupon against last year’s, named at length',
      code: '本批债券票面利率1.86%，比上年同期发行的同期限一般债券利率（2.06%）下降0.30个百分点，按年付息。\n',
      errors: [{ message: '本批债券票面利率1.86%比上年2.06%下降0.30个百分点，但两者实际相差0.20个百分点', line: 1, column: 41 }],
    },
    {
      why: '比上年（…）: the bracket right after the base',
      code: '全县预算执行率为93.7%，较上年（88.5%）提高4.8个百分点。\n',
      errors: [{ message: '预算执行率93.7%比上年88.5%提高4.8个百分点，但两者实际相差5.2个百分点', line: 1, column: 27 }],
    },
    {
      why: 'Markdown, 较去年同期',
      format: 'markdown',
      code: '## 三、债务风险\n\n全市债务率为118.6%，较去年同期的全省平均水平以下的本市债务率（121.2%）下降2.0个百分点。\n',
      errors: [{ message: '债务率118.6%比上年121.2%下降2.0个百分点，但两者实际相差2.6个百分点', line: 3, column: 44 }],
    },
  ],
});
