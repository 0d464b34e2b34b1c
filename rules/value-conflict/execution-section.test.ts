import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// In an execution report's 预算执行情况 section (and the titles under it naming no measure), an income, a tax or a
// spending stated with no measure is the year's execution: compared with a table's 执行数 or 完成数 column, in
// another unit too. A tax is named by its own short name (契税, 增值税). Text against table is reported at the text.
// Snippets written for these tests.
const REPORT = (sentence: string) =>
  `关于青田县2025年预算执行情况和2026年预算草案的报告\n\n一、2025年预算执行情况\n\n（一）一般公共预算\n\n${sentence}\n\n表1  2025年一般公共预算收入完成情况表\n单位：万元\n项目            调整预算数      完成数      上年完成数\n增值税              52,000      53,180        49,600\n契税                11,000      11,860         9,940\n非税收入            41,000      41,520        40,130\n\n二、2026年预算草案\n\n（一）一般公共预算\n\n2026年增值税预算5.50亿元。\n`;
ruleTester(rule, {
  valid: [
    {
      why: 'the tax in 亿元 agrees with the 完成数 column in 万元 (5.32 is 53,150 to 53,250)',
      code: REPORT('增值税5.32亿元，完成调整预算的102.3%。'),
    },
    {
      why: 'the 2026 budget of the same tax, in the next section, is another measure and year',
      code: REPORT('契税1.19亿元，同比增长19.3%。'),
    },
    {
      why: 'the adjusted budget stated as such is a budget, not the execution',
      code: REPORT('非税收入调整预算4.10亿元，实际完成4.15亿元。'),
    },
  ],
  invalid: [
    {
      why: 'a tax in 亿元 against its 完成数 in 万元',
      code: REPORT('契税1.91亿元，同比增长19.3%。'),
      errors: [{ message: '2025年契税执行在表中为11,860万元（即1.19亿元），此处却为1.91亿元', line: 7, column: 3 }],
    },
    {
      why: 'an income with no measure under the execution section’s sub-title',
      code: REPORT('非税收入4.51亿元，增长3.5%，主要是国有资源有偿使用收入增加。'),
      errors: [{ message: '2025年非税收入执行在表中为41,520万元（即4.15亿元），此处却为4.51亿元', line: 7, column: 5 }],
    },
    {
      why: 'the tax and its column named together (完成), in 万元',
      code: REPORT('增值税完成53,810万元，完成调整预算的102.3%。'),
      errors: [{ message: '2025年增值税执行在表中为53,180万元，此处却为53,810万元', line: 7, column: 6 }],
    },
  ],
});
