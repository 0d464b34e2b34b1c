import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A sentence restating a cell of a pandoc grid table (+---+ borders, labels wrapped over lines) is compared with
// that cell, as with a pipe table's.
const grid = (label: string[], budget: string, actual: string) =>
  [
    '单位：万元',
    '',
    '+--------------+----------+----------+',
    '| 科目         | 年初预算 | 决算数   |',
    '|              | 数       |          |',
    '+==============+==========+==========+',
    `| ${label[0]} | ${budget} | ${actual} |`,
    ...label.slice(1).map((l) => `| ${l} |          |          |`),
    '+--------------+----------+----------+',
    `| 合计         | ${budget} | ${actual} |`,
    '+--------------+----------+----------+',
    '',
    '',
  ].join('\n');

ruleTester(rule, {
  valid: [
    {
      why: 'the sentence states the cell the same',
      code: grid(['社会保障和就', '业支出      '], '8,126.40', '8,468.32') + '其中：社会保障和就业支出决算8,468.32万元，主要用于城乡低保。',
      format: 'markdown',
    },
    {
      why: 'the sentence states the other column (年初预算) the same',
      code: grid(['卫生健康支出'], '  186.20', '  182.64') + '卫生健康支出年初预算186.20万元，决算182.64万元。',
      format: 'markdown',
    },
  ],
  invalid: [
    {
      why: 'a label wrapped mid-word, the 决算 cell 8,468.32 restated 8,486.32',
      code: grid(['社会保障和就', '业支出      '], '8,126.40', '8,468.32') + '其中：社会保障和就业支出决算8,486.32万元，主要用于城乡低保。',
      format: 'markdown',
      errors: [{ message: '社会保障和就业支出决算在表中为8,468.32万元，此处却为8,486.32万元', line: 13, column: 15 }],
    },
    {
      why: 'a label over three lines, its 决算数 restated',
      code: grid(['城乡社区支', '出（类）    ', '            '], '2,400.00', '2,460.00') + '城乡社区支出决算数2,640.00万元。',
      format: 'markdown',
      errors: [{ message: '城乡社区支出（类）决算数在表中为2,460.00万元，此处却为2,640.00万元', line: 14, column: 10 }],
    },
    {
      why: 'a one-line label, the 年初预算数 cell restated',
      code: grid(['住房保障支出'], '  286.80', '  291.60') + '住房保障支出年初预算数268.80万元。',
      format: 'markdown',
      errors: [{ message: '住房保障支出年初预算数在表中为286.80万元，此处却为268.80万元', line: 12, column: 12 }],
    },
  ],
});
