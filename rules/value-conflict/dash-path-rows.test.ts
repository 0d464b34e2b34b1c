import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A 决算 table printing each 项 by its path between dashes (卫生健康支出—公立医院—综合医院 | 年初预算数 | 决算数) and no
// total column: the row is the 项's, its level the 决算数 column the title names, and a sentence naming the 项 with
// （项） restates it. Snippets written for these tests.
const TITLE = '石门县卫生健康局2025年度部门决算\n\n三、一般公共预算财政拨款支出决算情况\n\n';
const TABLE =
  '表2 一般公共预算财政拨款支出决算明细表（单位：万元）\n\n| 科目名称 | 年初预算数 | 决算数 | 完成率（%） |\n| --- | --- | --- | --- |\n| 卫生健康支出—公立医院—综合医院 | 2,400.00 | 2,386.50 | 99.4 |\n| 卫生健康支出—公共卫生—疾病预防控制机构 | 860.00 | 872.40 | 101.4 |\n| 卫生健康支出—卫生健康管理事务—行政运行 | 512.00 | 508.36 | 99.3 |\n| 合计 | 3,772.00 | 3,767.26 | 99.9 |\n\n';
ruleTester(rule, {
  valid: [
    {
      why: 'the 项 as the 决算数 column has it',
      format: 'markdown',
      code: `${TITLE}${TABLE}综合医院（项）支出2,386.50万元，主要用于县人民医院设备购置。\n`,
    },
    {
      why: 'the 年初预算数 named: another column',
      format: 'markdown',
      code: `${TITLE}${TABLE}疾病预防控制机构（项）年初预算860.00万元，决算数有所增加。\n`,
    },
  ],
  invalid: [
    {
      why: 'a 项 named by its path in the text, two digits swapped',
      format: 'markdown',
      code: `${TITLE}${TABLE}疾病预防控制机构（项）支出827.40万元，主要用于重大传染病防控。\n`,
      errors: [{ message: '疾病预防控制机构（项）在表中为872.40万元，此处却为827.40万元', line: 14, column: 14 }],
    },
    {
      why: 'the 项 with the 决算 measure written',
      format: 'markdown',
      code: `${TITLE}${TABLE}综合医院（项）决算为2,368.50万元，完成年初预算的98.7%。\n`,
      errors: [{ message: '综合医院（项）在表中为2,386.50万元，此处却为2,368.50万元', line: 14, column: 11 }],
    },
  ],
});
