import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A 科目 named by its path (社会保障和就业支出（类）…万元) states the row of its section's 功能分类 table even when the
// table prints names only (科目名称 | 合计 | 基本支出 | 项目支出, no code column). Snippets written for these tests.
const TABLE =
  '\n\n表3 一般公共预算财政拨款支出决算表（单位：万元）\n\n| 科目名称 | 合计 | 基本支出 | 项目支出 |\n| --- | --- | --- | --- |\n| 合计 | 4,862.30 | 2,104.60 | 2,757.70 |\n| 农林水支出 | 3,416.80 | 1,240.50 | 2,176.30 |\n| 社会保障和就业支出 | 612.40 | 612.40 | 0.00 |\n| 卫生健康支出 | 251.70 | 251.70 | 0.00 |\n| 住房保障支出 | 581.40 | 0.00 | 581.40 |\n';
const DOC = (text: string, between = '') => `## 五、一般公共预算财政拨款支出决算情况说明\n\n${text}${between}${TABLE}`;

ruleTester(rule, {
  valid: [
    {
      why: 'the class as its row has it',
      format: 'markdown',
      code: DOC('2.社会保障和就业支出（类）612.40万元，主要用于机关事业单位基本养老保险缴费。'),
    },
    {
      why: 'a plain name without the path may be of other money: left to the coded tables',
      format: 'markdown',
      code: DOC('全部资金中，社会保障和就业支出621.40万元，主要用于机关事业单位基本养老保险缴费。'),
    },
    {
      why: 'a heading between the sentence and the table: another section',
      format: 'markdown',
      code: DOC('2.社会保障和就业支出（类）621.40万元，主要用于养老保险缴费。', '\n\n## 六、政府性基金预算财政拨款支出决算情况说明\n'),
    },
    {
      why: 'a table whose name column is 项目, not 科目名称: not read as a function table',
      format: 'markdown',
      code: `## 五、支出情况\n\n住房保障支出（类）518.40万元，主要用于住房公积金。\n\n单位：万元\n\n| 项目 | 合计 | 基本支出 | 项目支出 |\n| --- | --- | --- | --- |\n| 住房保障支出 | 581.40 | 0.00 | 581.40 |\n`,
    },
  ],
  invalid: [
    {
      why: 'a numbered path ending at its 类, two digits swapped',
      format: 'markdown',
      code: DOC('2.社会保障和就业支出（类）621.40万元，主要用于机关事业单位基本养老保险缴费和职业年金缴费。'),
      errors: [{ message: '社会保障和就业支出（类）在表中为612.40万元，此处却为621.40万元', line: 3, column: 15 }],
    },
    {
      why: 'a quoted path with 科目 after it',
      format: 'markdown',
      code: DOC('“住房保障支出（类）”科目518.40万元，主要用于住房公积金和提租补贴。'),
      errors: [{ message: '住房保障支出（类）在表中为581.40万元，此处却为518.40万元', line: 3, column: 14 }],
    },
    {
      why: 'a path after a （二） marker, under a 功能分类科目名称 head',
      format: 'markdown',
      code: `## 五、支出情况\n\n（二）卫生健康支出（类）215.70万元，主要用于行政事业单位医疗。\n\n单位：万元\n\n| 功能分类科目名称 | 合计 | 基本支出 | 项目支出 |\n| --- | --- | --- | --- |\n| 卫生健康支出 | 251.70 | 251.70 | 0.00 |\n| 住房保障支出 | 581.40 | 0.00 | 581.40 |\n`,
      errors: [{ message: '卫生健康支出（类）在表中为251.70万元，此处却为215.70万元', line: 3, column: 13 }],
    },
  ],
});
