import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A debt note states the balance, then the limit it is held within, then the balance's change: the ceiling (控制在限额…以内,
// 未超过…) is no level that changed. Read as the level, a right change was reported wrong. Snippets written for these
// tests; none is copied from a real disclosure.
ruleTester(rule, {
  valid: [
    {
      why: '控制在…以内 between the balance and its change',
      code: '截至2025年末，全市政府债务余额96.40亿元，控制在限额102.00亿元以内，比上年末增加6.40亿元，增长7.1%。\n',
    },
    {
      why: '未超过 between the balance and its change',
      code: '2025年末，全县专项债务余额42.00亿元，未超过专项债务限额45.50亿元，比上年末增加2.00亿元，增长5.0%。\n',
    },
  ],
  invalid: [
    {
      why: 'the balance’s rate wrong, the ceiling between',
      code: '截至2025年末，全市政府债务余额96.40亿元，控制在限额102.00亿元以内，比上年末增加6.40亿元，增长6.4%。\n',
      errors: [{ message: '政府债务余额96.40亿元，按增加6.40亿元计，上年末为90.00亿元，增幅应为7.11%，而非所写的6.4%', line: 1, column: 57 }],
    },
  ],
});
