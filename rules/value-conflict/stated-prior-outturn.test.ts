import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A report of a year's execution and the next year's draft: the figure a change names as last year's outturn (比上年
// 执行数14.26亿元, 较2025年完成数…) restates the level the execution part stated for that year, item and scope.
// Snippets written for these tests; none is copied from a real disclosure.
const REPORT = (prior: string, base = '上年执行数') =>
  [
    '关于青川区2025年预算执行情况和2026年预算草案的报告',
    '',
    '一、2025年预算执行情况',
    '',
    '全区社会保险基金收入14.62亿元，支出13.48亿元，当年收支结余1.14亿元。全区政府性基金预算收入18.40亿元。',
    '',
    '二、2026年预算草案',
    '',
    `2026年全区社会保险基金收入预算15.28亿元，比${base}${prior}亿元增长4.5%；支出预算14.36亿元。`,
  ].join('\n');
ruleTester(rule, {
  valid: [
    { why: 'the base restates 2025’s 14.62', code: REPORT('14.62') },
    {
      why: 'a bare 上年 names no measure: with last year’s budget stated as well, the base may be either',
      code: REPORT('14.26', '上年').replace('全区社会保险基金收入14.62亿元，', '全区社会保险基金收入年初预算14.26亿元，执行14.62亿元，'),
    },
    {
      why: 'another scope (区本级) is another item',
      code: REPORT('14.62').replace('2026年全区社会保险基金收入预算15.28亿元，比上年执行数14.62亿元', '2026年区本级社会保险基金收入预算9.28亿元，比上年执行数8.86亿元'),
    },
  ],
  invalid: [
    {
      why: '比上年执行数14.26 against 2025’s 14.62',
      code: REPORT('14.26'),
      errors: [{ message: '2025年全区社会保险基金收入在前文为14.62亿元，此处却为14.26亿元', line: 9, column: 32 }],
    },
    {
      why: 'the year named (比2025年执行数)',
      code: REPORT('14.26', '2025年执行数'),
      errors: [{ message: '2025年全区社会保险基金收入在前文为14.62亿元，此处却为14.26亿元', line: 9, column: 35 }],
    },
    {
      why: '完成数 is the outturn too',
      code: REPORT('16.42', '上年完成数'),
      errors: [{ message: '2025年全区社会保险基金收入在前文为14.62亿元，此处却为16.42亿元', line: 9, column: 32 }],
    },
  ],
});
