import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// | 自评得分 评价等级 |  |: two heads a PDF set in one cell, the grade column after it with no head of its own. Snippets
// written for these tests; none is copied from a real disclosure.
const TABLE = (grade: string) =>
  `评价等级标准：90分（含）以上为优，80分（含）至90分为良，60分（含）至80分为中，60分以下为差。\n\n| 序号 | 项目名称 | 预算数 | 实际支出 | 执行率 | 自评得分 评价等级 |  |\n| --- | --- | --- | --- | --- | --- | --- |\n| 1 | 农村公路养护工程 | 238.60 | 226.14 | 94.78 | 86.50 | ${grade} |\n| 2 | 集镇污水管网改造 | 328.00 | 301.52 | 91.93 | 92.40 | 优 |\n`;
ruleTester(rule, {
  valid: [{ why: '86.50 is 良, 92.40 优', code: TABLE('良'), format: 'markdown' }],
  invalid: [
    {
      why: '86.50 is 良 under the stated bands, the grade column says 优',
      code: TABLE('优'),
      format: 'markdown',
      errors: [{ message: '农村公路养护工程得分86.50应为“良”（80分至90分），却写作“优”（90分至100分，按文中所列评价标准）', line: 5, column: 52 }],
    },
  ],
});
