import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// Two tables laid one cell a line with nothing between them: the first (a score sheet with no grade column) once hid
// the second, since the run's heads were looked for before its first number only. Each caption (表2 …) opens a table of
// its own. Snippets written for these tests.
const SHEET = '表1 整体支出绩效评分表\n指标\n分值\n得分\n决策\n20\n18.5\n过程\n20\n17.0\n产出\n40\n36.5\n效益\n20\n18.0\n';
const STANDARD = '评价等级标准：90分（含）以上为优秀，80分（含）至90分为良好，60分（含）至80分为合格，60分以下为不合格。\n';
ruleTester(rule, {
  valid: [
    {
      why: 'every grade of the second table right under the stated bands, 90.0 and 80.0 on the boundary',
      code: `${STANDARD}${SHEET}表2 所属单位考核结果\n单位\n得分\n等级\n县第一小学\n90.0\n优秀\n县职业中学\n80.0\n良好\n县特殊教育学校\n79.5\n合格\n三、问题与整改\n个别单位支出进度偏慢。`,
    },
    {
      why: 'a second table whose last row lacks its grade: the columns cannot be told apart, no pair is read',
      code: `${STANDARD}${SHEET}表2 所属单位考核结果\n单位\n得分\n等级\n县第一小学\n86.0\n优秀\n县职业中学\n82.0\n三、问题与整改\n个别单位支出进度偏慢。`,
    },
  ],
  invalid: [
    {
      why: 'a score sheet then a grade table: 87.5 is 良好 under the stated bands, called 优秀',
      code: `${STANDARD}${SHEET}表2 所属单位考核结果\n单位\n得分\n等级\n县第一小学\n94.0\n优秀\n县职业中学\n87.5\n优秀\n县特殊教育学校\n81.0\n良好\n三、问题与整改\n个别单位支出进度偏慢。`,
      errors: [{ message: '县职业中学得分87.5应为“良好”（80分至90分），却写作“优秀”（90分至100分，按文中所列评价标准）', line: 27, column: 1 }],
    },
    {
      why: 'the grade table with a 序号 column and default bands: 78.0 is 中, called 良',
      code: `${SHEET}表2 重点项目评价结果\n序号\n项目\n评价得分\n评价等级\n1\n农村饮水提升\n91.0\n优\n2\n城区道路维护\n78.0\n良\n四、结果应用\n评价结果与下年预算挂钩。`,
      errors: [{ message: '城区道路维护得分78.0应为“中”（60分至80分），却写作“良”（80分至90分）', line: 29, column: 1 }],
    },
    {
      why: 'the grade table first, then a score sheet: 58.5 is 不合格 under the stated bands, called 合格',
      code: `${STANDARD}表1 项目自评结果\n项目\n自评分\n等级\n教学设备购置\n92.5\n优秀\n校舍维修改造\n58.5\n合格\n${SHEET.replace('表1', '表2')}五、下一步措施\n加强项目库管理。`,
      errors: [{ message: '校舍维修改造得分58.5应为“不合格”（60分以下），却写作“合格”（60分至80分，按文中所列评价标准）', line: 11, column: 1 }],
    },
  ],
});
