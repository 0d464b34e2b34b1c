import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A report on part of a year opens its statements on its own period: 2024年1-6月，全市一般公共预算收入完成…，同比增长… in a report
// on 2025's first half compares the period with its own year before, so the period is 2025's and its year was kept from last
// year's text. A statement naming another year too, or comparing nothing (a look back), says nothing of it. Snippets written
// for these tests; none is copied from a real disclosure.
const HALF = (opening: string) =>
  `青州市2025年上半年财政预算执行情况\n\n青州市财政局\n\n一、一般公共预算收入\n\n${opening}\n`;

ruleTester(rule, {
  valid: [
    { why: 'the title’s year', code: HALF('2025年1-6月，全市一般公共预算收入完成146.20亿元，完成年度预算的51.6%，同比增长3.6%。') },
    { why: 'a look back comparing nothing', code: HALF('2024年1-6月，全市一般公共预算收入为141.12亿元，为本年提供了对比基数。') },
    { why: 'two years named', code: HALF('2024年上半年，全市一般公共预算收入完成141.12亿元，同比增长2.1%，2025年增速有所回升。') },
  ],
  invalid: [
    {
      why: '1-6月 under 上半年, 同比',
      code: HALF('2024年1-6月，全市一般公共预算收入完成146.20亿元，完成年度预算的51.6%，同比增长3.6%。'),
      errors: [{ message: '标题为2025年上半年预算执行，1-6月应为2025年，此处却写作2024年', line: 7, column: 1 }],
    },
    {
      why: '1—9月, 上年同期 in brackets',
      code: '石湾县2025年1—9月财政收支情况\n\n一、支出情况\n\n2024年1—9月，全县一般公共预算支出完成28,640万元，增长4.2%（上年同期27,486万元）。\n',
      errors: [{ message: '标题为2025年1-9月财政收支，1-9月应为2025年，此处却写作2024年', line: 5, column: 1 }],
    },
  ],
});
