import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A completion ratio with its budget in brackets after it (完成预算的91.8%（预算51.00万元）), then a change on last year: the
// change is of the amount the ratio completes, not of the budget in the note. Snippets written for these tests; none is
// copied from a real disclosure.
ruleTester(rule, {
  valid: [
    { why: '3.18 on 50.00 = 6.36%, the change of 46.82', code: '会议费46.82万元，完成预算的91.8%（预算51.00万元），比上年减少3.18万元，下降6.4%。\n' },
    { why: '88.46 on 98.06 = −9.79%', code: '全市一般公共预算收入88.46亿元，为预算的86.5%（预算为102.30亿元），比上年下降9.8%（上年为98.06亿元）。\n' },
    { why: 'the budget in its own clause, as before', code: '培训费18.40万元，完成预算的92.0%，年初预算为20.00万元，比上年增加1.20万元，增长7.0%。\n' },
  ],
  invalid: [
    {
      why: 'the change of the amount is wrong, not the note’s',
      code: '会议费46.82万元，完成预算的91.8%（预算51.00万元），比上年减少3.18万元，下降8.4%。\n',
      errors: [{ message: '会议费46.82万元，按减少3.18万元计，上年为50.00万元，降幅应为6.36%，而非所写的8.4%', line: 1, column: 48 }],
    },
    {
      why: 'a rate on last year named after it, the budget in brackets before',
      code: '全市一般公共预算收入88.46亿元，为预算的86.5%（预算为102.30亿元），比上年下降8.9%（上年为98.06亿元）。\n',
      errors: [{ message: '一般公共预算收入88.46亿元，按减少计，上年为98.06亿元，降幅应为9.79%，而非所写的8.9%', line: 1, column: 47 }],
    },
  ],
});
