import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A final accounts' table by function whose completion column is headed by its verb alone (完成% | 执行（%）), its rows
// labelled with the classification code run into the name (2130101行政运行): the row of the text's item and outturn gives
// the budget the text's completion ratio is taken of. Snippets written for these tests; none is copied from a real
// disclosure.
const TABLE = (head: string) =>
  `单位：万元\n\n| 科目编码及名称 | 年初预算 | 决算数 | ${head} |\n| --- | --- | --- | --- |\n| 208社会保障和就业支出 | 1,520.00 | 1,486.20 | 97.8 |\n| 2080501行政单位离退休 | 640.00 | 612.80 | 95.8 |\n| 210卫生健康支出 | 318.00 | 322.40 | 101.4 |\n\n`;

ruleTester(rule, {
  valid: [
    { why: 'as the row says', format: 'markdown', code: `${TABLE('完成%')}其中，行政单位离退休支出612.80万元，完成年初预算的95.8%，主要是退休人员增加。\n` },
    { why: 'another amount than the row’s', format: 'markdown', code: `${TABLE('完成%')}行政单位离退休支出620.00万元，完成年初预算的93.8%。\n` },
    { why: 'a head naming no percent (完成情况)', format: 'markdown', code: `${TABLE('完成情况')}行政单位离退休支出612.80万元，完成年初预算的93.8%。\n` },
  ],
  invalid: [
    {
      why: '完成% head, the code run into the row’s name',
      format: 'markdown',
      code: `${TABLE('完成%')}其中，行政单位离退休支出612.80万元，完成年初预算的93.8%，主要是退休人员增加。\n`,
      errors: [{ message: '行政单位离退休支出612.80万元为年初预算640.00万元的95.75%，而非所写的93.8%', line: 9, column: 29 }],
    },
    {
      why: '执行（%） head, a 类 row',
      format: 'markdown',
      code: `${TABLE('执行（%）')}卫生健康支出322.40万元，完成年初预算的104.1%，主要是年中追加疫苗接种经费。\n`,
      errors: [{ message: '卫生健康支出322.40万元为年初预算318.00万元的101.38%，而非所写的104.1%', line: 9, column: 23 }],
    },
  ],
});
