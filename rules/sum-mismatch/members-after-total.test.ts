import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A total of a partition the domain knows complete (“三公”经费, 税收返还和转移支付), stated alone, then right after it
// each member's amount in a sentence or a line of its own, every member once: the members are its parts.
// Snippets written for these tests; none is copied from a real disclosure.
ruleTester(rule, {
  valid: [
    {
      why: 'one a line: 120 + 1,460 + 800 = 2,380',
      code: '“三公”经费预算\n2,380万元\n▼5.2%\n因公出国（境）费\n120万元\n公务用车购置及运行维护费\n1,460万元\n公务接待费\n800万元',
    },
    {
      why: 'two members only: the third is not said, so the list may be short',
      code: '2025年“三公”经费预算2,380万元。公务用车购置及运行维护费1,460万元。公务接待费800万元。',
    },
    {
      why: 'a member stated with a second amount (预算 and 决算) is no statement of its amount alone',
      code: '2024年“三公”经费决算2,300万元。因公出国（境）费预算120万元，决算110万元。公务用车购置及运行维护费1,420万元。公务接待费770万元。',
    },
  ],
  invalid: [
    {
      why: 'sentences of one paragraph: 120 + 1,460 + 860 = 2,440, stated 2,380',
      code: '2025年“三公”经费预算2,380万元，比上年下降5.2%。因公出国（境）费120万元。公务用车购置及运行维护费1,460万元。公务接待费860万元。',
      errors: [{ message: '“三公”经费预算合计2,380万元，但分项之和为2440万元（120 + 1460 + 860），相差60万元', line: 1, column: 14 }],
    },
    {
      why: 'lines of their own: 返还性收入 + 一般性转移支付 + 专项转移支付 = 92,160, stated 91,260',
      code: '2025年上级税收返还和转移支付收入91,260万元。\n返还性收入4,820万元\n一般性转移支付收入68,420万元\n专项转移支付收入18,920万元',
      errors: [{ message: '上级税收返还和转移支付收入合计91,260万元，但分项之和为92160万元（4820 + 68420 + 18920），相差900万元', line: 1, column: 19 }],
    },
  ],
});
