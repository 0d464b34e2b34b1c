import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A report on a year's budget execution reports that year's budget: the enterprises or units in its scope (纳入2024年国有资本
// 经营预算编制范围的企业) are that budget's, and another year was kept from last year's text. Last year's scope compared, or a
// report of two years (执行 and 草案), says nothing of it. Snippets written for these tests; none is copied from a real disclosure.
const EXECUTION = (scope: string) =>
  `青溪县2025年国有资本经营预算执行情况\n\n现将青溪县2025年国有资本经营预算执行情况说明如下。${scope}\n\n一、收入执行情况\n\n2025年全县国有资本经营预算收入2,486万元，完成预算的103.2%。\n`;

ruleTester(rule, {
  valid: [
    { why: 'the title’s year', code: EXECUTION('全县纳入2025年国有资本经营预算编制范围的企业共6户，均为县属国有独资企业。') },
    { why: 'last year’s scope compared', code: EXECUTION('与上年相比，纳入2024年国有资本经营预算编制范围的企业减少1户。') },
  ],
  invalid: [
    {
      why: 'the enterprises of the year before’s budget',
      code: EXECUTION('全县纳入2024年国有资本经营预算编制范围的企业共6户，均为县属国有独资企业。'),
      errors: [{ message: '标题为2025年预算执行，统计范围此处却写作2024年预算', line: 3, column: 32 }],
    },
    {
      why: 'the units summed, 编制范围内的单位',
      code: EXECUTION('本县纳入2024年国有资本经营预算编制范围内的一级企业共6户。'),
      errors: [{ message: '标题为2025年预算执行，统计范围此处却写作2024年预算', line: 3, column: 32 }],
    },
  ],
});
