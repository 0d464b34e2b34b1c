import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A report on part of a year's execution naming its own outturn figures by where they stand in it and by its period
// (本报告所列2024年上半年执行数均为快报数 under a 2025 上半年 title) names the year it reports. Last year's same period
// listed for comparison, or a whole year's 执行数 (the base), are another year's on purpose. Snippets written for these tests.
const HALF = (closing: string) =>
  `# 关于青杉市2025年上半年预算执行情况的报告\n\n受市人民政府委托，现将全市上半年预算执行情况报告如下。${closing}\n\n## 一、上半年预算执行情况\n\n1-6月，全市一般公共预算收入完成46.28亿元，同比增长3.1%。\n`;

ruleTester(rule, {
  valid: [
    { why: 'the title’s year', code: HALF('本报告所列2025年上半年执行数均为快报数，年度终了后可能有变化。'), format: 'markdown' },
    { why: 'last year’s same period, listed to compare', code: HALF('本报告所列2024年上半年执行数为上年同期数，仅作对比之用。'), format: 'markdown' },
    { why: 'a whole year’s outturn, the base', code: HALF('本报告所列2024年执行数均为决算数。'), format: 'markdown' },
    { why: 'not the report’s own listing', code: HALF('2024年上半年执行数均为快报数。'), format: 'markdown' },
  ],
  invalid: [
    {
      why: '本报告所列…上半年执行数',
      code: HALF('本报告所列2024年上半年执行数均为快报数，年度终了后可能有变化。'),
      format: 'markdown',
      errors: [{ message: '标题为2025年上半年预算执行，所列上半年执行数应为2025年，此处却写作2024年', line: 3, column: 33 }],
    },
    {
      why: '本报告中…1-6月预算执行数据',
      code: HALF('本报告中2024年1-6月预算执行数据为财政快报数。'),
      format: 'markdown',
      errors: [{ message: '标题为2025年上半年预算执行，所列上半年执行数应为2025年，此处却写作2024年', line: 3, column: 32 }],
    },
    {
      why: '本说明所列…上半年的执行数, plain text',
      code: '青杉县2025年上半年财政预算执行情况说明\n\n2025年上半年，全县一般公共预算收入完成8.62亿元，同比增长2.4%。\n\n本说明所列2024年上半年的执行数均未经审计。\n',
      errors: [{ message: '标题为2025年上半年预算执行，所列上半年执行数应为2025年，此处却写作2024年', line: 5, column: 6 }],
    },
  ],
});
