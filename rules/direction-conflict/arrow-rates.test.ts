import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 图解预算 arrows are directions: ▲/↑ a rise, ▼/↓ a fall, against the verb of the change beside them.
// Snippets written for these tests; none is copied from a real disclosure.
ruleTester(rule, {
  valid: [
    {
      why: '增加 with ▲, 减少 with ↓',
      code: '国有资本经营预算收入1.86亿元，比上年增加0.24亿元，▲14.8%。\n“三公”经费预算2,380万元，比上年减少130万元，↓5.2%。',
    },
  ],
  invalid: [
    {
      why: '增加 with ▼',
      code: '国有资本经营预算收入1.86亿元，比上年增加0.24亿元，▼14.8%。',
      errors: [{ message: '国有资本经营预算收入比上年增加0.24亿元，却写作“▼14.8%”', line: 1, column: 30 }],
    },
    {
      why: '减少 with ↑',
      code: '“三公”经费预算2,380万元，比上年减少130万元，↑5.2%。',
      errors: [{ message: '“三公”经费预算比上年减少130万元，却写作“↑5.2%”', line: 1, column: 28 }],
    },
  ],
});
