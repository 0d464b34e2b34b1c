import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// An amount named by a change word with no comparison before it (户均增收, 节约资金), then compared with last year's amount in
// the same unit and a rate: the amount is this year's level, the rate is of it on last year's. Snippets written for these
// tests; none is copied from a real disclosure.
ruleTester(rule, {
  valid: [
    { why: '1,650 on 1,500 = +10.0%', code: '通过技术培训，参训农户人均增收1,650元，较上年1,500元增长10.0%，带动效应持续显现。\n' },
    { why: 'a change against the budget first: 增收 is a gap, not a level', code: '全镇税收收入4,286万元，比年初预算4,080万元增收206万元，比上年的3,962万元增长8.2%。\n' },
  ],
  invalid: [
    {
      why: '人均增收, 增长',
      code: '通过技术培训，参训农户人均增收1,650元，较上年1,500元增长12.0%，带动效应持续显现。\n',
      errors: [{ message: '参训农户人均增收1,650元，按增加计，上年为1,500元，增幅应为10.00%，而非所写的12.0%', line: 1, column: 34 }],
    },
    {
      why: '节约, 比上年的',
      code: '通过政府集中采购，全年节约1,286.40万元，比上年的1,120.00万元增长12.0%，采购规模扩大是主要原因。\n',
      errors: [{ message: '全年节约1,286.40万元，按增加计，上年为1,120.00万元，增幅应为14.86%，而非所写的12.0%', line: 1, column: 41 }],
    },
    {
      why: '减支, 较去年',
      code: '全县严格执行过紧日子要求，累计减支3,260万元，较去年2,980万元增长11.2%，主要压减会议和差旅支出。\n',
      errors: [{ message: '累计减支3,260万元，按增加计，上年为2,980万元，增幅应为9.40%，而非所写的11.2%', line: 1, column: 38 }],
    },
  ],
});
