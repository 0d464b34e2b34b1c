import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A table of debt by kind (rows 一般债务, 专项债务) under columns of bonds (新增债券, 再融资债券): a sentence writes the kind inside
// the column's name (再融资专项债券, 新增一般债券) and so names one cell. Another year, a column the table has not (置换债券),
// one level of the jurisdiction (县本级) or a kind the table does not split by says nothing of it. Snippets written for these tests.
const LAYOUT =
  '表1                  桐溪县2025年政府债务余额变动情况\n                                                                        单位：万元\n项目              年初余额      新增债券    再融资债券    偿还本金      年末余额\n一般债务             286,400        18,600        26,200        31,400       299,800\n专项债务             512,300        96,000        14,600        22,800       600,100\n合计                 798,700       114,600        40,800        54,200       899,900\n';
const MD =
  '表2 2025年政府债券发行情况（单位：亿元）\n\n| 债务类别 | 新增债券 | 再融资债券 | 合计 |\n| --- | --- | --- | --- |\n| 一般债务 | 1.86 | 2.62 | 4.48 |\n| 专项债务 | 9.60 | 1.46 | 11.06 |\n| 合计 | 11.46 | 4.08 | 15.54 |\n\n';
const TITLE = '桐溪县2025年地方政府债务情况说明\n\n';

ruleTester(rule, {
  valid: [
    { why: 'both kinds as the table has them', code: `${TITLE}    全年发行再融资债券40,800万元，其中再融资一般债券26,200万元，再融资专项债券14,600万元。\n${LAYOUT}` },
    { why: 'last year’s bonds of that kind', code: `${TITLE}    2024年发行再融资专项债券16,400万元。\n${LAYOUT}` },
    { why: 'one level of the county (县本级) is not the table’s whole', format: 'markdown', code: `# 桐溪县2025年度政府债务管理情况的报告\n\n${MD}县本级新增专项债券5.20亿元，安排项目5个。\n` },
    { why: 'a kind of bond the table has no column for', code: `${TITLE}    全年发行置换专项债券12,400万元。\n${LAYOUT}` },
  ],
  invalid: [
    {
      why: 'a 其中 list, the kind inside 再融资债券 (layout table after the text)',
      code: `${TITLE}    全年发行再融资债券40,800万元，其中再融资一般债券26,200万元，再融资专项债券16,400万元，全部用于偿还到期本金。\n${LAYOUT}`,
      errors: [{ message: '专项债务再融资债券在表中为14,600万元，此处却为16,400万元', line: 3, column: 48 }],
    },
    {
      why: 'the year and 发行 before 新增一般债券',
      code: `${TITLE}    2025年发行新增一般债券16,800万元，主要用于农村公路和农田水利项目。\n${LAYOUT}`,
      errors: [{ message: '一般债务新增债券在表中为18,600万元，此处却为16,800万元', line: 3, column: 18 }],
    },
    {
      why: 'a Markdown table before the text, a column of new bonds',
      format: 'markdown',
      code: `# 桐溪县2025年度政府债务管理情况的报告\n\n${MD}全县新增专项债券6.90亿元，安排项目8个。\n`,
      errors: [{ message: '专项债务新增债券在表中为9.60亿元，此处却为6.90亿元', line: 11, column: 9 }],
    },
  ],
});
