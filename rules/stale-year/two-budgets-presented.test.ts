import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A report on two budgets' execution (国有资本经营预算和社会保险基金预算, 一般公共预算和政府性基金预算), its title read only as
// presenting the document, and the sentence presenting it naming the year with 我市 before it. Snippets written for these
// tests; none is copied from a real disclosure.
const REPORT = (budgets: string, year: string) =>
  `关于青屿市2025年${budgets}执行情况的报告\n\n市人大常委会：\n\n受市人民政府委托，现将我市${year}年${budgets}执行情况报告如下，请予审议。\n\n一、执行情况\n\n全市各项收支总体平稳。\n`;

ruleTester(rule, {
  valid: [
    { why: 'the same year in the title and the presenting sentence', code: REPORT('国有资本经营预算和社会保险基金预算', '2025') },
    { why: 'the same with 一般公共预算和政府性基金预算', code: REPORT('一般公共预算和政府性基金预算', '2025') },
  ],
  invalid: [
    {
      why: '2025 in the title, 2024 in the presenting sentence',
      code: REPORT('国有资本经营预算和社会保险基金预算', '2024'),
      errors: [{ message: '标题为2025年预算执行，正文此处却写作2024年预算执行', line: 5, column: 14 }],
    },
    {
      why: 'the same with 政府性基金预算和国有资本经营预算',
      code: REPORT('政府性基金预算和国有资本经营预算', '2024'),
      errors: [{ message: '标题为2025年预算执行，正文此处却写作2024年预算执行', line: 5, column: 14 }],
    },
    {
      why: 'the same with 一般公共预算和政府性基金预算',
      code: REPORT('一般公共预算和政府性基金预算', '2024'),
      errors: [{ message: '标题为2025年预算执行，正文此处却写作2024年预算执行', line: 5, column: 14 }],
    },
  ],
});
