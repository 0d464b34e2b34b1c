import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A budget adjustment's line naming its rate as the adjustment's own (调增幅度为, 调减幅度): no base is named, and none is
// needed; the rate is of the adjustment on the budget before it. A rate whose clause compares with another base, or one
// after a plain 增加 (no adjustment named), is left alone. Snippets written for these tests; none is copied from a real
// disclosure.
const OPENING = (opening: string, verb: string, delta: string, level: string, rate: string) =>
  `一般公共预算支出年初预算${opening}万元，${verb}${delta}万元，调整后为${level}万元，${rate}，主要是新增一般债券安排的支出。`;
const BARE = (verb: string, rate: string) => `（二）社会保障和就业支出${verb}3,200万元，调整后为67,200万元，${rate}。`;

ruleTester(rule, {
  valid: [
    { why: '38,600 / 1,286,400 = 3.00%', code: OPENING('1,286,400', '调增', '38,600', '1,325,000', '调增幅度为3.0%') },
    { why: '8,600 / 286,400 = 3.00%, 本次调减', code: OPENING('286,400', '本次调减', '8,600', '277,800', '调减幅度为3.0%') },
    { why: '3,200 / 64,000 = 5.0%, no opening budget stated', code: BARE('调增', '调增幅度5.0%') },
    { why: 'a rate against last year’s outturn is another comparison', code: BARE('调增', '比上年执行数增长8.6%') },
    { why: 'a plain 增加: the adjustment is not named', code: BARE('增加', '调增幅度为4.8%') },
  ],
  invalid: [
    {
      why: '38,600 / 1,286,400 = 3.00%, stated 3.6%',
      code: OPENING('1,286,400', '调增', '38,600', '1,325,000', '调增幅度为3.6%'),
      errors: [{ message: '一般公共预算支出1,325,000万元，按增加38,600万元计，年初预算为1286400万元，增幅应为3.00%，而非所写的3.6%', line: 1, column: 57 }],
    },
    {
      why: 'a cut: 8,600 / 286,400 = 3.00%, stated 3.1% (8,600 / 277,800)',
      code: OPENING('286,400', '本次调减', '8,600', '277,800', '调减幅度为3.1%'),
      errors: [{ message: '一般公共预算支出277,800万元，按减少8,600万元计，年初预算为286400万元，降幅应为3.00%，而非所写的3.1%', line: 1, column: 54 }],
    },
    {
      why: 'no opening budget stated: 3,200 / 64,000 = 5.0%, stated 4.8% (3,200 / 67,200)',
      code: BARE('调增', '调增幅度为4.8%'),
      errors: [{ message: '社会保障和就业支出67,200万元，按增加3,200万元计，年初预算为64000万元，增幅应为5.00%，而非所写的4.8%', line: 1, column: 41 }],
    },
  ],
});
