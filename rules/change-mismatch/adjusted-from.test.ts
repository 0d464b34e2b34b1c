import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A budget adjustment states the level before and after and the change: "…由年初预算的A调整为B，增加D",
// "…年初预算A，调整后为B，减少D，下降R%". A is the change's prior. The mutation probe (bench/mutate.mjs)
// changed A in such sentences of adjustment reports and nothing was said.
ruleTester(rule, {
  valid: [
    {
      why: '41,860 − 38,600 = 3,260, as written',
      code: '上级补助收入由年初预算的38,600万元调整为41,860万元，增加3,260万元。',
    },
    {
      why: '64.20 − 61.50 = 2.70 and 2.70 / 64.20 = 4.2%, as written',
      code: '全县一般公共预算收入年初预算64.20亿元，调整后为61.50亿元，减少2.70亿元，下降4.2%，主要是税收减收。',
    },
    {
      why: 'two figures of different items before 调整后: the 年初预算 is not right before it, nothing is read',
      code: '税收收入年初预算42.00亿元，非税收入12.60亿元，调整后为51.30亿元，减少3.30亿元。',
    },
  ],
  invalid: [
    {
      why: '由年初预算的 A 调整为 B: 41,860 − 38,600 = 3,260, written 3,760',
      code: '上级补助收入由年初预算的38,600万元调整为41,860万元，增加3,760万元。',
      errors: [{ message: '上级补助收入41,860万元比原来的38,600万元增加3,760万元，但两者实际相差3260万元', line: 1, column: 35 }],
    },
    {
      why: '年初预算 A，调整后为 B: 64.20 − 61.50 = 2.70, written 2.20',
      code: '全县一般公共预算收入年初预算64.20亿元，调整后为61.50亿元，减少2.20亿元，下降3.4%。',
      errors: [{ message: '一般公共预算收入61.50亿元比年初预算64.20亿元减少2.20亿元，但两者实际相差2.70亿元', line: 1, column: 37 }],
    },
    {
      why: '从年初的 A 调至 B (支出): 9,150 − 8,420 = 730, written 370',
      code: '县级一般公共预算支出从年初的8,420万元调至9,150万元，增加370万元。',
      errors: [{ message: '一般公共预算支出9,150万元比原来的8,420万元增加370万元，但两者实际相差730万元', line: 1, column: 34 }],
    },
  ],
});
