import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 集中拨付1,090万元中的620万元，占…的56.9%: a part said to be some of an amount stated right before it (X中的Y, X之中的Y)
// is a share of that amount, whatever name 占 gives it (the name only says X again). A share that is not Y's of X, with
// a base named besides, leaves open which whole the drafter meant. Snippets written for these tests; none is copied from
// a real disclosure.
const SPENT = '省级奖补资金下达3,000万元，实际支出2,760万元，主要用于危房改造。\n\n';
ruleTester(rule, {
  valid: [
    {
      why: '1,500 / 2,400 = 62.5%: the base is the 2,400 the part is taken from, not the 实际支出 2,760 of another fund',
      code: `${SPENT}市级配套资金拨付滞后，年底集中下达2,400万元中的1,500万元，占市级实际支出的62.5%。`,
    },
    { why: '1,300 / 5,200 = 25.0%, no base named', code: '2025年项目资金5,200万元之中的1,300万元，占25.0%，用于购置设备。' },
    {
      why: '200 / 800 = 25%, not 2.0%: a base named besides the amount taken from, another whole (全市同类资金) not stated',
      code: '全年拨付800万元中的200万元，占全市同类资金的2.0%。',
    },
    {
      why: '1,500 / 2,400 = 62.5%, not 65.2%: with a base named besides, which whole was meant is left open',
      code: `${SPENT}市级配套资金拨付滞后，年底集中下达2,400万元中的1,500万元，占市级配套资金的65.2%。`,
    },
    { why: '1,200 / 4,800 = 25.0% in 萬元', code: '2024年度專項資金4,800萬元中的1,200萬元，佔25.0%。' },
  ],
  invalid: [
    {
      why: '1,300 / 5,200 = 25.0%, stated 27.0%',
      code: '2025年项目资金5,200万元之中的1,300万元，占27.0%，用于购置设备。',
      errors: [{ message: '2025年项目资金5,200万元之中的1,300万元占2025年项目资金5,200万元的25.0%，而非所写的27.0%', line: 1, column: 29 }],
    },
    {
      why: '1,800 / 6,000 = 30.0%, stated 28.0%',
      code: '全年筹集6,000万元中的1,800万元，占比为28.0%，其余结转下年使用。',
      errors: [{ message: '全年筹集6,000万元中的1,800万元占全年筹集6,000万元的30.0%，而非所写的28.0%', line: 1, column: 25 }],
    },
  ],
});
