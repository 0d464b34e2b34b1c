import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A report on one year's execution and the next year's draft, whose section is headed by one budget's execution of that year
// (二、2025年国有资本经营预算执行情况): a paragraph of it opening on the year before and giving that budget's outturn measured
// against its own budget (为预算…的110.0%) or set beside its own year before is the section's own figure, its year kept from
// last year's text. A heading naming no budget, a look back naming both years, a section telling nothing of the heading's
// year, or an outturn with no measure says nothing of it. A report on one year's execution reads the measure against the
// budget the same way. Snippets written for these tests; none is copied from a real disclosure.
const REPORT = (heading: string, opening: string, after = '2025年，区属国有企业实现利润总额4,120万元，同比增长2.6%。') =>
  `关于柘林区2025年政府性基金预算和国有资本经营预算执行情况与2026年预算草案的报告\n\n一、2025年政府性基金预算执行情况\n\n2025年，全区政府性基金预算收入完成31,460万元，比上年下降3.2%。\n\n${heading}\n\n${opening}\n\n${after}\n\n三、2026年预算草案\n\n2026年，全区国有资本经营预算收入安排1,800万元。\n`;
const OPENING = '2024年，全区国有资本经营预算收入完成1,936万元，为预算1,760万元的110.0%，主要是区投资集团一次性上缴利润。';

ruleTester(rule, {
  valid: [
    { why: 'the heading’s year', code: REPORT('二、2025年国有资本经营预算执行情况', OPENING.replace('2024年', '2025年')) },
    { why: 'a heading naming no budget', code: REPORT('二、2025年预算执行情况', OPENING) },
    {
      why: 'a look back naming both years',
      code: REPORT('二、2025年国有资本经营预算执行情况', '2024年，全区国有资本经营预算收入完成1,620万元，为预算的96.4%；2025年完成1,936万元。'),
    },
    {
      why: 'a section telling nothing of the heading’s year by it',
      code: REPORT('二、2025年国有资本经营预算执行情况', OPENING, '区属国有企业经营总体平稳，利润总额同比增长2.6%。'),
    },
    {
      why: 'an outturn with no measure of its own',
      code: REPORT('二、2025年国有资本经营预算执行情况', '2024年，全区国有资本经营预算收入完成1,620万元，创近年新高。'),
    },
    {
      why: 'under the draft’s heading',
      code: REPORT('二、2026年国有资本经营预算草案', '2024年，全区国有资本经营预算收入完成1,620万元，为预算的96.4%。'),
    },
  ],
  invalid: [
    {
      why: 'a Word report with a draft, measured against its budget',
      code: REPORT('二、2025年国有资本经营预算执行情况', OPENING),
      errors: [{ message: '标题为2025年预算执行，正文此处却写作2024年预算执行', line: 9, column: 1 }],
    },
    {
      why: 'the fund’s section, 实现 and 完成调整预算的',
      code: '沙洲县2025年社会保险基金预算执行情况和2026年社会保险基金预算（草案）的报告\n\n一、2025年社会保险基金预算执行情况\n\n2024年全县社会保险基金预算收入实现86,240万元，完成调整预算的101.3%。\n\n2025年，全县参保人数继续增加。\n\n二、2026年社会保险基金预算（草案）\n\n2026年全县社会保险基金预算收入安排88,600万元。\n',
      errors: [{ message: '标题为2025年预算执行，正文此处却写作2024年预算执行', line: 5, column: 1 }],
    },
    {
      why: 'a report on one year’s execution, measured against the 年初预算',
      code: '关于石门县2025年政府性基金预算执行情况的报告\n\n一、2025年政府性基金预算执行情况\n\n    2024年，全县政府性基金预算收入完成24,860万元，为年初预算的92.1%，主要是土地出让节奏放缓。\n',
      errors: [{ message: '标题为2025年预算执行，正文此处却写作2024年预算执行', line: 5, column: 5 }],
    },
  ],
});
