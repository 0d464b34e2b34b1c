import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// The opening of an execution report's section on its own outturn, with no comma after the year (2024年区级国有资本经营预算
// 收入完成…): read as the same opening with its comma. Snippets written for these tests; none is copied from a real disclosure.
const REPORT = (opening: string) =>
  `# 松江区2025年区级国有资本经营预算执行情况\n\n松江区财政局\n\n现将松江区2025年区级国有资本经营预算执行情况说明如下。\n\n## 二、国有资本经营预算收入执行情况\n\n${opening}\n`;

ruleTester(rule, {
  valid: [
    { why: 'the title’s year', format: 'markdown', code: REPORT('2025年区级国有资本经营预算收入完成9,124.60万元，比上年8,462.30万元增长7.8%。') },
    { why: 'no comparison of its own', format: 'markdown', code: REPORT('2024年区级国有资本经营预算收入完成8,462.30万元，创历史新高。') },
    { why: 'a look back naming both years', format: 'markdown', code: REPORT('2024年区级国有资本经营预算收入完成8,462.30万元，比上年增长3.1%；2025年完成9,124.60万元。') },
  ],
  invalid: [
    {
      why: 'Markdown, 比上年 with the prior in the clause',
      format: 'markdown',
      code: REPORT('2024年区级国有资本经营预算收入完成9,124.60万元，为预算8,600万元的106.1%，比上年8,462.30万元增长7.8%。'),
      errors: [{ message: '标题为2025年预算执行，正文此处却写作2024年预算执行', line: 9, column: 1 }],
    },
    {
      why: 'plain text, 同比, 年度',
      code: '柏川市2025年市级政府性基金预算执行情况说明\n\n一、2025年政府性基金预算收入执行情况\n\n2024年度市级政府性基金预算收入实现38,620万元，同比下降4.2%。\n',
      errors: [{ message: '标题为2025年预算执行，正文此处却写作2024年预算执行', line: 5, column: 1 }],
    },
    {
      why: 'plain text, no heading naming a year: the title’s governs',
      code: '松江区2025年区级国有资本经营预算执行情况\n\n二、国有资本经营预算收入执行情况\n\n2024年区级国有资本经营预算收入完成9,124.60万元，比上年增长7.8%。\n',
      errors: [{ message: '标题为2025年预算执行，正文此处却写作2024年预算执行', line: 5, column: 1 }],
    },
  ],
});
