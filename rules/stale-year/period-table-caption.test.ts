import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A report on part of a year: a caption of one of its tables naming the title's period in another year (表1 X县2024年1—9月…
// 执行情况表), with the issuer or nothing but the table's number before it, in a section that opens on the bare period and
// names no other year. The table holds the section's figures, this year's. Snippets written for these tests.
const REPORT = (period: string, caption: string, opening = `${period}，全镇一般公共预算收入4.82亿元，完成年度预算的74.6%，同比增长2.8%。`) =>
  `青溪镇财政所\n2025年${period}全镇一般公共预算收支执行情况\n\n一、一般公共预算收入执行情况\n\n${opening}\n\n${caption}\n\n项目 累计 上年同期\n税收收入 3.61 3.50\n非税收入 1.21 1.19\n\n二、下一步工作\n\n加强收入征管，兜牢“三保”底线。\n`;

ruleTester(rule, {
  valid: [
    { why: 'the caption names the title’s year', code: REPORT('1—9月', '表1 青溪镇2025年1—9月一般公共预算收入执行情况表') },
    { why: 'the section names last year itself', code: REPORT('1—9月', '表1 青溪镇2024年1—9月一般公共预算收入执行情况表', '1—9月，全镇一般公共预算收入4.82亿元，2024年1—9月为4.69亿元。') },
    { why: 'another period than the title’s', code: REPORT('1—9月', '表1 青溪镇2024年一般公共预算收入执行情况表') },
    { why: 'a section that does not open on the period', code: REPORT('1—9月', '表1 青溪镇2024年1—9月一般公共预算收入执行情况表', '全镇一般公共预算收入4.82亿元，完成年度预算的74.6%。') },
  ],
  invalid: [
    {
      why: '1—9月 report, the caption on 2024年1—9月',
      code: REPORT('1—9月', '表1 青溪镇2024年1—9月一般公共预算收入执行情况表'),
      errors: [{ message: '标题为2025年1-9月预算收支，正文此处却写作2024年1-9月预算收支', line: 8, column: 7 }],
    },
    {
      why: 'a 上半年 report, a caption with no issuer',
      code: REPORT('上半年', '表1　2024年上半年一般公共预算收入执行情况表'),
      errors: [{ message: '标题为2025年上半年预算收支，正文此处却写作2024年上半年预算收支', line: 8, column: 4 }],
    },
    {
      why: 'a 1-3月 report, the caption spaced as a layout line',
      code: REPORT('1-3月', '表1            青溪镇2024年1-3月一般公共预算收入执行情况表'),
      errors: [{ message: '标题为2025年1-3月预算收支，正文此处却写作2024年1-3月预算收支', line: 8, column: 18 }],
    },
  ],
});
