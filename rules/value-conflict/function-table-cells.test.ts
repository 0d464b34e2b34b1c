import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A 功能分类 table names its rows by the item alone (公共卫生, 社会保障和就业支出) and its columns by the measure with
// 数 (年初预算数, 决算数); the text restates a cell as 公共卫生支出决算… or 社会保障和就业支出决算数为…. Snippets written for
// these tests.
const table = [
  '单位：万元',
  '',
  '| 科目名称 | 年初预算数 | 决算数 | 完成年初预算（%） |',
  '| --- | --- | --- | --- |',
  '| 卫生健康支出 | 18,640.00 | 19,862.46 | 106.6 |',
  '| 公共卫生 | 4,280.00 | 4,862.40 | 113.6 |',
  '| 社会保障和就业支出 | 1,024.00 | 986.34 | 96.3 |',
  '| 合计 | 19,664.00 | 20,848.80 | 106.0 |',
  '',
  '',
].join('\n');

ruleTester(rule, {
  valid: [
    {
      why: 'the cell restated right, 支出 after the row’s name and the column without 数',
      format: 'markdown',
      code: `${table}其中，公共卫生支出决算4,862.40万元，主要用于基本公共卫生服务。`,
    },
    {
      why: 'the value is the row’s other cell (年初预算数): the sentence may mean that column',
      format: 'markdown',
      code: `${table}公共卫生支出决算4,280.00万元，主要用于基本公共卫生服务。`,
    },
    {
      why: '上年: another year than the table’s',
      format: 'markdown',
      code: `${table}上年公共卫生支出决算4,286.40万元。`,
    },
  ],
  invalid: [
    {
      why: '其中，公共卫生支出决算 against the row 公共卫生 under 决算数',
      format: 'markdown',
      code: `${table}其中，公共卫生支出决算4,826.40万元，主要用于基本公共卫生服务。`,
      errors: [{ message: '公共卫生决算在表中为4,862.40万元，此处却为4,826.40万元', line: 10, column: 12 }],
    },
    {
      why: '决算数为 after 支出 on a row named without it',
      format: 'markdown',
      code: `${table}其中，公共卫生支出决算数为4,826.40万元，比年初预算增加546.40万元。`,
      errors: [{ message: '公共卫生决算数在表中为4,862.40万元，此处却为4,826.40万元', line: 10, column: 14 }],
    },
    {
      why: '公共卫生支出年初预算数 against the row 公共卫生 under 年初预算数',
      format: 'markdown',
      code: `${table}公共卫生支出年初预算数4,208.00万元，执行中追加了疫苗接种经费。`,
      errors: [{ message: '公共卫生年初预算数在表中为4,280.00万元，此处却为4,208.00万元', line: 10, column: 12 }],
    },
  ],
});
