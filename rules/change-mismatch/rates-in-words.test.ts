import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// Rates written in words (百分之九点五), as a report written to be read aloud states them.
// Snippets written for these tests; none is copied from a real disclosure.
ruleTester(rule, {
  valid: [
    { why: '318 / (4,060 − 318) = 8.50%', code: '契税完成4,060万元，比上年度多收318万元，增长百分之八点五。\n' },
  ],
  invalid: [
    {
      why: '318 / 3,742 = 8.50%, stated 9.5',
      code: '契税完成4,060万元，比上年度多收318万元，增长百分之九点五。\n',
      errors: [{ message: '契税4,060万元，按增加318万元计，上年为3742万元，增幅应为8.50%，而非所写的百分之九点五', line: 1, column: 27 }],
    },
  ],
});
