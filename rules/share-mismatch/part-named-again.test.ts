import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A part stated with its verb (非税收入完成15,578万元) and named again before 占 (非税收入占…的比重为): the verb is no part
// of its name. Snippets written for these tests; none is copied from a real disclosure.
const REPORT = (share: string) =>
  `某县2025年1-9月财政收支执行情况\n\n1-9月，全县一般公共预算收入完成64,200万元，同比下降0.6%。9月当月完成7,140万元。其中，税收收入完成52,420万元，同比减收610万元；非税收入完成11,780万元，同比增收320万元，非税收入占一般公共预算收入的比重为${share}。`;
ruleTester(rule, {
  valid: [{ why: '11,780 / 64,200 = 18.3%', code: REPORT('18.3%') }],
  invalid: [
    {
      why: '11,780 / 64,200 = 18.3%, stated 19.3%',
      code: REPORT('19.3%'),
      errors: [{ message: '非税收入完成11,780万元占一般公共预算收入64,200万元的18.3%，而非所写的19.3%', line: 3, column: 120 }],
    },
  ],
});
