import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A sentence naming one row of a table, then one of its columns (X项目资金, X执行数), restates that cell.
// Snippets written for these tests.
const projects = '单位：万元\n\n| 项目名称 | 预算资金（万元） |  | 执行率 |\n| --- | --- | --- | --- |\n|  | 年初预算 | 执行数 |  |\n| 学生资助 | 900.00 | 870.50 | 96.7% |\n| 校舍维修 | 640.00 | 512.00 | 80.0% |\n\n';
const scored = '| 序号 | 项目名称 | 资金（万元） | 得分 | 等级 |\n|---|---|---|---|---|\n| 1 | 农村道路养护 | 481.00 | 92.0 | 优 |\n| 2 | 小型水库除险 | 236.50 | 86.5 | 良 |\n\n';

ruleTester(rule, {
  valid: [
    {
      why: 'the cell restated right, with 项目 between the row’s name and the column’s',
      format: 'markdown',
      code: `${projects}学生资助项目执行数870.50万元，主要用于家庭经济困难学生生活补助。`,
    },
    {
      why: 'the value is another cell of the row (年初预算): the sentence may mean that column',
      format: 'markdown',
      code: `${projects}学生资助项目执行数900.00万元，主要用于家庭经济困难学生生活补助。`,
    },
    {
      why: 'a sentence about last year is not the table’s year',
      format: 'markdown',
      code: `${projects}上年学生资助项目执行数807.50万元，今年有所增加。`,
    },
    {
      why: 'the name is two rows’ (two tables with different values): which one is not said',
      format: 'markdown',
      code: `${scored}${scored.replace('481.00', '300.00')}农村道路养护项目资金418.00万元，完成路面修补。`,
    },
    {
      why: 'a part of the project’s money (已拨付资金) is not the column',
      format: 'markdown',
      code: `${scored}农村道路养护项目已拨付资金418.00万元，完成路面修补。`,
    },
  ],
  invalid: [
    {
      why: '其中，X项目资金 against the row’s 资金（万元） cell',
      format: 'markdown',
      code: `${scored}其中，农村道路养护项目资金418.00万元，完成路面修补120公里。`,
      errors: [{ message: '农村道路养护资金在表中为481.00万元，此处却为418.00万元', line: 6, column: 14 }],
    },
    {
      why: 'a two-level head: 执行数 under 预算资金（万元） merged over two columns',
      format: 'markdown',
      code: `${projects}学生资助项目执行数807.50万元，主要用于家庭经济困难学生生活补助。`,
      errors: [{ message: '学生资助执行数在表中为870.50万元，此处却为807.50万元', line: 9, column: 10 }],
    },
    {
      why: 'the column named without 项目 (校舍维修年初预算)',
      format: 'markdown',
      code: `${projects}校舍维修年初预算460.00万元，执行率偏低。`,
      errors: [{ message: '校舍维修年初预算在表中为640.00万元，此处却为460.00万元', line: 9, column: 9 }],
    },
  ],
});
