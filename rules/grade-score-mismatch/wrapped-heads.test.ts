import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A table whose heads the page wrapped in their boxes (自评得 分, 等 级): still the score and the grade columns.
// Snippets written for these tests; none is copied from a real disclosure.
const TABLE = (grade: string, score = '自评得 分', head = '等 级') =>
  [
    '表3 2025年度重点项目绩效自评结果',
    '',
    `| 项目名称 | 全年预算（万 元） | 实际支出（万 元） | ${score} | ${head} |`,
    '| --- | --- | --- | --- | --- |',
    '| 水库除险加固 | 1,460.00 | 1,286.40 | 86.5 | 良 |',
    `| 农村供水工程建设 | 1,120.00 | 1,048.60 | 79.6 | ${grade} |`,
    '| 河湖长制工作经费 | 260.00 | 254.80 | 94.0 | 优 |',
    '',
  ].join('\n');

ruleTester(rule, {
  valid: [{ why: '79.6 is 中', code: TABLE('中'), format: 'markdown' }],
  invalid: [
    {
      why: '79.6 graded 良 under 自评得 分 | 等 级',
      code: TABLE('良'),
      format: 'markdown',
      errors: [{ message: '农村供水工程建设得分79.6应为“中”（60分至80分），却写作“良”（80分至90分）', line: 6, column: 43 }],
    },
    {
      why: 'the same under 得 分 | 评 级',
      code: TABLE('良', '得 分', '评 级'),
      format: 'markdown',
      errors: [{ message: '农村供水工程建设得分79.6应为“中”（60分至80分），却写作“良”（80分至90分）', line: 6, column: 43 }],
    },
    {
      why: 'the same under 得  分 | 评价 等级',
      code: TABLE('良', '得  分', '评价 等级'),
      format: 'markdown',
      errors: [{ message: '农村供水工程建设得分79.6应为“中”（60分至80分），却写作“良”（80分至90分）', line: 6, column: 43 }],
    },
  ],
});
