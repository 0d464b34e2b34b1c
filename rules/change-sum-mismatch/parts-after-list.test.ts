import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// The whole's change, a 其中 list of its parts' levels with no changes, then a sentence giving each listed part's change:
// the parts named by the list are the whole's, and their changes add up to its change.
ruleTester(rule, {
  valid: [
    {
      why: '−212.30 − 318.40 = −530.70',
      code: '2024年本年支出合计6,480.20万元，比上年减少530.70万元，下降7.6%。其中：基本支出3,912.60万元，占60.4%；项目支出2,567.60万元，占39.6%。基本支出比上年减少212.30万元，项目支出比上年减少318.40万元。\n',
    },
    {
      why: 'the sentence after the list states the change of something the list does not name',
      code: '2024年本年支出合计6,480.20万元，比上年减少530.70万元。其中：基本支出3,912.60万元，项目支出2,567.60万元。机关运行经费比上年减少12.30万元，会议费比上年减少4.10万元。\n',
    },
  ],
  invalid: [
    {
      why: '−212.30 − 328.40 = −540.70, stated 减少530.70',
      code: '2024年本年支出合计6,480.20万元，比上年减少530.70万元，下降7.6%。其中：基本支出3,912.60万元，占60.4%；项目支出2,567.60万元，占39.6%。基本支出比上年减少212.30万元，项目支出比上年减少328.40万元。\n',
      errors: [{ message: '本年支出比上年减少530.70万元，但各分项增减之和为减少540.70万元（- 212.30 - 328.40），相差10.00万元', line: 1, column: 28 }],
    },
  ],
});
