import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A report on a year's execution measures its outturn against the budget that year's adjustment set: the adjustment plan
// whose 调整为 amount the text gives as the title year's adjusted budget (and for no other year) is the title year's plan.
// Snippets written for these tests; none is copied from a real disclosure.
const EXECUTION = (adjusted: string) =>
  `柳川市2025年政府性基金预算执行情况\n\n一、支出执行情况\n\n2025年，全市政府性基金预算支出86.40亿元，为调整预算92.10亿元的93.8%。${adjusted}\n`;

ruleTester(rule, {
  valid: [
    { why: 'the title year’s plan', code: EXECUTION('根据市人大常委会批准的2025年政府性基金预算调整方案，全市基金支出预算调整为92.10亿元。') },
    { why: 'an amount the text never gives as this year’s adjusted budget', code: EXECUTION('根据市人大常委会批准的2024年政府性基金预算调整方案，全市基金支出预算调整为88.60亿元。') },
    { why: 'a comparison with the year before', code: EXECUTION('2024年政府性基金预算调整方案将支出预算调整为92.10亿元，比上年有所增加。') },
  ],
  invalid: [
    {
      why: '批准的…调整方案, its amount the title year’s adjusted budget',
      code: EXECUTION('根据市人大常委会批准的2024年政府性基金预算调整方案，全市基金支出预算调整为92.10亿元。'),
      errors: [{ message: '标题为2025年预算执行，本年预算所依据的调整方案应为2025年，此处却写作2024年', line: 5, column: 56 }],
    },
    {
      why: 'the plan opening the sentence, 调整至',
      code: EXECUTION('经审议通过的2024年市本级政府性基金预算调整方案，将基金支出预算调整至92.10亿元。'),
      errors: [{ message: '标题为2025年预算执行，本年预算所依据的调整方案应为2025年，此处却写作2024年', line: 5, column: 51 }],
    },
  ],
});
