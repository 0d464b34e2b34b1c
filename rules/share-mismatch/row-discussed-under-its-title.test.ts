import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A table's rows discussed a subsection each, titled by the row's name ((一)…, (二)…): the paragraph under a title restates
// its row, and a share with no base named is of the table's 合计 in that column, as it is right under the table. Snippets
// written for these tests; none is copied from a real disclosure.
const TABLE = [
  '表3 2025年县级国有资本经营预算支出决算表（单位：万元）',
  '',
  '| 项目 | 预算数 | 决算数 | 完成预算% |',
  '| --- | ---: | ---: | ---: |',
  '| 国有企业资本金注入 | 2,400.00 | 2,362.50 | 98.4 |',
  '| 国有企业政策性补贴 | 900.00 | 884.20 | 98.2 |',
  '| 其他国有资本经营预算支出 | 420.00 | 405.30 | 96.5 |',
  '| 合计 | 3,720.00 | 3,652.00 | 98.2 |',
].join('\n');
const FIRST = '### （一）国有企业资本金注入';
const SECOND = '### （二）国有企业政策性补贴';

ruleTester(rule, {
  valid: [
    {
      why: '2,362.50 / 3,652.00 = 64.69%, stated 64.7%',
      format: 'markdown',
      code: `${TABLE}\n\n${FIRST}\n\n国有企业资本金注入2,362.50万元，所占比重为64.7%，主要用于县城建投公司增资。`,
    },
    {
      why: 'the title names another matter than the row the paragraph restates: its base is not known',
      format: 'markdown',
      code: `${TABLE}\n\n### （一）重点项目保障\n\n国有企业资本金注入2,362.50万元，所占比重为58.0%，主要用于县城建投公司增资。`,
    },
    {
      why: 'a heading of another level between the table and the subsection starts another matter',
      format: 'markdown',
      code: `${TABLE}\n\n## 四、绩效管理情况\n\n${FIRST}\n\n国有企业资本金注入2,362.50万元，所占比重为58.0%，已全部设定绩效目标。`,
    },
  ],
  invalid: [
    {
      why: 'right under the table, titled by its row: 2,362.50 / 3,652.00 = 64.69%, stated 66.2%',
      format: 'markdown',
      code: `${TABLE}\n\n${FIRST}\n\n国有企业资本金注入2,362.50万元，所占比重为66.2%，其中：向县城建投公司注入1,500.00万元、向县农投公司注入862.50万元。`,
      errors: [{ message: '国有企业资本金注入2,362.50万元占决算数合计3,652.00万元的64.7%，而非所写的66.2%', line: 12, column: 26 }],
    },
    {
      why: 'the second subsection, the first one standing between: 884.20 / 3,652.00 = 24.21%, stated 26.4%',
      format: 'markdown',
      code: `${TABLE}\n\n${FIRST}\n\n国有企业资本金注入2,362.50万元，主要用于县城建投公司增资。\n\n${SECOND}\n\n国有企业政策性补贴884.20万元，占26.4%，主要用于公交企业和供热企业政策性亏损补贴。`,
      errors: [{ message: '国有企业政策性补贴884.20万元占决算数合计3,652.00万元的24.2%，而非所写的26.4%', line: 16, column: 20 }],
    },
    {
      why: 'a Word file’s paragraphs, the title a numbered line of its own: 405.30 / 3,652.00 = 11.10%, stated 12.6%',
      format: 'paragraphs',
      code: [
        ...TABLE.split('\n').filter((l) => l),
        '（一）国有企业资本金注入',
        '国有企业资本金注入2,362.50万元，主要用于县城建投公司增资。',
        '（二）其他国有资本经营预算支出',
        '其他国有资本经营预算支出405.30万元，占比为12.6%，主要用于国有企业安全生产补助。',
      ].join('\n'),
      errors: [{ message: '其他国有资本经营预算支出405.30万元占决算数合计3,652.00万元的11.1%，而非所写的12.6%', line: 11, column: 25 }],
    },
  ],
});
