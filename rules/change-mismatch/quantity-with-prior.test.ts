import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A count or a quantity that is no money, with last year's stated in the same unit right before the rate (门急诊128.64万人次，
// 比上年的120.49万人次增长6.2%): the rate is checked as a money change's is. Snippets written for these tests; none is
// copied from a real disclosure.
ruleTester(rule, {
  valid: [
    { why: '128.64 on 120.49 = +6.76%', code: '2025年，医院门急诊128.64万人次，比上年的120.49万人次增长6.8%。\n' },
    { why: 'another unit before the rate: not last year’s level', code: '全年接待游客1,286万人次，比上年的1,102万元增长16.7%。\n' },
  ],
  invalid: [
    {
      why: 'visits, 万人次',
      code: '2025年，医院门急诊128.64万人次，比上年的120.49万人次增长6.2%。\n',
      errors: [{ message: '医院门急诊128.64万人，按增加计，上年为120.49万人，增幅应为6.76%，而非所写的6.2%', line: 1, column: 37 }],
    },
    {
      why: 'an area in 万亩, 较上年同期的',
      code: '全县粮食播种面积86.4万亩，较上年同期的82.6万亩增加2.6%。\n',
      errors: [{ message: '粮食播种面积86.4万亩，按增加计，上年同期为82.6万亩，增幅应为4.60%，而非所写的2.6%', line: 1, column: 30 }],
    },
    {
      why: 'a count that fell',
      code: '年末参保单位4,862家，比上年的5,106家减少6.8%。\n',
      errors: [{ message: '年末参保单位4,862家，按减少计，上年为5,106家，降幅应为4.78%，而非所写的6.8%', line: 1, column: 26 }],
    },
  ],
});
