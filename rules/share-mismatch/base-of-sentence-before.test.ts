import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A share that names no base, in the sentence right after one whose share named it (…占一般公共预算支出的比重为79.8%。
// 教育支出9.86亿元，占18.9%): the next sentence, opening with its part and nothing stated between, goes on with that base.
ruleTester(rule, {
  valid: [
    {
      why: '28.40 / 36.50 = 77.8%, 6.92 / 36.50 = 18.96% (truncated 18.9)',
      code: '全县一般公共预算支出完成36.50亿元，增长3.8%。\n\n其中，民生支出28.40亿元，占一般公共预算支出的比重为77.8%。教育支出6.92亿元，占18.9%，主要用于改善办学条件。',
    },
    {
      why: 'a figure stated between the two sentences breaks the thread: 占 a base not known',
      code: '全县一般公共预算支出完成36.50亿元，增长3.8%。\n\n其中，民生支出28.40亿元，占一般公共预算支出的比重为77.8%，比上年提高1.2个百分点。教育支出6.92亿元，占24.4%，主要用于改善办学条件。',
    },
  ],
  invalid: [
    {
      why: '6.92 / 36.50 = 18.96%, stated 19.9%',
      code: '全县一般公共预算支出完成36.50亿元，增长3.8%。\n\n其中，民生支出28.40亿元，占一般公共预算支出的比重为77.8%。教育支出6.92亿元，占19.9%，主要用于改善办学条件。',
      errors: [{ message: '教育支出6.92亿元占一般公共预算支出36.50亿元的19.0%，而非所写的19.9%', line: 3, column: 47 }],
    },
  ],
});
