import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 比年初预算X超收D，较上年的P增长R%: the rate after a prior named in a comparison of its own is against that prior
// (上年), not the budget the gap before it was taken on. Snippets written for these tests.
ruleTester(rule, {
  valid: [
    {
      why: '+6.09% on last year’s 61.10; the 2.82 is the gap to the opening budget',
      code: '2024年，全区一般公共预算收入合计64.82亿元，比年初预算62.00亿元超收2.82亿元，较上年的61.10亿元增长6.1%，增幅比上年提高1.3个百分点。\n',
    },
    {
      why: 'short by 310 against the budget, up 5.4% on last year’s 8,960',
      code: '全年非税收入完成9,442万元，比年初预算9,752万元短收310万元，比上年的8,960万元增长5.4%。\n',
    },
  ],
  invalid: [
    {
      why: '64.82 on 61.10 is +6.09%, written 7.1%',
      code: '2024年，全区一般公共预算收入合计64.82亿元，比年初预算62.00亿元超收2.82亿元，较上年的61.10亿元增长7.1%，增幅比上年提高1.3个百分点。\n',
      errors: [{ message: '一般公共预算收入64.82亿元，按增加计，上年为61.10亿元，增幅应为6.09%，而非所写的7.1%', line: 1, column: 61 }],
    },
  ],
});

// 比年初预算9,752万元短收310万元: the budget's own figure between 比 and the gap verb, its thousands comma no clause
// mark: 310 is the gap, not a level of its own.
ruleTester(rule, {
  valid: [
    { why: 'the gap to a budget stated with its figure is no level', code: '全年非税收入完成9,442万元，比年初预算9,752万元短收310万元，比上年的8,960万元增长5.4%。\n' },
    { why: 'a saving to a budget of millions', code: '“三公”经费支出1,286.40万元，比年度预算1,412.00万元节约125.60万元，比上年的1,204.80万元增长6.8%。\n' },
  ],
  invalid: [
    {
      why: 'the gap is 310, and 9,442 on 8,960 is +5.38%, written 6.4%',
      code: '全年非税收入完成9,442万元，比年初预算9,752万元短收310万元，比上年的8,960万元增长6.4%。\n',
      errors: [{ message: '全年非税收入9,442万元，按增加计，上年为8,960万元，增幅应为5.38%，而非所写的6.4%', line: 1, column: 50 }],
    },
  ],
});
