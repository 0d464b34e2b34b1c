import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// Two readings of where a change's figures end. A rate after another rate of the same figure names its own base in
// its own clause (比上年执行数下降4.0%，比上年年初预算增长1.9%); a delta inside brackets belongs to the aside, not to
// the rate after the bracket closes (（年初预算…，年中调增3.62亿元），比上年增长2.9%). Snippets written for these tests.
ruleTester(rule, {
  valid: [
    {
      why: 'against 执行数 38.75: −4.00%; against 年初预算 36.50: +1.92%, each rate of its own base',
      code: '2024年全县一般公共预算支出执行数38.75亿元，年初预算36.50亿元。\n2025年全县一般公共预算支出安排37.20亿元，比上年执行数下降4.0%，比上年年初预算增长1.9%。\n',
    },
    {
      why: 'the adjustment inside the brackets is no change on last year: 2.9% is 38.75 on 37.66',
      code: '全县一般公共预算支出完成38.75亿元，为调整预算40.12亿元的96.6%（年初预算为36.50亿元，年中因上级追加转移支付调增3.62亿元），比上年增长2.9%。上年支出为37.66亿元。\n',
    },
    {
      why: 'half-width brackets: the same',
      code: '本年收入完成12.60亿元(年初预算11.80亿元,年中调增0.80亿元),比上年增长3.3%。\n',
    },
  ],
  invalid: [
    {
      why: 'a delta and its rate inside the brackets are still one change: 0.80 / 11.80 = 6.78%, stated 8.8%',
      code: '本年收入预算调整为12.60亿元（比年初预算11.80亿元增加0.80亿元，增长8.8%），执行良好。\n',
      errors: [{ message: '本年收入预算调整12.60亿元，按增加0.80亿元计，年初预算为11.80亿元，增幅应为6.78%，而非所写的8.8%', line: 1, column: 41 }],
    },
  ],
});
