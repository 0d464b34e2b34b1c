import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// The level a change is against, stated right after the change under its base's name (比上年增长3.1%，上年为X;
// 为年初预算的98.0%，年初预算为X), and a ratio that names a budget as its base while other years' levels stand
// before it in the sentence. Snippets written for these tests; none is copied from a real disclosure.
ruleTester(rule, {
  valid: [
    { why: '(2,038.60 − 1,942.50) / 1,942.50 = 4.95%', code: '公用经费2,038.60万元，比上年增长4.9%，上年为1,942.50万元，主要是新增办公场所物业费。\n' },
    { why: '18.6 + 1.5 = 20.1', code: '全区营商环境满意度得分92.4分，比上年提高了1.5分，上年为90.9分。\n' },
    { why: '36.25 − 33.00 = 3.25', code: '培训费支出33.00万元，比上年减少3.25万元，上年支出36.25万元。\n' },
    { why: '14.06 / 14.80 = 95.0%', code: '2025年全县基金收入为14.06亿元，为年初预算的95.0%，年初预算为14.80亿元。\n' },
    {
      why: 'the ratio names the budget: 31.82 / 31.05 = 102.5%, not 31.82 / 29.40 (that is the 8.2% growth on last year)',
      code: '2024年全市一般公共预算收入为29.40亿元，2025年为31.82亿元，同比增长8.2%，为预算的102.5%，预算数为31.05亿元。\n',
    },
    { why: 'a figure after the comma names another subject: no prior', code: '公用经费2,038.60万元，比上年增长9.9%，人员经费为1,942.50万元。\n' },
  ],
  invalid: [
    {
      why: '(2,038.60 − 1,942.50) / 1,942.50 = 4.95%, stated 9.9%',
      code: '公用经费2,038.60万元，比上年增长9.9%，上年为1,942.50万元，主要是新增办公场所物业费。\n',
      errors: [{ message: '公用经费2,038.60万元，按增加计，上年为1,942.50万元，增幅应为4.95%，而非所写的9.9%', line: 1, column: 21 }],
    },
    {
      why: '92.4 − 90.9 = 1.5, stated 2.5',
      code: '全区营商环境满意度得分92.4分，比上年提高了2.5分，上年为90.9分。\n',
      errors: [{ message: '营商环境满意度得分92.4分比上年90.9分提高2.5分，但两者实际相差1.5分', line: 1, column: 24 }],
    },
    {
      why: '14.06 / 14.80 = 95.0%, stated 97.0%',
      code: '2025年全县基金收入为14.06亿元，为年初预算的97.0%，年初预算为14.80亿元。\n',
      errors: [{ message: '基金收入14.06亿元为年初预算14.80亿元的95.00%，而非所写的97.0%', line: 1, column: 27 }],
    },
  ],
});
