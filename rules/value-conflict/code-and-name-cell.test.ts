import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A 功能分类 table whose first column holds the code and the name together (科目编码及名称: 2130122农业生产发展) and whose
// row's level is under the column of the title's measure (决算数 in a 决算说明): a sentence of the same section naming
// the 科目 restates that cell. Snippets written for these tests.
const TABLE = (cell: string) =>
  `单位：万元\n\n| 科目编码及名称 | 年初预算 | 决算数 | 完成% |\n| --- | --- | --- | --- |\n| 213农林水支出 | 6,240.00 | 6,512.80 | 104.4 |\n| 2130101行政运行 | 862.00 | 848.26 | 98.4 |\n| 2130104事业运行 | 1,024.00 | 1,010.54 | 98.7 |\n| 2130122农业生产发展 | 2,160.00 | ${cell} | 112.1 |\n| 2130153农田建设 | 2,194.00 | 2,232.60 | 101.8 |\n`;
const DOC = (sentence: string, cell = '2,421.40') =>
  `# 青川县农业农村局2025年度部门决算说明\n\n## 二、财政拨款支出决算情况说明\n\n2025年度本部门财政拨款支出6,512.80万元。分功能科目情况见下表。\n\n${TABLE(cell)}\n${sentence}\n`;

ruleTester(rule, {
  valid: [
    { why: 'the text agrees with the 决算数 cell', format: 'markdown', code: DOC('农业生产发展支出2,421.40万元，主要用于耕地地力保护补贴。') },
    { why: 'the figure is the row’s 年初预算, stated as such', format: 'markdown', code: DOC('农业生产发展支出年初预算2,160.00万元，年中追加后决算2,421.40万元。') },
    {
      why: 'a budget’s title: the column of its measure is 预算数, not 决算数',
      format: 'markdown',
      code: DOC('农业生产发展支出2,241.40万元，主要用于耕地地力保护补贴。').replace('2025年度部门决算说明', '2026年部门预算说明'),
    },
  ],
  invalid: [
    {
      why: 'the text after the table, two digits swapped',
      format: 'markdown',
      code: DOC('农业生产发展支出2,412.40万元，主要用于耕地地力保护补贴和农机购置补贴。'),
      errors: [{ message: '2025年农业生产发展支出在表中为2,421.40万元，此处却为2,412.40万元', line: 17, column: 9 }],
    },
    {
      why: '支出决算为 in the text',
      format: 'markdown',
      code: DOC('事业运行支出1,001.54万元，主要用于推广站和执法大队运转。农田建设支出2,232.60万元。'),
      errors: [{ message: '2025年事业运行支出在表中为1,010.54万元，此处却为1,001.54万元', line: 17, column: 7 }],
    },
  ],
});
