import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A row named with its year (2024年新增债券) and a sentence naming the item with 全年/发行 before it restate
// one item: the year and the verb are no part of its name. Snippets written for these tests.
const DEBT = '单位：亿元\n\n| 项目 | 合计 | 一般债务 | 专项债务 |\n|---|---:|---:|---:|\n| 2024年新增债券 | 18.40 | 3.20 | 15.20 |\n| 2024年再融资债券 | 6.20 | 2.10 | 4.10 |\n| 2024年偿还本金 | 7.60 | 3.00 | 4.60 |\n\n';
ruleTester(rule, {
  valid: [
    {
      why: 'both items agree with the 合计 column',
      format: 'markdown',
      code: `${DEBT}2024年全市发行政府债券24.60亿元，其中全年发行新增债券18.40亿元、再融资债券6.20亿元。`,
    },
    {
      why: 'rows of two years under one name: the odd item’s cells differ, which year is not said',
      format: 'markdown',
      code: '单位：亿元\n\n| 项目 | 合计 |\n|---|---:|\n| 2023年新增债券 | 15.00 |\n| 2024年新增债券 | 18.40 |\n| 2024年再融资债券 | 6.20 |\n\n其中发行新增债券19.00亿元、再融资债券6.20亿元。',
    },
  ],
  invalid: [
    {
      why: '全年发行新增债券 against the row 2024年新增债券, its sibling agreeing with the 合计 column',
      format: 'markdown',
      code: `${DEBT}2024年全市发行政府债券24.60亿元，其中全年发行新增债券18.04亿元、再融资债券6.20亿元。`,
      errors: [{ message: '2024年新增债券在表中为18.40亿元，此处却为18.04亿元', line: 9, column: 32 }],
    },
    {
      why: '本年发行 before each item, the second one wrong',
      format: 'markdown',
      code: `${DEBT}本年发行新增债券18.40亿元，本年发行再融资债券6.02亿元，偿还本金7.60亿元。`,
      errors: [{ message: '2024年再融资债券在表中为6.20亿元，此处却为6.02亿元', line: 9, column: 26 }],
    },
    {
      why: '当年发行 before a list of two items, the second wrong',
      format: 'markdown',
      code: '单位：亿元\n\n| 项目 | 金额 |\n|---|---:|\n| 新增专项债券 | 20.80 |\n| 再融资专项债券 | 5.20 |\n\n当年发行新增专项债券20.80亿元、再融资专项债券5.02亿元。',
      errors: [{ message: '再融资专项债券在表中为5.20亿元，此处却为5.02亿元', line: 8, column: 26 }],
    },
  ],
});
