import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A report on part of a year (2025年1—6月…执行情况): a section heading naming that same part of another year at its
// opening, over a section that speaks of the bare period (1—6月，…) and names no other year, heads a part of this
// report under last year's year. Snippets written for these tests.
const REPORT = (period: string, heading: string, body: string) =>
  `石岭县财政局\n2025年${period}全县一般公共预算收支执行情况\n\n一、一般公共预算收入执行情况\n\n${period}，全县一般公共预算收入9.46亿元，完成年度预算的52.3%，同比增长3.1%。\n\n${heading}\n\n${body}\n\n三、下一步工作\n\n加强收入征管，兜牢“三保”底线。\n`;
const SPENDING = (period: string) => `${period}，全县一般公共预算支出21.84亿元，完成年度预算的49.6%，同比增长5.2%，民生支出占比78.4%。`;

ruleTester(rule, {
  valid: [
    { why: 'the heading names the title’s year', code: REPORT('1—6月', '二、2025年1—6月一般公共预算支出执行情况', SPENDING('1—6月')) },
    {
      why: 'the section names the heading’s year itself: a look back at last year',
      code: REPORT('1—6月', '二、2024年1—6月一般公共预算支出执行情况', '2024年1—6月，全县一般公共预算支出20.76亿元，完成年度预算的48.1%。'),
    },
    { why: 'another period than the title’s', code: REPORT('1—6月', '二、2024年一般公共预算支出执行情况', SPENDING('1—6月')) },
    { why: 'a heading comparing with last year', code: REPORT('1—6月', '二、与2024年1—6月支出执行情况对比', SPENDING('1—6月')) },
    { why: 'a section that does not open on the period', code: REPORT('1—6月', '二、2024年1—6月一般公共预算支出执行情况', '全县一般公共预算支出21.84亿元，完成年度预算的49.6%。') },
  ],
  invalid: [
    {
      why: '1—6月 report, the 支出 heading on 2024年1—6月',
      code: REPORT('1—6月', '二、2024年1—6月一般公共预算支出执行情况', SPENDING('1—6月')),
      errors: [{ message: '标题为2025年1-6月预算收支，正文此处却写作2024年1-6月预算收支', line: 8, column: 3 }],
    },
    {
      why: 'a 上半年 report, its heading in brackets',
      code: REPORT('上半年', '（二）2024年上半年一般公共预算支出执行情况', SPENDING('上半年')),
      errors: [{ message: '标题为2025年上半年预算收支，正文此处却写作2024年上半年预算收支', line: 8, column: 4 }],
    },
    {
      why: 'a 1-9月 report with a half-width dash, two paragraphs in the section',
      code: REPORT('1-9月', '二、2024年1-9月一般公共预算支出执行情况', `${SPENDING('1-9月')}\n\n其中，教育支出4.12亿元，同比增长6.8%。`),
      errors: [{ message: '标题为2025年1-9月预算收支，正文此处却写作2024年1-9月预算收支', line: 8, column: 3 }],
    },
  ],
});
