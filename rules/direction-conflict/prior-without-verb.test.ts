import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// Last year's level set after this year's with no verb (，上年3.60万元 | （上年3.60万元） | ，上年数3.60万元), then the change.
// Snippets written for these tests; none is copied from a real disclosure.
ruleTester(rule, {
  valid: [
    { why: '3.20 < 3.60 and 减少', code: '公务接待费3.20万元，上年3.60万元，比上年减少0.40万元，主要是压减接待批次。' },
    { why: 'the same in brackets', code: '公务接待费3.20万元（上年3.60万元），比上年减少0.40万元。' },
    { why: '上年数 after a comma', code: '会议费12.50万元，上年数10.80万元，比上年增加1.70万元，主要是召开换届工作会议。' },
  ],
  invalid: [
    {
      why: '3.20 < 3.60, said 增加',
      code: '公务接待费3.20万元，上年3.60万元，比上年增加0.40万元，主要是压减接待批次。',
      errors: [{ message: '公务接待费3.20万元小于上年3.60万元，却写作“增加”', line: 1, column: 25 }],
    },
    {
      why: 'the same in brackets',
      code: '公务接待费3.20万元（上年3.60万元），比上年增加0.40万元。',
      errors: [{ message: '公务接待费3.20万元小于上年3.60万元，却写作“增加”', line: 1, column: 26 }],
    },
    {
      why: '上年数 after a comma, 12.50 > 10.80, said 减少',
      code: '会议费12.50万元，上年数10.80万元，比上年减少1.70万元，主要是召开换届工作会议。',
      errors: [{ message: '会议费12.50万元大于上年10.80万元，却写作“减少”', line: 1, column: 26 }],
    },
  ],
});
