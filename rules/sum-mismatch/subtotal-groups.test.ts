import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A head of two groups each opened by its 小计 (债务限额: 小计 | 一般债务 | 专项债务; 债务余额: 小计 | 一般债务 | 专项债务):
// each 小计 is the sum of its own group's columns; the second 小计 opens the next group, it is no part of the first.
const table = (last: string) =>
  `某区2024年政府债务情况说明\n\n表2　分地区政府债务限额和余额情况表（单位：亿元）\n\n| 地区 | 债务限额 |  |  | 债务余额 |  |  |\n| --- | --- | --- | --- | --- | --- | --- |\n|  | 小计 | 一般债务 | 专项债务 | 小计 | 一般债务 | 专项债务 |\n| 区本级 | 142.60 | 48.20 | 94.40 | 136.18 | 45.72 | 90.46 |\n| 开发区 | 38.40 | 12.60 | 25.80 | 35.92 | 11.84 | ${last} |`;

ruleTester(rule, {
  valid: [{ why: 'each group adds up: 48.20 + 94.40 = 142.60, 45.72 + 90.46 = 136.18, 12.60 + 25.80 = 38.40, 11.84 + 24.08 = 35.92', format: 'markdown', code: table('24.08') }],
  invalid: [
    {
      why: 'the 余额 group of 开发区: 11.84 + 24.80 = 36.64, its 小计 35.92',
      format: 'markdown',
      code: table('24.80'),
      errors: [{ message: '表中“开发区”行债务余额 小计35.92亿元，但分项之和为36.64亿元（11.84 + 24.80），相差0.72亿元', line: 9, column: 33 }],
    },
  ],
});
