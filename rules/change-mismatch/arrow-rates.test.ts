import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 图解预算 (an infographic's text) marks a change with an arrow before its rate: ▲ or ↑ for a rise, ▼ or ↓ for a fall.
// Snippets written for these tests; none is copied from a real disclosure.
ruleTester(rule, {
  valid: [
    {
      why: '2.70 / 35.20 = 7.67% → 7.7; 1.20 / 15.64 = 7.67% → 7.7; 0.42 / 8.50 = 4.94% → 4.9',
      code: '政府性基金预算收入32.50亿元，比上年减少2.70亿元，▼7.7%。\n教育支出16.84亿元，比上年增加1.20亿元，▲7.7%。\n卫生健康支出8.92亿元，比上年增加0.42亿元，↑4.9%。',
    },
    {
      why: 'an arrow with no base stated: nothing to check',
      code: '一般公共预算支出96.42亿元，▲4.8%。',
    },
  ],
  invalid: [
    {
      why: '▼8.6% on 2.70 / 35.20 = 7.67%',
      code: '政府性基金预算收入32.50亿元，比上年减少2.70亿元，▼8.6%。',
      errors: [{ message: '政府性基金预算收入32.50亿元，按减少2.70亿元计，上年为35.20亿元，降幅应为7.67%，而非所写的8.6%', line: 1, column: 31 }],
    },
    {
      why: '↑5.9% on 0.42 / 8.50 = 4.94%',
      code: '卫生健康支出8.92亿元，比上年增加0.42亿元，↑5.9%。',
      errors: [{ message: '卫生健康支出8.92亿元，按增加0.42亿元计，上年为8.50亿元，增幅应为4.94%，而非所写的5.9%', line: 1, column: 27 }],
    },
  ],
});
