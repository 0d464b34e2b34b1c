import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 综上，2024年度市级国有资本经营决算收入…: the level the document is of (市级, 全县) owns its totals as 本部门 does; the totals stated
// elsewhere only under the title's year, and the sentence comparing nothing, its year was kept from an earlier text.
// Snippets written for these tests; none is copied from a real disclosure.
const ACCOUNTS = (closing: string) =>
  `桐岭市2025年国有资本经营决算情况说明\n\n一、收入决算情况\n\n2025年市级国有资本经营预算收入4,318.60万元，为预算的102.6%，比上年3,980.20万元增长8.5%。\n\n二、支出决算情况\n\n2025年市级国有资本经营预算支出2,746.30万元，为预算的97.4%。\n\n三、其他说明\n\n${closing}\n`;

ruleTester(rule, {
  valid: [
    { why: 'the title’s year', code: ACCOUNTS('综上，2025年度市级国有资本经营决算收入4,318.60万元、支出2,746.30万元，收支执行情况总体良好。') },
    { why: 'last year’s totals compared', code: ACCOUNTS('2024年度市级国有资本经营决算收入3,980.20万元，比上年有所增长。') },
    { why: 'an amount the text never gives for the title’s year', code: ACCOUNTS('综上，2024年度市级国有资本经营决算收入3,980.20万元，收支执行情况总体良好。') },
  ],
  invalid: [
    {
      why: 'the closing sum-up of the document’s own totals, a year early',
      code: ACCOUNTS('综上，2024年度市级国有资本经营决算收入4,318.60万元、支出2,746.30万元，收支执行情况总体良好。'),
      errors: [{ message: '标题为2025年决算，正文此处却写作2024年决算', line: 13, column: 4 }],
    },
    {
      why: '全市, 支出 alone',
      code: ACCOUNTS('2024年全市国有资本经营决算支出2,746.30万元，全部纳入绩效管理。'),
      errors: [{ message: '标题为2025年决算，正文此处却写作2024年决算', line: 13, column: 1 }],
    },
  ],
});
