import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A whole, its 其中 list, then a comparison with a prior stated after the list: the level compared is the whole's or the
// last part's, the one nearer the prior. Snippets written for these tests; none is copied from a real disclosure.
const INTEREST = (rate: string) => `付息支出28,460万元，其中一般债务利息11,240万元、专项债务利息17,220万元，比上年的26,180万元增长${rate}%。`;

ruleTester(rule, {
  valid: [
    { why: 'the whole: 28,460 / 26,180 = +8.71%', code: INTEREST('8.7') },
    { why: 'the last part: 80.40 / 76.20 = +5.51%', code: '一般公共预算收入100.60亿元，其中税收收入80.40亿元，比上年的76.20亿元增长5.5%。' },
  ],
  invalid: [
    {
      why: 'the whole: 28,460 / 26,180 = +8.71%, stated 7.4',
      code: INTEREST('7.4'),
      errors: [{ message: '付息支出28,460万元，按增加计，上年为26,180万元，增幅应为8.71%，而非所写的7.4%', line: 1, column: 60 }],
    },
    {
      why: 'the whole again: 还本 62,280 / 58,600 = +6.28%, stated 4.3',
      code: '还本支出62,280万元，其中一般债务27,860万元、专项债务34,420万元，较上年的58,600万元增长4.3%。',
      errors: [{ message: '还本支出62,280万元，按增加计，上年为58,600万元，增幅应为6.28%，而非所写的4.3%', line: 1, column: 56 }],
    },
    {
      why: 'the last part: 80.40 / 76.20 = +5.51%, stated 6.5',
      code: '一般公共预算收入100.60亿元，其中税收收入80.40亿元，比上年的76.20亿元增长6.5%。',
      errors: [{ message: '税收收入80.40亿元，按增加计，上年为76.20亿元，增幅应为5.51%，而非所写的6.5%', line: 1, column: 45 }],
    },
  ],
});
