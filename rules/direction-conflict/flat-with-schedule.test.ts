import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 与序时进度持平, 与全省平均水平持平: level with the calendar or an average, not with last year; a rise on last year in the
// same sentence contradicts nothing. Snippets written for these tests; none is copied from a real disclosure.
ruleTester(rule, {
  valid: [
    { why: '与序时进度持平 then 同比增长', code: '1-6月，全市一般公共预算收入86.42亿元，完成年度预算172.80亿元的50.0%，与序时进度持平，同比增长5.8%（上年同期81.68亿元）。' },
    { why: '与全省平均水平持平 then 比上年提高', code: '全县义务教育巩固率98.6%，与全省平均水平持平，比上年提高0.4个百分点。' },
    { why: '与预期持平 then 比上年增长', code: '全年税收收入完成42.60亿元，与预期持平，比上年增长3.2%。' },
  ],
  invalid: [
    {
      why: '与上年持平, then 同比增长',
      code: '1-6月，全市一般公共预算收入86.42亿元，与上年同期持平，同比增长5.8%。',
      errors: [{ message: '一般公共预算收入写作“持平”，却又称增长5.8%', line: 1, column: 34 }],
    },
  ],
});
