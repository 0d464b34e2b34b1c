import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// Revenue reports set the table's whole in its first row, under the table's own name and with no 合计, then 一、 and
// 二、 rows each detailed by unnumbered rows; a row with nothing in a column shows a dash. Snippets written for these
// tests; none is copied from a real disclosure.
const REVENUE = (tax: string, first = '64,300') =>
  `# 某县2025年1-6月一般公共预算收入执行情况表\n\n单位：万元\n\n| 项目 | 年初预算 | 1-6月累计 | 上年同期 | 增减% |\n| --- | --- | --- | --- | --- |\n| 一般公共预算收入 | 130,000 | ${first} | 61,500 | 4.6 |\n| 一、税收收入 | 98,000 | ${tax} | 47,800 | 3.3 |\n| 增值税 | 52,000 | 26,100 | 25,000 | 4.4 |\n| 企业所得税 | 21,000 | 10,200 | 9,800 | 4.1 |\n| 契税 | 25,000 | 13,100 | 12,900 | 1.6 |\n| 其他税收收入 | - | - | 100 | -100.0 |\n| 二、非税收入 | 32,000 | 14,900 | 13,700 | 8.8 |\n| 专项收入 | 12,000 | 5,600 | 5,100 | 9.8 |\n| 罚没收入 | 20,000 | 9,300 | 8,600 | 8.1 |\n`;
// The same shape in a department's own words: 收入 first, numbered 1. 2. with a 一、 parent.
const FUNDS = (first: string) =>
  `单位：万元\n\n| 项目 | 2024年 | 2025年 |\n| --- | --- | --- |\n| 部门收入 | 1,450.00 | ${first} |\n| 一、财政拨款收入 | 1,200.00 | 1,320.00 |\n| 二、事业收入 | 250.00 | — |\n| 三、其他收入 | — | 60.00 |\n`;
ruleTester(rule, {
  valid: [
    { why: 'every column adds up: the dash rows are nothing, the first row is the two numbered ones', code: REVENUE('49,400'), format: 'markdown' },
    { why: 'the first row is the three numbered rows in both columns; 二、 and 三、 are dashes in one each', code: FUNDS('1,380.00'), format: 'markdown' },
    {
      why: 'a first row the numbered rows add up to in no column is no total: it is read as nothing',
      code: `| 项目 | 2024年 | 2025年 |\n| --- | --- | --- |\n| 上年结转 | 90.00 | 80.00 |\n| 一、财政拨款收入 | 1,200.00 | 1,320.00 |\n| 二、事业收入 | 250.00 | 300.00 |\n`,
      format: 'markdown',
    },
  ],
  invalid: [
    {
      why: 'the 税收收入 row says 49,900 in 1-6月累计, its rows (a dash for 其他税收收入) make 49,400; the first row, right for the rows, is off by as much',
      code: REVENUE('49,900'),
      format: 'markdown',
      errors: [
        { message: '表中一、税收收入行“1-6月累计”列49,900万元，但分项之和为49400万元（26100 + 10200 + 13100），相差500万元', line: 8, column: 21 },
      ],
    },
    {
      why: '2025年: 1,320 + 60 = 1,380 (事业收入 a dash), stated 1,480; 2024年 adds up, which proves the first row is their total',
      code: FUNDS('1,480.00'),
      format: 'markdown',
      errors: [{ message: '表中部门收入行“2025年”列1,480.00万元，但分项之和为1380.00万元（1320.00 + 60.00），相差100.00万元', line: 5, column: 21 }],
    },
  ],
});
