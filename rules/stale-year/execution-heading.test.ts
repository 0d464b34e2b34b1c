import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A budget draft whose title brackets its 草案 (2026年政府性基金预算（草案）) opens with last year's execution: a heading
// naming the title's subject with the year before, then what was done to that budget (执行情况, 调整情况), is another
// part of the document, rightly dated. A heading naming the subject itself with another year (2025年政府性基金预算（草案）)
// was kept from last year's text. Snippets written for these tests; none is copied from a real disclosure.
const DRAFT = (title: string, heading: string, body: string) => `${title}\n\n青河县财政局\n\n${heading}\n    ${body}\n`;
const FUND = '青河县2026年政府性基金预算（草案）';
const LAST_YEAR = '2025年全县政府性基金预算收入预计完成52,380万元，为调整预算的103.6%，支出预计完成49,120万元。';
ruleTester(rule, {
  valid: [
    { why: 'last year’s execution opening a fund draft', code: DRAFT(FUND, '一、2025年政府性基金预算执行情况', LAST_YEAR) },
    { why: 'introduced with 关于', code: DRAFT(FUND, '一、关于2025年政府性基金预算执行情况', LAST_YEAR) },
    { why: 'last year’s adjustment', code: DRAFT(FUND, '（一）2025年政府性基金预算调整情况', '2025年经县人大常委会批准，政府性基金预算支出调增6,800万元。') },
    {
      why: 'a state capital draft with 的 before its execution',
      code: DRAFT('青河县2026年国有资本经营预算（草案）', '一、2025年国有资本经营预算的执行情况', '2025年全县国有资本经营预算收入预计完成1,286万元，为预算的101.2%。'),
    },
    { why: 'the draft’s own year in its heading', code: DRAFT(FUND, '二、2026年政府性基金预算（草案）', '2026年全县政府性基金预算收入安排56,420万元。') },
  ],
  invalid: [
    {
      why: 'the draft itself headed with last year',
      code: DRAFT(FUND, '二、2025年政府性基金预算（草案）', '2026年全县政府性基金预算收入安排56,420万元。'),
      errors: [{ message: '标题为2026年政府性基金预算，正文此处却写作2025年政府性基金预算', line: 5, column: 3 }],
    },
    {
      why: 'the draft’s explanation headed with last year',
      code: DRAFT(FUND, '二、2025年政府性基金预算草案说明', '2026年全县政府性基金预算收入安排56,420万元。'),
      errors: [{ message: '标题为2026年政府性基金预算，正文此处却写作2025年政府性基金预算', line: 5, column: 3 }],
    },
  ],
});
