import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A change of the money an evaluation covered (评价资金, 参评资金) stating only its amount and rate, right after the sentence
// naming the evaluation and the money it involved (开展重点评价，涉及资金…): that money is its current, and the prior is it
// less the amount. Only the sentence right before, only one such amount in it. Snippets written for these tests; none is
// copied from a real disclosure.
const SCOPE = '本年度县财政局选取9个项目开展重点绩效评价，涉及资金18,600万元，占全县项目支出的15.5%。';
const SCOPE_2025 = '2025年，区财政局对15个项目组织开展绩效评价，评价涉及资金13,800万元。\n\n';
ruleTester(rule, {
  valid: [
    { why: '2,600 on 16,000 = 16.25%', code: `${SCOPE}评价资金比上年增加2,600万元，增长16.3%，覆盖面进一步扩大。\n` },
    { why: 'a fall, 参评资金 with its year, the paragraph before: 1,200 on 15,000 = 8.0%', code: `${SCOPE_2025}2025年参评资金较上年减少1,200万元，下降8.0%。\n` },
    {
      why: 'a sentence between: the level is not the one right before',
      code: `${SCOPE}评价工作由第三方机构实施。评价资金比上年增加2,600万元，增长12.0%。\n`,
    },
    {
      why: 'the money before names no evaluation',
      code: '全年安排项目支出涉及资金18,600万元。评价资金比上年增加2,600万元，增长12.0%。\n',
    },
  ],
  invalid: [
    {
      why: '2,600 on 16,000 = 16.25%, stated 14.0%',
      code: `${SCOPE}评价资金比上年增加2,600万元，增长14.0%，覆盖面进一步扩大。\n`,
      errors: [{ message: '评价资金18,600万元，按增加2,600万元计，上年为16000万元，增幅应为16.25%，而非所写的14.0%', line: 1, column: 69 }],
    },
    {
      why: '1,200 on 15,000 = 8.0%, stated 8.7%',
      code: `${SCOPE_2025}2025年参评资金较上年减少1,200万元，下降8.7%。\n`,
      errors: [{ message: '参评资金13,800万元，按减少1,200万元计，上年为15000万元，降幅应为8.00%，而非所写的8.7%', line: 3, column: 25 }],
    },
  ],
});
