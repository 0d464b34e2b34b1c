import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// Shares of one whole in one sentence, the whole named once: A占B的69.3%，C所占比重为28.2%，D占比为…
// Snippets written for these tests; none is copied from a real disclosure.
const doc = (second: string) =>
  '2024年度“三公”经费支出368.40万元，其中：因公出国（境）费12.60万元，公务用车购置及运行维护费251.30万元，公务接待费104.50万元。' +
  `公务用车购置及运行维护费占“三公”经费的68.2%，公务接待费所占比重为${second}，因公出国（境）费占比为3.4%。\n`;

ruleTester(rule, {
  valid: [
    { why: '104.50 / 368.40 = 28.4%', code: doc('28.4%') },
  ],
  invalid: [
    {
      why: '104.50 / 368.40 = 28.4%, stated 26.4%',
      code: doc('26.4%'),
      errors: [{ message: '公务接待费104.50万元占“三公”经费368.40万元的28.4%，而非所写的26.4%', line: 1, column: 114 }],
    },
  ],
});
