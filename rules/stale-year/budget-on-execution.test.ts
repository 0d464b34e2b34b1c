import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A report presenting one year's execution and the next year's draft: under the draft's heading, a budget's figure compared
// with the outturn of a named year (比2025年执行数增长) is the budget of the year after that outturn, the draft's; a budget
// dated another year was mistyped. Under the execution's heading, or compared with no year's outturn, it says nothing.
// Snippets written for these tests; none is copied from a real disclosure.
const REPORT = (heading: string, statement: string) =>
  `关于樟川县2025年预算执行情况和2026年预算草案的报告\n\n一、2025年预算执行情况\n\n2025年全县地方一般公共预算收入完成86,420万元。\n\n${heading}\n\n（一）一般公共预算收入预算\n\n${statement}\n`;

ruleTester(rule, {
  valid: [
    { why: 'the draft’s year', code: REPORT('二、2026年预算草案', '2026年全县地方一般公共预算收入预计90,740万元，比2025年执行数增长5.0%。') },
    { why: 'under the execution’s heading', code: REPORT('二、2025年预算执行中的主要工作', '2027年全县地方一般公共预算收入预计90,740万元，比2025年执行数增长5.0%。') },
    { why: 'compared with no year', code: REPORT('二、2026年预算草案', '2027年全县地方一般公共预算收入预计90,740万元，年均增长5.0%。') },
  ],
  invalid: [
    {
      why: '预计, hard-wrapped text',
      code: REPORT('二、2026年预算草案', '2027年全县地方一般公共预算收入预计90,740万元，比2025年执行数增长5.0%。其中\n：税收收入61,700万元。'),
      errors: [{ message: '标题为2026年预算草案，比2025年执行数增减的预算应为2026年，此处却写作2027年', line: 11, column: 1 }],
    },
    {
      why: '支出安排, 较, 年度',
      code: REPORT('二、2026年预算草案', '2024年度全县一般公共预算支出安排142,600万元，较2025年预计执行数下降2.1%。'),
      errors: [{ message: '标题为2026年预算草案，比2025年执行数增减的预算应为2026年，此处却写作2024年', line: 11, column: 1 }],
    },
  ],
});
