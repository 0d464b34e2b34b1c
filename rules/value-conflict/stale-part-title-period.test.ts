import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A part heading naming the document itself with another year than the title (第三部分 2024年度部门决算情况说明 in a
// 2025 决算) is a slip of the heading's (stale-year reports it): the statements under it are of the title's year,
// not last year's, and are not compared with a table's 上年决算数 column. Snippets written for these tests.
const DOC = (part: string, sentence: string) =>
  `# 红川市水务局2025年度部门决算\n\n## 第二部分 2025年度部门决算表\n\n表1 收入决算表（单位：万元）\n\n| 项目 | 本年决算数 | 上年决算数 |\n|---|---:|---:|\n| 财政拨款收入 | 16,486.20 | 15,062.40 |\n| 事业收入 | 862.30 | 840.10 |\n\n## ${part}\n\n${sentence}\n`;
ruleTester(rule, {
  valid: [
    {
      why: 'this year’s income under a part heading that kept last year’s year: not last year’s column',
      format: 'markdown',
      code: DOC('第三部分 2024年度部门决算情况说明', '财政拨款收入16,486.20万元，比上年增加1,423.80万元。'),
    },
    {
      why: 'the same with 部门决算说明 and no 情况',
      format: 'markdown',
      code: DOC('第三部分 2024年部门决算说明', '事业收入862.30万元，主要是检测服务收入。'),
    },
    {
      why: 'a heading of another kind keeps its own year: last year’s level agrees with the 上年 column',
      format: 'markdown',
      code: DOC('第三部分 2024年度收入情况', '财政拨款收入15,062.40万元。'),
    },
  ],
  invalid: [
    {
      why: 'under the stale heading, this year’s income misstated against the 本年 column',
      format: 'markdown',
      code: DOC('第三部分 2024年度部门决算情况说明', '财政拨款收入16,468.20万元，比上年增加1,405.80万元。'),
      errors: [{ message: '2025年财政拨款收入决算在表中为16,486.20万元，此处却为16,468.20万元', line: 14, column: 7 }],
    },
  ],
});
