import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A budget's change on last year's outturn named by its year (比2025年执行数增长5.8%), the outturn stated in the section
// on last year. Snippets written for these tests; none is copied from a real disclosure.
const DRAFT = (base: string, rate: string) =>
  `一、2025年预算执行情况\n\n2025年全县一般公共预算收入完成272,240万元，为预算的101.2%，增长4.8%。\n\n二、2026年预算草案\n\n全县一般公共预算收入安排286,400万元，比${base}增长${rate}%。\n`;

ruleTester(rule, {
  valid: [
    { why: '286,400 / 272,240 = +5.20%', code: DRAFT('2025年执行数', '5.2') },
    { why: 'a year that is not the one before names another base: nothing to compare', code: DRAFT('2024年执行数', '5.8') },
  ],
  invalid: [
    {
      why: '286,400 / 272,240 = +5.20%, stated 5.8',
      code: DRAFT('2025年执行数', '5.8'),
      errors: [{ message: '一般公共预算收入安排286,400万元，按增加计，2025年执行数为272,240万元，增幅应为5.20%，而非所写的5.8%', line: 7, column: 34 }],
    },
    {
      why: 'the same with 2025年决算数',
      code: DRAFT('2025年决算数', '5.8'),
      errors: [{ message: '一般公共预算收入安排286,400万元，按增加计，2025年决算数为272,240万元，增幅应为5.20%，而非所写的5.8%', line: 7, column: 34 }],
    },
    {
      why: 'the same with 2025年完成数',
      code: DRAFT('2025年完成数', '5.8'),
      errors: [{ message: '一般公共预算收入安排286,400万元，按增加计，2025年完成数为272,240万元，增幅应为5.20%，而非所写的5.8%', line: 7, column: 34 }],
    },
  ],
});
