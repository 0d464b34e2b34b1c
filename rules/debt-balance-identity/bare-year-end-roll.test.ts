import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A roll told in one sentence from the balance's subject: 专项债务余额年初为A，加上新增…和再融资…，减去偿还…，年末为D. The
// closing clause names only the year's end (年末为, 到年底达到), and is the opening's balance at that end, of its kind and
// scope. A 年末 clause in a sentence that opened on no balance at the year's start is left alone. Snippets written for
// these tests.
const head = '某县2025年政府债务管理情况\n\n三、债务余额变动情况\n';
ruleTester(rule, {
  valid: [
    {
      why: '52,600 + 18,000 + 6,400 − 9,800 = 67,200',
      code: `${head}全县专项债务余额年初为52,600万元，加上本年新增专项债券18,000万元和再融资专项债券6,400万元，减去偿还到期专项债务本金9,800万元，年末为67,200万元。\n`,
    },
    {
      why: 'a 年末 clause after no opening balance: another thing’s year-end figure',
      code: `${head}2025年全县新增专项债券18,000万元，发行再融资专项债券6,400万元，偿还到期专项债务本金9,800万元，项目库储备资金年末为67,500万元。\n`,
    },
  ],
  invalid: [
    {
      why: '年末为… closing the roll: 52,600 + 18,000 + 6,400 − 9,800 = 67,200 against 67,500',
      code: `${head}全县专项债务余额年初为52,600万元，加上本年新增专项债券18,000万元和再融资专项债券6,400万元，减去偿还到期专项债务本金9,800万元，年末为67,500万元。\n`,
      errors: [{ message: '2025年末全县专项债务余额67,500万元，但年初余额52,600万元 + 新增债券18,000万元 + 再融资债券6,400万元 - 还本9,800万元 = 67200万元，相差300万元', line: 4, column: 78 }],
    },
    {
      why: '到年底达到…, in 亿元, of the general kind',
      code: `${head}一般债务余额年初为21.40亿元，当年新增一般债券3.60亿元、再融资一般债券1.20亿元，偿还到期本金2.10亿元，到年底达到24.60亿元。\n`,
      errors: [{ message: '2025年末一般债务余额24.60亿元，但年初余额21.40亿元 + 新增债券3.60亿元 + 再融资债券1.20亿元 - 还本2.10亿元 = 24.10亿元，相差0.50亿元', line: 4, column: 65 }],
    },
  ],
});
