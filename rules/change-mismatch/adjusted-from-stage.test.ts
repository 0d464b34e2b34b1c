import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// An adjustment report moves a level from a named stage to its new value (由年初预算的62.85亿元调整为67.13亿元，增长6.1%; 由原
// 预算…调整为…): the stage is the change's base, and the rate is the move over it. Snippets written for these tests.
ruleTester(rule, {
  valid: [
    { why: '67.13 on 62.85 is 6.81%', code: '全市一般公共预算收入由年初预算的62.85亿元调整为67.13亿元，增长6.8%。' },
    { why: 'a fall to a new value', code: '政府性基金预算支出由年初预算的48.60亿元调整为45.20亿元，下降7.0%。' },
  ],
  invalid: [
    {
      why: '67.13 on 62.85 is 6.81%, not 6.1%',
      code: '全市一般公共预算收入由年初预算的62.85亿元调整为67.13亿元，增长6.1%。',
      errors: [{ message: '一般公共预算收入67.13亿元，按增加计，年初预算为62.85亿元，增幅应为6.81%，而非所写的6.1%', line: 1, column: 37 }],
    },
    {
      why: '由原预算 without 的: 61.48 on 58.20 is 5.64%',
      code: '上级补助收入由原预算58.20亿元调整为61.48亿元，增长6.6%。',
      errors: [{ message: '上级补助收入61.48亿元，按增加计，原预算为58.20亿元，增幅应为5.64%，而非所写的6.6%', line: 1, column: 31 }],
    },
    {
      why: '调整前: 45.20 from 48.60 is a 7.00% fall, not 8.0%',
      code: '政府性基金预算支出由调整前的48.60亿元调整为45.20亿元，下降8.0%。',
      errors: [{ message: '政府性基金预算支出45.20亿元，按减少计，调整前为48.60亿元，降幅应为7.00%，而非所写的8.0%', line: 1, column: 35 }],
    },
  ],
});
