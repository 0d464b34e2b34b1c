import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A table's 执行率 (完成率, 预算执行率) column is the outturn as a percentage of the one budget column, as a
// 完成预算% column is.
ruleTester(rule, {
  valid: [
    {
      why: 'every row fits: 842.50 / 860 = 98.0%, 1,168.40 / 1,240 = 94.2%',
      format: 'markdown',
      code: '| 项目名称 | 预算数（万元） | 执行数（万元） | 执行率 | 自评得分 |\n|---|---|---|---|---|\n| 国土空间规划编制 | 860.00 | 842.50 | 98.0% | 95.2 |\n| 不动产登记信息化 | 1,240.00 | 1,168.40 | 94.2% | 88.6 |\n',
    },
    {
      why: 'two budget columns and a bare 执行率: which budget is its base is not said',
      format: 'markdown',
      code: '| 项目 | 年初预算 | 调整预算 | 执行数 | 执行率 |\n|---|---|---|---|---|\n| 河道治理 | 500.00 | 620.00 | 600.00 | 80.0% |\n',
    },
  ],
  invalid: [
    {
      why: '1,500 / 2,000 = 75.0%, the 执行率 cell says 85.0%',
      format: 'markdown',
      code: '| 项目名称 | 预算数（万元） | 执行数（万元） | 执行率 | 自评得分 |\n|---|---|---|---|---|\n| 国土空间规划编制 | 860.00 | 842.50 | 98.0% | 95.2 |\n| 耕地保护激励 | 2,000.00 | 1,500.00 | 85.0% | 84.0 |\n',
      errors: [{ message: '耕地保护激励1,500.00万元为预算数2,000.00万元的75.00%，而非所写的85.0%', line: 4, column: 34 }],
    },
    {
      why: '完成率（%） of 决算数 against 预算数: 286.4 / 320.0 = 89.5%, the cell says 98.5',
      format: 'markdown',
      code: '| 科目 | 预算数 | 决算数 | 完成率（%） |\n|---|---|---|---|\n| 公务接待费 | 320.0 | 286.4 | 98.5 |\n',
      errors: [{ message: '公务接待费286.4为预算数320.0的89.50%，而非所写的98.5%', line: 3, column: 27 }],
    },
  ],
});
