import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 支出功能分类 | 2025年预算数 | 基本支出 | 项目支出: a table with no 合计 head whose one measure column stands before the
// columns of a split the accounts define complete: that column is the row's total. Snippets written for these tests;
// none is copied from a real disclosure.
const BUDGET = (social: string) =>
  `单位：元\n\n| 支出功能分类 | 2025年预算数 | 基本支出 | 项目支出 |\n|---|---|---|---|\n| 一般公共服务支出 | 8,420,600.00 | 6,150,600.00 | 2,270,000.00 |\n| 社会保障和就业支出 | ${social} | 1,284,300.00 | 500,000.00 |\n`;
const ACCOUNTS = (row: string) =>
  `单位：万元\n\n| 科目名称 | 决算数 | 基本支出 | 项目支出 | 经营支出 |\n| --- | --- | --- | --- | --- |\n| 教育支出 | ${row} | 3,106.50 | 842.20 | 60.00 |\n| 卫生健康支出 | 512.40 | 512.40 | - | - |\n`;
ruleTester(rule, {
  valid: [
    { why: 'each row: 预算数 = 基本支出 + 项目支出', code: BUDGET('1,784,300.00'), format: 'markdown' },
    {
      why: 'two measure columns (last year and this): which one the split details is not said',
      code: `| 项目 | 2024年预算数 | 2025年预算数 | 基本支出 | 项目支出 |\n| --- | --- | --- | --- | --- |\n| 农林水支出 | 900.00 | 1,000.00 | 300.00 | 600.00 |\n`,
      format: 'markdown',
    },
    {
      why: 'columns that are no split the accounts define (人员经费 | 公用经费 detail 基本支出, not 预算数)',
      code: `| 项目 | 预算数 | 人员经费 | 公用经费 |\n| --- | --- | --- | --- |\n| 机关运行 | 1,000.00 | 600.00 | 300.00 |\n`,
      format: 'markdown',
    },
  ],
  invalid: [
    {
      why: '1,284,300 + 500,000 = 1,784,300, stated 1,748,300',
      code: BUDGET('1,748,300.00'),
      format: 'markdown',
      errors: [{ message: '表中“社会保障和就业支出”行2025年预算数1,748,300.00元，但分项之和为1784300.00元（1284300.00 + 500000.00），相差36000.00元', line: 6, column: 15 }],
    },
    {
      why: '3,106.50 + 842.20 + 60.00 = 4,008.70, stated 4,080.70; a dash is nothing (卫生健康支出 is its 基本支出)',
      code: ACCOUNTS('4,080.70'),
      format: 'markdown',
      errors: [{ message: '表中“教育支出”行决算数4,080.70万元，但分项之和为4008.70万元（3106.50 + 842.20 + 60.00），相差72.00万元', line: 5, column: 10 }],
    },
  ],
});
