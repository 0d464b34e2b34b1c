import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 持平 with last year's figure in a clause of its own between the current and the 持平 (X万元，上年Y万元，与上年持平):
// the two figures must agree within rounding. Snippets written for these tests; none is copied from a real disclosure.
ruleTester(rule, {
  valid: [
    { why: 'the same figure', code: '资源税2,310万元，上年2,310万元，与上年持平。\n' },
    { why: 'equal within rounding', code: '印花税1.80亿元，上年1.8亿元，与上年持平。\n' },
    { why: '基本持平 allows a small change', code: '车船税3,120万元，上年3,160万元，与上年基本持平。\n' },
    { why: 'a budget named in the clause, 持平 with last year', code: '车船税3,120万元，预算3,160万元，与上年持平。\n' },
    { why: 'another clause between the prior and 持平', code: '车船税3,120万元，上年3,160万元，主要是车辆保有量增加，与上年持平。\n' },
  ],
  invalid: [
    {
      why: 'the prior in its own clause',
      code: '耕地占用税6,840万元，上年6,480万元，与上年持平。\n',
      errors: [{ message: '耕地占用税6,840万元与上年6,480万元不等，却写作“持平”', line: 1, column: 27 }],
    },
    {
      why: '上年为, hard-wrapped',
      code: '其中环境保护税1,260万元，上年为1,\n320万元，同上年持平。\n',
      errors: [{ message: '环境保护税1,260万元与上年1,320万元不等，却写作“持平”', line: 2, column: 10 }],
    },
  ],
});
