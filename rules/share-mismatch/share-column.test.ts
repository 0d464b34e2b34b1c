import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A table's column of shares (占比（%）, 占本年收入比重（%）, 构成%) is each row's amount over the total row's, read
// only when the total row's own share is 100: then the table states what its percentages are of.
const incomeTable = (other: string) =>
  `表1　2024年度收入决算表（单位：万元）\n\n| 项目 | 金额 | 占本年收入比重（%） |\n| --- | ---: | ---: |\n| 本年收入合计 | 9,640.50 | 100.00 |\n| 财政拨款收入 | 8,212.30 | 85.19 |\n| 事业收入 | 1,046.80 | 10.86 |\n| 其他收入 | 381.40 | ${other} |`;

ruleTester(rule, {
  valid: [
    { why: 'every share of the 合计 row, 合计 at the top', code: incomeTable('3.96') },
    {
      why: 'a change table with 增减额, 增减% and 占比 columns: shares of the current year, 合计 at the bottom',
      code: '单位：万元\n\n| 功能分类科目 | 2024年预算数 | 2025年预算数 | 增减额 | 增减% | 占比（%） |\n|---|---:|---:|---:|---:|---:|\n| 一般公共服务支出 | 3,120.00 | 3,306.50 | 186.50 | 6.0 | 41.63 |\n| 社会保障和就业支出 | 2,410.20 | 2,588.00 | 177.80 | 7.4 | 32.58 |\n| 卫生健康支出 | 1,962.40 | 2,048.30 | 85.90 | 4.4 | 25.79 |\n| 合计 | 7,492.60 | 7,942.80 | 450.20 | 6.0 | 100.00 |',
    },
    {
      why: 'no total row with a share of 100: what the percentages are of is not said',
      code: '单位：万元\n\n| 项目 | 金额 | 占比（%） |\n|---|---:|---:|\n| 基本支出 | 4,306.20 | 30.0 |\n| 项目支出 | 8,612.40 | 60.0 |',
    },
    {
      why: 'a share column of a column in another unit is not read against the money',
      code: '| 项目 | 数量（个） | 占比% |\n|---|---:|---:|\n| 合计 | 12 | 100 |\n| 优秀 | 5 | 41.7 |\n| 良好 | 7 | 58.3 |',
    },
  ],
  invalid: [
    {
      why: '381.40 / 9,640.50 = 3.96%, the cell says 3.69',
      code: incomeTable('3.69'),
      errors: [{ message: '其他收入381.40万元占本年收入合计9,640.50万元的3.96%，而非所写的3.69%', line: 8, column: 19 }],
    },
    {
      why: '2,588.00 / 7,942.80 = 32.58%, the 占比 cell says 33.58',
      code: '单位：万元\n\n| 功能分类科目 | 2024年预算数 | 2025年预算数 | 增减额 | 增减% | 占比（%） |\n|---|---:|---:|---:|---:|---:|\n| 合计 | 7,492.60 | 7,942.80 | 450.20 | 6.0 | 100.00 |\n| 一般公共服务支出 | 3,120.00 | 3,306.50 | 186.50 | 6.0 | 41.63 |\n| 社会保障和就业支出 | 2,410.20 | 2,588.00 | 177.80 | 7.4 | 33.58 |\n| 卫生健康支出 | 1,962.40 | 2,048.30 | 85.90 | 4.4 | 25.79 |',
      errors: [{ message: '社会保障和就业支出2,588.00万元占合计7,942.80万元的32.58%，而非所写的33.58%', line: 7, column: 52 }],
    },
  ],
});
