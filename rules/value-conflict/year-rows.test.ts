import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A project's funds planned by year (年度 | 专项债券资金 | 项目资本金 | 合计) and a sentence that opens on one year and names
// one column (2026年安排项目资本金, 2027年计划使用专项债券资金): the row's cell, restated. Another year, what has already come
// in, a debt table by the year it falls due, or a year two tables give is no row's. Snippets written for these tests.
const TITLE = '岚江市2026年新增专项债券项目信息披露\n\n岚江市城东片区供水管网改造项目\n\n';
const MD =
  '表1 项目资金分年度安排表（单位：万元）\n\n| 年度 | 专项债券资金 | 项目资本金 | 合计 |\n| --- | --- | --- | --- |\n| 2025年 | 16,000 | 4,200 | 20,200 |\n| 2026年 | 18,000 | 3,600 | 21,600 |\n| 2027年 | 8,000 | 2,800 | 10,800 |\n| 合计 | 42,000 | 10,600 | 52,600 |\n\n';
const SPACED =
  '表2  项目分年度投资计划表\n                                   单位：万元\n建设年度      专项债券资金      项目资本金        合计\n2025年度          16,000           4,200        20,200\n2026年度          18,000           3,600        21,600\n2027年度           8,000           2,800        10,800\n\n';
const DUE =
  '表3 全市政府债务分年度还本付息表（单位：亿元）\n\n| 年度 | 一般债务 | 专项债务 | 合计 |\n| --- | --- | --- | --- |\n| 2026年 | 12.40 | 18.60 | 31.00 |\n| 2027年 | 10.20 | 16.80 | 27.00 |\n\n';

ruleTester(rule, {
  valid: [
    { why: 'the year’s cell as the table has it', format: 'markdown', code: `${TITLE}${MD}2026年安排项目资本金3,600万元，由市本级财政预算安排。\n` },
    { why: 'a kind of funds the table has no column for', format: 'markdown', code: `${TITLE}${MD}2026年安排市场化融资1,200万元，由项目单位向银行申请。\n` },
    { why: 'last year named before the clause', format: 'markdown', code: `${TITLE}${MD}上年同期，2026年安排项目资本金3,900万元。\n` },
    { why: 'what has already come in is no plan’s row', format: 'markdown', code: `${TITLE}${MD}截至2026年2月末，已到位项目资本金3,060万元。\n` },
    { why: 'a scope named with the column is another figure', format: 'markdown', code: `${TITLE}${MD}2026年市本级项目资本金3,960万元。\n` },
    { why: 'a debt table by year of repayment is not a plan', format: 'markdown', code: `# 岚江市2026年政府债务情况\n\n${DUE}2026年专项债务12.60亿元。\n` },
    { why: 'two tables by year: the year is no one row’s', format: 'markdown', code: `${TITLE}${MD}${MD.replace('表1', '表4')}2026年安排项目资本金3,960万元。\n` },
  ],
  invalid: [
    {
      why: 'markdown table before, 安排 before the column',
      format: 'markdown',
      code: `${TITLE}${MD}2026年安排项目资本金3,960万元，由市本级财政预算和项目单位自有资金共同筹措。\n`,
      errors: [{ message: '2026年项目资本金在表中为3,600万元，此处却为3,960万元', line: 14, column: 13 }],
    },
    {
      why: 'space-aligned table of 年度 rows, 计划使用 and the bare bond name',
      code: `${TITLE}${SPACED}2027年计划使用专项债券8,600万元，用于管网二期工程。\n`,
      errors: [{ message: '2027年专项债券资金在表中为8,000万元，此处却为8,600万元', line: 12, column: 14 }],
    },
    {
      why: 'the text before the table, 发行 before the column',
      format: 'markdown',
      code: `${TITLE}2025年发行专项债券资金16,600万元，全部用于管网一期工程。\n\n${MD}`,
      errors: [{ message: '2025年专项债券资金在表中为16,000万元，此处却为16,600万元', line: 5, column: 14 }],
    },
  ],
});
