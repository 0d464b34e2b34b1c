import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 与上年预算持平（上年12.60万元）: the bracket after 持平 names the base by its year alone, repeating the base the 持平 named with
// its measure; the figure in it is that base's. A bracket naming another measure (上年决算) is not. Snippets written for
// these tests; none is copied from a real disclosure.
ruleTester(rule, {
  valid: [
    { why: 'the same figure', code: '公务接待费9.60万元，与上年预算持平（上年9.60万元）。\n' },
    { why: 'another measure in the bracket', code: '公务接待费9.60万元，与上年预算持平（上年决算8.90万元）。\n' },
    { why: '基本持平 allows a small change', code: '公务接待费9.60万元，与上年预算基本持平（上年9.80万元）。\n' },
  ],
  invalid: [
    {
      why: 'the bracket opened at a line’s end, closed on the next',
      code: '比上年减少1.60万元，主要是一辆执法用车按规定报废；公务接待费11.80万元，与上年预算持平（\n上年12.60万元）。\n',
      errors: [{ message: '公务接待费11.80万元与上年预算12.60万元不等，却写作“持平”', line: 1, column: 46 }],
    },
    {
      why: '与上年决算数持平，上年为…',
      code: '会议费18.40万元，与上年决算数持平，上年为16.20万元。\n',
      errors: [{ message: '会议费18.40万元与上年16.20万元不等，却写作“持平”', line: 1, column: 18 }],
    },
  ],
});
