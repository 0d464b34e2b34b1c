import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A table's caption naming one year (附表 2025年国有资本经营预算收支执行表) dates the columns under it that name none, in
// whatever section the table is printed: an appendix after the next year's plan is still the year its caption says.
// Snippets written for these tests; none is copied from a real disclosure.
const REPORT = (caption: string, cell: string) =>
  `关于2025年国有资本经营预算执行情况和2026年预算草案的报告\n\n一、2025年预算执行情况\n\n全市国有资本经营预算收入执行12,486万元。产权转让收入执行860万元，主要是两宗股权转让完成交割。\n\n二、2026年预算草案\n\n全市国有资本经营预算收入安排13,260万元。\n\n${caption}\n单位：万元\n项目\t预算数\t执行数\n利润收入\t9,460\t9,862\n产权转让收入\t800\t${cell}\n`;
ruleTester(rule, {
  valid: [
    { why: 'the same figure', code: REPORT('附表 2025年国有资本经营预算收支执行表', '860') },
    { why: 'the caption names the next year: another year’s table', code: REPORT('附表 2026年国有资本经营预算收支表', '680') },
  ],
  invalid: [
    {
      why: 'the appendix of last year’s execution printed after the draft',
      code: REPORT('附表 2025年国有资本经营预算收支执行表', '680'),
      errors: [{ message: '2025年产权转让收入执行在表中为680万元，此处却为860万元', line: 5, column: 32 }],
    },
    {
      why: 'the caption with its unit, over a Markdown table',
      format: 'markdown',
      code: '# 关于2025年国有资本经营预算执行情况和2026年预算草案的报告\n\n## 一、2025年预算执行情况\n\n产权转让收入执行860万元，主要是两宗股权转让完成交割。\n\n## 二、2026年预算草案\n\n全市国有资本经营预算收入安排13,260万元。\n\n附表 2025年国有资本经营预算收支执行表（单位：万元）\n\n| 项目 | 预算数 | 执行数 |\n|---|---|---|\n| 利润收入 | 9,460 | 9,862 |\n| 产权转让收入 | 800 | 680 |\n',
      errors: [{ message: '2025年产权转让收入执行在表中为680万元，此处却为860万元', line: 5, column: 9 }],
    },
  ],
});
