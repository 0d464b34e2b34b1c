import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 地方政府债务余额 (限额) stated as the whole, then a share of 债务余额 or 政府债务余额: a county's 地方政府债务 is its
// government's debt of all kinds, the whole a kind's share is of. A share naming the government's own level (市本级) is of
// another whole. Snippets written for these tests; none is copied from a real disclosure.
const BALANCE = '截至2025年末，全市地方政府债务余额86.40亿元，其中一般债务余额30.24亿元，专项债务余额56.16亿元。\n\n';
const LIMIT = '经省政府批准，我县2025年地方政府债务限额120.00亿元，其中一般债务限额48.00亿元、专项债务限额72.00亿元。\n\n';
ruleTester(rule, {
  valid: [
    { why: '56.16 / 86.40 = 65.0%', code: `${BALANCE}从结构看，专项债务余额56.16亿元，占政府债务余额的65.0%。` },
    { why: '48.00 / 120.00 = 40.0%', code: `${LIMIT}一般债务限额48.00亿元，占债务限额的比重为40.0%。` },
    { why: 'the 市本级 whole is another, not stated', code: `${BALANCE}市本级专项债务余额20.00亿元，占市本级债务余额的40.0%。` },
  ],
  invalid: [
    {
      why: '56.16 / 86.40 = 65.0%, stated 62.0%',
      code: `${BALANCE}从结构看，专项债务余额56.16亿元，占债务余额的比重为62.0%。`,
      errors: [{ message: '专项债务余额56.16亿元占债务余额86.40亿元的65.0%，而非所写的62.0%', line: 3, column: 29 }],
    },
    {
      why: '48.00 / 120.00 = 40.0%, stated 38.0%',
      code: `${LIMIT}一般债务限额48.00亿元，占政府债务限额的38.0%。`,
      errors: [{ message: '一般债务限额48.00亿元占政府债务限额120.00亿元的40.0%，而非所写的38.0%', line: 3, column: 23 }],
    },
  ],
});
