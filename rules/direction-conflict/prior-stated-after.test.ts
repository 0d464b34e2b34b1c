import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// Last year's level stated after the change under its own name (比上年增长3.1%，上年为X): a rise that is a fall.
// Snippets written for these tests; none is copied from a real disclosure.
ruleTester(rule, {
  valid: [
    { why: '2,038.60 is above 1,942.50: a rise', code: '公用经费2,038.60万元，比上年增长4.9%，上年为1,942.50万元。\n' },
    { why: '上年 names the budget of another subject after a full stop', code: '公用经费1,842.60万元，比上年增长4.9%。上年预算为1,942.50万元。\n' },
  ],
  invalid: [
    {
      why: '1,842.60 is below 1,942.50, written as a rise',
      code: '公用经费1,842.60万元，比上年增长4.9%，上年为1,942.50万元，主要是新增办公场所物业费。\n',
      errors: [{ message: '公用经费1,842.60万元小于上年1,942.50万元，却写作“增长4.9%”', line: 1, column: 19 }],
    },
  ],
});

// A rate and an amount of change of one level, in neighbouring clauses, in opposite directions.
ruleTester(rule, {
  valid: [{ why: 'both say a fall', code: '全县土地出让收入21.40亿元，同比下降了8.6%，比上年减收2.02亿元。\n' }],
  invalid: [
    {
      why: '下降 and 多收 of one level against one base',
      code: '全县土地出让收入21.40亿元，同比下降了8.6%，比上年多收2.02亿元，主要是出让地块减少。\n',
      errors: [{ message: '土地出让收入比上年多2.02亿元，却写作“下降8.6%”', line: 1, column: 19 }],
    },
  ],
});
