import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// Two rates of one figure, each against its own base: 比2024年决算数118.36亿元增长3.7%，…比年初预算下降3.0%. The figure the
// first compares with is the first rate's base; the second names another (年初预算, stated before the figure) and is
// read against that one or not at all.
ruleTester(rule, {
  valid: [
    {
      why: '138.40 → 135.20 is −2.3% on 年初预算; 127.64 → 135.20 is +5.9% on 决算',
      code: '一般公共预算收入年初预算138.40亿元，拟调减3.20亿元，调整为135.20亿元，比2024年决算数127.64亿元增长5.9%，调整后的收入预算比年初预算下降2.3%。',
    },
  ],
  invalid: [
    {
      why: 'the first rate against its own base: 127.64 → 135.20 is +5.92%, stated 6.9%',
      code: '一般公共预算收入年初预算138.40亿元，拟调减3.20亿元，调整为135.20亿元，比2024年决算数127.64亿元增长6.9%，调整后的收入预算比年初预算下降2.3%。',
      errors: [{ message: '调整135.20亿元，按增加计，2024年决算数为127.64亿元，增幅应为5.92%，而非所写的6.9%', line: 1, column: 63 }],
    },
  ],
});
