import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A budget adjustment's line: 调减 then the level it arrived at and a rate against the opening budget said to rise (or
// 调增 and a fall). Snippets written for these tests; none is copied from a real disclosure.
const LINE = (verb: string, level: string, rate: string, base = '比年初预算') =>
  `5.一般公共服务支出${verb}1,300万元，调整后为${level}万元，${base}${rate}，主要是压减会议、培训等一般性支出。`;

ruleTester(rule, {
  valid: [
    { why: '调减 and 下降 agree', code: LINE('调减', '24,700', '下降5.0%') },
    { why: '调增 and 增长 agree', code: LINE('调增', '27,300', '增长5.0%') },
    { why: 'a rise on last year’s outturn may follow a cut to this year’s budget', code: LINE('调减', '24,700', '增长2.9%', '比上年执行数') },
  ],
  invalid: [
    {
      why: '调减 1,300, then 比年初预算增长5.0%',
      code: LINE('调减', '24,700', '增长5.0%'),
      errors: [{ message: '一般公共服务支出比年初预算减1,300万元，却写作“增长5.0%”', line: 1, column: 39 }],
    },
    {
      why: '调减 1,300, 调整为 the level, then 比年初预算增长5.0%',
      code: LINE('调减', '24,700', '增长5.0%').replace('调整后为', '调整为'),
      errors: [{ message: '一般公共服务支出比年初预算减1,300万元，却写作“增长5.0%”', line: 1, column: 38 }],
    },
    {
      why: '调增 1,300, then 比年初预算下降5.0%',
      code: LINE('调增', '27,300', '下降5.0%'),
      errors: [{ message: '一般公共服务支出比年初预算增1,300万元，却写作“下降5.0%”', line: 1, column: 39 }],
    },
  ],
});
