import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A title of two documents, a year's execution and the next year's draft, set over two lines (…2025年…预算执行情况⏎
// 和2026年…预算（草案）的说明): the lines are one title, and a sentence of the execution part naming the year's budget
// (纳入2025年…预算编制范围的企业) names the budget whose execution the title reports; one naming a draft of it
// (2025年财政预算（草案）) names the draft, which is the next year's.
// Snippets written for these tests; none is copied from a real disclosure.
const DOC = (title: string[], body: string) =>
  [...title, '', '青川市财政局', '', '一、2025年市级国有资本经营预算执行情况', '', body, '', '二、2026年市级国有资本经营预算草案', '', '2026年市级国有资本经营预算收入安排28,460万元。', ''].join('\n');
const TWO_LINES = ['青川市2025年市级国有资本经营预算执行情况', '和2026年市级国有资本经营预算（草案）的说明'];
ruleTester(rule, {
  valid: [
    {
      why: 'the execution part names the 2025 budget it reports on',
      code: DOC(TWO_LINES, '纳入2025年市级国有资本经营预算编制范围的市属一级企业共6户。'),
    },
    {
      why: 'the same title on one line, 及 joining the two',
      code: DOC(['青川市2025年市级国有资本经营预算执行情况及2026年市级国有资本经营预算（草案）的说明'], '纳入2025年市级国有资本经营预算编制范围的市属企业共6户。'),
    },
    {
      why: 'a 预算报告 title over two lines joined by 暨',
      code: DOC(['关于青川市2025年预算执行情况', '暨2026年预算草案的报告'], '全市2025年预算执行情况总体良好。'),
    },
  ],
  invalid: [
    {
      why: 'the draft presented is named with the executed year: a draft is not the budget whose execution is reported',
      code: DOC(['关于青川镇2025年财政预算执行情况', '和2026年财政预算（草案）的报告'], '现将青川镇2025年财政预算（草案）报告如下，请予审议。'),
      errors: [{ message: '标题为2026年预算，正文此处却写作2025年预算', line: 8, column: 6 }],
    },
    {
      why: 'a year neither part of the title names',
      code: DOC(TWO_LINES, '纳入2024年市级国有资本经营预算编制范围的市属一级企业共6户。'),
      errors: [{ message: '标题为2026年预算，正文此处却写作2024年预算', line: 8, column: 3 }],
    },
  ],
});
