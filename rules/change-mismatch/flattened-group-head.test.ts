import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A budget table's two-level head (本年预算数 over 合计 | 基本支出 | 项目支出; 本年比上年增减 over 增减额 | 增减%) that a PDF
// printed as one row keeps each group's words in one column's head. Snippets written for these tests; none is copied
// from a real disclosure.
const BY_FUNCTION = (rate: string) =>
  `单位：万元\n\n| 科目编码 | 科目名称 | 上年预算数 | 合计 | 本年预算数 基本支出 | 项目支出 | 本年比上年增减 增减额 | 增减% |\n| --- | --- | --- | --- | --- | --- | --- | --- |\n| 201 | 一般公共服务支出 | 1200.00 | 1260.00 | 900.00 | 360.00 | 60.00 | 5.00 |\n| 20103 | 政府办公厅（室）及相关机构事务 | 800.00 | 820.00 | 600.00 | 220.00 | 20.00 | ${rate} |\n| 2010301 | 行政运行 | 600.00 | 600.00 | 600.00 | 0.00 | 0.00 | 0.00 |\n| 2010302 | 一般行政管理事务 | 200.00 | 220.00 | 0.00 | 220.00 | 20.00 | 10.00 |\n| 20199 | 其他一般公共服务支出 | 400.00 | 440.00 | 300.00 | 140.00 | 40.00 | 10.00 |\n`;
// The same, the year named and the change group over 金额 | %.
const BY_YEAR = (rate: string) =>
  `单位：万元\n\n| 项目 | 2024年预算 | 2025年预算 合计 | 人员经费 | 公用经费 | 较上年增减 金额 | % |\n| --- | --- | --- | --- | --- | --- | --- |\n| 基本支出 | 1,480.00 | 1,554.00 | 1,300.00 | 254.00 | 74.00 | ${rate} |\n`;
ruleTester(rule, {
  valid: [
    { why: 'each row: 增减额 = 本年预算数合计 − 上年预算数 and 增减% its rate (20 / 800 = 2.50%)', code: BY_FUNCTION('2.50'), format: 'markdown' },
    { why: '74 / 1,480 = 5.00%: the rate is of 2025年预算合计 against 2024年预算, not of 人员经费', code: BY_YEAR('5.00'), format: 'markdown' },
  ],
  invalid: [
    {
      why: '20 / 800 = 2.50%, stated 2.05%; the row is named by its 科目名称, not by its code',
      code: BY_FUNCTION('2.05'),
      format: 'markdown',
      errors: [{ message: '政府办公厅（室）及相关机构事务820.00万元，按增加20.00万元计，上年预算数为800.00万元，增幅应为2.50%，而非所写的2.05%', line: 6, column: 73 }],
    },
    {
      why: '74 / 1,480 = 5.00%, stated 5.5',
      code: BY_YEAR('5.5'),
      format: 'markdown',
      errors: [{ message: '基本支出1,554.00万元，按增加74.00万元计，2024年预算为1,480.00万元，增幅应为5.00%，而非所写的5.5%', line: 5, column: 60 }],
    },
  ],
});
