import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// Last year's level in brackets after the rate (同比下降6.4%（上年同期30.24亿元）), with or without 为. Snippets written for
// these tests; none is copied from a real disclosure.
const LAND = (rate: string, prior: string) => `其中，国有土地使用权出让收入32.18亿元，同比${rate}（${prior}），主要是土地市场持续低迷。`;

ruleTester(rule, {
  valid: [
    { why: '32.18 > 30.24 and 增长', code: LAND('增长6.4%', '上年同期30.24亿元') },
    { why: '32.18 < 34.38 and 下降', code: LAND('下降6.4%', '上年同期为34.38亿元') },
  ],
  invalid: [
    {
      why: '32.18 > 30.24, said 下降',
      code: LAND('下降6.4%', '上年同期30.24亿元'),
      errors: [{ message: '国有土地使用权出让收入32.18亿元大于上年同期30.24亿元，却写作“下降6.4%”', line: 1, column: 25 }],
    },
    {
      why: 'the same with 去年同期',
      code: LAND('下降6.4%', '去年同期30.24亿元'),
      errors: [{ message: '国有土地使用权出让收入32.18亿元大于上年同期30.24亿元，却写作“下降6.4%”', line: 1, column: 25 }],
    },
    {
      why: 'the same with 为',
      code: LAND('下降6.4%', '上年同期为30.24亿元'),
      errors: [{ message: '国有土地使用权出让收入32.18亿元大于上年同期30.24亿元，却写作“下降6.4%”', line: 1, column: 25 }],
    },
  ],
});
