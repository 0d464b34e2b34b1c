import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 由上年度的A调整为B, 由上一年度的A调整为B: A is last year's level, as after 由上年的. Read as a part, it
// made a total of the year's limit over last year's parts; the wording probe (bench/reword.mjs) found it.
ruleTester(rule, {
  valid: [
    {
      why: '由上年度的 / 由上一年度的 A: last year\'s limits, not parts of this year\'s 412.60 (161.40 + 251.20 = 412.60)',
      code: '2024年全市政府债务限额为412.60亿元，比上年度增加46.30亿元。其中，一般债务限额由上年度的150.20亿元调整为161.40亿元，专项债务限额由上一年度的216.10亿元调整为251.20亿元。',
    },
    {
      why: '由上一年的 A 调整为 B, in 万元: 3,420 + 1,260 = 4,680',
      code: '全区债务限额为4,680万元，比上一年增加380万元，其中一般债务限额由上一年的3,300万元调整为3,420万元，专项债务限额由上一年的1,000万元调整为1,260万元。',
    },
    {
      why: '从上年度的 A 增至 B: the prior, not a part (62.30 + 27.70 = 90.00)',
      code: '全县政府债务余额为90.00亿元，其中一般债务余额从上年度的58.10亿元增至62.30亿元，专项债务余额从上年度的25.40亿元增至27.70亿元。',
    },
  ],
  invalid: [
    {
      why: 'the year\'s parts still add against the year\'s total: 161.40 + 251.20 = 412.60, stated 422.60',
      code: '2024年全市政府债务限额为422.60亿元，比上年度增加46.30亿元。其中，一般债务限额由上年度的150.20亿元调整为161.40亿元，专项债务限额由上年度的216.10亿元调整为251.20亿元。',
      errors: [{ message: '政府债务限额合计422.60亿元，但分项之和为412.60亿元（161.40 + 251.20），相差10.00亿元', line: 1, column: 15 }],
    },
  ],
});
