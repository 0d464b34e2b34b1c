import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A report on one year's execution, under a heading naming that year, whose statement opens on the year before and gives
// the outturn of the budget the title names with its own comparison to the year before it: the report's own outturn, its
// year kept from last year's text. A look back naming both years, a section headed by last year, or a report with a draft
// (which reviews last year's execution) says nothing of it. Snippets written for these tests; none is copied from a real
// disclosure.
const REPORT = (heading: string, opening: string) =>
  `关于松川县2025年一般公共预算执行情况的报告\n\n受县人民政府委托，现将全县2025年一般公共预算执行情况报告如下，请予审议。\n\n${heading}\n\n（一）一般公共预算收入执行情况\n\n${opening}\n`;
const OPENING = '2024年，全县一般公共预算收入完成64,280万元，完成调整预算62,800万元的102.4%，同比增长5.1%（上年61,160万元）。';

ruleTester(rule, {
  valid: [
    { why: 'the title’s year', code: REPORT('一、2025年一般公共预算执行情况', OPENING.replace('2024年', '2025年')) },
    {
      why: 'a look back naming both years',
      code: REPORT('一、2025年一般公共预算执行情况', '2024年，全县一般公共预算收入完成61,160万元，同比增长3.2%；2025年完成64,280万元。'),
    },
    { why: 'a section headed by last year', code: REPORT('三、2024年预算执行情况回顾', OPENING) },
    { why: 'no comparison of its own', code: REPORT('一、2025年一般公共预算执行情况', '2024年，全县一般公共预算收入完成61,160万元，创历史新高。') },
    {
      why: 'a report on last year’s execution and this year’s draft',
      code: '关于松川县2025年预算执行情况和2026年预算草案的报告\n\n一、2025年预算执行情况\n\n2024年，全县一般公共预算收入完成61,160万元，同比增长3.2%（上年59,264万元）。\n',
    },
  ],
  invalid: [
    {
      why: 'a Word report to the 人大常委会, the section headed by the title’s year',
      code: REPORT('一、2025年一般公共预算执行情况', OPENING),
      errors: [{ message: '标题为2025年预算执行，正文此处却写作2024年预算执行', line: 9, column: 1 }],
    },
    {
      why: 'a 政府性基金 execution 说明, indented, 比上年 and 实现',
      code: '柏溪市2025年市级政府性基金预算执行情况说明\n\n一、2025年政府性基金预算收入执行情况\n\n    2024年，市级政府性基金预算收入实现38,620万元，为调整预算的96.5%，比上年下降4.2%，主要是国有土地使用权出让收入减少。\n',
      errors: [{ message: '标题为2025年预算执行，正文此处却写作2024年预算执行', line: 5, column: 5 }],
    },
  ],
});
