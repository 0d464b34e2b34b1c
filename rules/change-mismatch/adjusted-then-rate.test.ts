import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A budget adjustment's line: the change first (调增, 调减), the level it arrived at (调整后为, 调整为), then its rate
// against the opening budget. The rate is of the change on the level before it. Snippets written for these tests; none
// is copied from a real disclosure.
const LINE = (verb: string, delta: string, arrived: string, level: string, rate: string, base = '比年初预算') =>
  `3.卫生健康支出${verb}${delta}万元，${arrived}${level}万元，${base}${rate}，主要用于公立医院改革补助。`;

ruleTester(rule, {
  valid: [
    { why: '2,600 / 26,000 = 10.0%: 调增, 调整后为', code: LINE('调增', '2,600', '调整后为', '28,600', '增长10.0%') },
    { why: '2,600 / 26,000 = 10.0%: 调增, 调整为', code: LINE('调增', '2,600', '调整为', '28,600', '增长10.0%') },
    { why: '1,300 / 26,000 = 5.0%: 调减, 调整后为, 下降', code: LINE('调减', '1,300', '调整后为', '24,700', '下降5.0%') },
    {
      why: 'a rate against last year’s outturn is no rate of the adjustment: 调整为…，比上年执行数下降8.2% proves nothing here',
      code: LINE('调减', '1,300', '调整为', '24,700', '下降8.2%', '比上年执行数'),
    },
  ],
  invalid: [
    {
      why: '2,600 / 26,000 = 10.0%, stated 9.1% (2,600 / 28,600: divided by the adjusted level)',
      code: LINE('调增', '2,600', '调整后为', '28,600', '增长9.1%'),
      errors: [{ message: '卫生健康支出28,600万元，按增加2,600万元计，年初预算为26000万元，增幅应为10.00%，而非所写的9.1%', line: 1, column: 39 }],
    },
    {
      why: 'the same with 调整为',
      code: LINE('调增', '2,600', '调整为', '28,600', '增长9.1%'),
      errors: [{ message: '卫生健康支出28,600万元，按增加2,600万元计，年初预算为26000万元，增幅应为10.00%，而非所写的9.1%', line: 1, column: 38 }],
    },
    {
      why: '1,300 / 26,000 = 5.0%, stated 5.3% (1,300 / 24,700)',
      code: LINE('调减', '1,300', '调整后为', '24,700', '下降5.3%'),
      errors: [{ message: '卫生健康支出24,700万元，按减少1,300万元计，年初预算为26000万元，降幅应为5.00%，而非所写的5.3%', line: 1, column: 39 }],
    },
  ],
});
