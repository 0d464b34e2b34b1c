import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// The gap to a plan (超收, 短收, 节约资金) stated between a level and its comparison with last year: the level changed,
// not the gap. Snippets written for these tests; none is copied from a real disclosure.
const REVENUE = (gap: string, rate: string) => `全县一般公共预算收入42.36亿元，完成预算40.50亿元的104.6%，${gap}，比上年的39.80亿元增长${rate}%，同口径增长5.9%。`;

ruleTester(rule, {
  valid: [
    { why: '42.36 / 39.80 = +6.43%, stated 6.4, with 超收1.86亿元 between', code: REVENUE('超收1.86亿元', '6.4') },
    { why: 'the same with 超收额为1.86亿元', code: REVENUE('超收额为1.86亿元', '6.4') },
    {
      why: '18.20 / 17.40 = +4.60%, stated 4.6, with 短收0.30亿元 between',
      code: '全县政府性基金预算收入18.20亿元，为预算18.50亿元的98.4%，短收0.30亿元，较上年的17.40亿元增长4.6%。',
    },
    {
      why: '520.00 / 540.00 = −3.70%, stated 3.7, with 节约资金30.00万元 between',
      code: '机关运行经费支出520.00万元，为年初预算550.00万元的94.5%，节约资金30.00万元，比上年的540.00万元下降3.7%。',
    },
  ],
  invalid: [
    {
      why: '42.36 / 39.80 = +6.43%, stated 8.6 (the gap is not what changed)',
      code: REVENUE('超收1.86亿元', '8.6'),
      errors: [{ message: '一般公共预算收入42.36亿元，按增加计，上年为39.80亿元，增幅应为6.43%，而非所写的8.6%', line: 1, column: 60 }],
    },
  ],
});
