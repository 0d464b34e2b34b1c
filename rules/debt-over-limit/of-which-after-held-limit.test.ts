import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A balance, the limit it is held against (控制在…限额以内, 未超过…限额, 低于…限额), then a 其中 list of balances by kind:
// the list is the balance's, and each kind's balance is held against its own limit stated after. Snippets written for
// these tests; none is copied from a real disclosure.
ruleTester(rule, {
  valid: [
    {
      why: 'each kind under its own limit: 24.16 ≤ 24.80, 44.26 ≤ 47.80',
      code: '2024年末全县政府债务余额68.42亿元，控制在省核定的债务限额72.60亿元以内，其中一般债务余额24.16亿元、专项债务余额44.26亿元；省核定我县一般债务限额24.80亿元、专项债务限额47.80亿元。',
    },
    {
      why: 'a bare 限额 with no verb of comparison keeps its own 其中 (limits by kind): nothing above its limit',
      code: '2024年末全市政府债务余额386.42亿元，限额412.60亿元，其中一般债务限额150.20亿元、专项债务限额262.40亿元。',
    },
  ],
  invalid: [
    {
      why: '控制在…以内, then 其中 by kind: 一般债务余额 24.16 above its 23.80',
      code: '2024年末全县政府债务余额68.42亿元，控制在省核定的债务限额72.60亿元以内，其中一般债务余额24.16亿元、专项债务余额44.26亿元；省核定我县一般债务限额23.80亿元、专项债务限额48.80亿元。',
      errors: [{ message: '2024年末全县一般债务余额24.16亿元，超过同期一般债务限额23.80亿元，超出0.36亿元', line: 1, column: 52 }],
    },
    {
      why: '未超过…限额, 万元: 专项债务余额 286,400 above its 280,000',
      code: '截至2024年末，全区政府债务余额412,600万元，未超过市政府核定的限额436,000万元，其中一般债务余额126,200万元，专项债务余额286,400万元。全区一般债务限额156,000万元，专项债务限额280,000万元。',
      errors: [{ message: '2024年末全区专项债务余额286,400万元，超过同期专项债务限额280,000万元，超出6400万元', line: 1, column: 73 }],
    },
  ],
});

// 其中：一般债务余额A，限额B；专项债务余额C，限额D: in the 其中 list, a bare 限额 right after a kind's balance is that kind's
// limit, and the list goes on after it.
ruleTester(rule, {
  valid: [
    {
      why: '31.42 ≤ 33.00 and 72.86 ≤ 75.10',
      code: '截至2024年末，全县政府债务余额104.28亿元，控制在省政府核定的限额108.10亿元以内。其中：一般债务余额31.42亿元，限额33.00亿元；专项债务余额72.86亿元，限额75.10亿元。',
    },
  ],
  invalid: [
    {
      why: '专项 75.42 above its limit 75.10, stated pair by pair in the 其中 list',
      code: '截至2024年末，全县政府债务余额106.84亿元，控制在省政府核定的限额108.10亿元以内。其中：一般债务余额31.42亿元，限额33.00亿元；专项债务余额75.42亿元，限额75.10亿元。',
      errors: [{ message: '2024年末全县专项债务余额75.42亿元，超过同期专项债务限额75.10亿元，超出0.32亿元', line: 1, column: 82 }],
    },
  ],
});
