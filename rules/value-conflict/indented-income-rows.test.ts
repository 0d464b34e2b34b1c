import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A budget annex prints the parts of 税收收入 and 非税收入 as rows indented under them (　罚没收入, with a full-width space). A
// part with a name of its own is stated there as plainly as an unindented row, and a note restating it is that row; in a
// document whose title names the budget and one year, a revenue of that year stated with no measure is the budget row. A
// name that stands under many wholes (其他…) or twice in the table names no one thing. Snippets written for these tests.
const TITLE = '# 青屿市2026年市本级预算草案附表\n\n## 一、一般公共预算\n\n';
const TABLE =
  '### 表1　2026年市本级一般公共预算收入预算表\n\n单位：万元\n\n| 项目 | 2025年预算数 | 2025年预计执行数 | 2026年预算数 |\n|---|---:|---:|---:|\n| 税收收入 | 142,000 | 139,600 | 146,800 |\n| 　增值税 | 58,000 | 56,900 | 60,200 |\n| 　其他税收收入 | 84,000 | 82,700 | 86,600 |\n| 非税收入 | 48,000 | 51,400 | 49,600 |\n| 　专项收入 | 16,800 | 16,400 | 17,200 |\n| 　罚没收入 | 5,200 | 6,300 | 5,400 |\n| 　国有资源（资产）有偿使用收入 | 26,000 | 28,700 | 27,000 |\n| 收入合计 | 190,000 | 191,000 | 196,400 |\n\n';
// One name twice: 其他收入 under two wholes.
const TWICE =
  '### 表2　2026年市本级政府性基金预算收入表\n\n单位：万元\n\n| 项目 | 2026年预算数 |\n|---|---:|\n| 国有土地使用权出让相关收入 | 92,000 |\n| 　其他收入 | 1,200 |\n| 城市基础设施配套费相关收入 | 6,400 |\n| 　其他收入 | 300 |\n\n';

ruleTester(rule, {
  valid: [
    {
      why: 'the note as the indented row has it',
      format: 'markdown',
      code: `${TITLE}${TABLE}国有资源（资产）有偿使用收入27,000万元，主要是国有资产出租收入。\n`,
    },
    {
      why: 'last year’s revenue told in the budget: its outturn, not the 2025 budget row',
      format: 'markdown',
      code: `${TITLE}${TABLE}2025年国有资源（资产）有偿使用收入28,700万元，主要是一次性处置资产。\n`,
    },
    {
      why: '其他税收收入 names no one thing',
      format: 'markdown',
      code: `${TITLE}${TABLE}其他税收收入86,060万元。\n`,
    },
    {
      why: 'a name printed twice in its table',
      format: 'markdown',
      code: `${TITLE}${TWICE}其他收入1,500万元。\n`,
    },
  ],
  invalid: [
    {
      why: 'a note after the table, the row indented with a full-width space',
      format: 'markdown',
      code: `${TITLE}${TABLE}国有资源（资产）有偿使用收入27,600万元，主要是矿业权出让收益。\n`,
      errors: [{ message: '2026年国有资源（资产）有偿使用收入预算在表中为27,000万元，此处却为27,600万元', line: 20, column: 15 }],
    },
    {
      why: 'a three-character part with its year, the table after the note',
      format: 'markdown',
      code: `${TITLE}2026年增值税62,000万元，按经济增长预期测算。\n\n${TABLE}`,
      errors: [{ message: '2026年增值税预算在表中为60,200万元，此处却为62,000万元', line: 5, column: 9 }],
    },
  ],
});
