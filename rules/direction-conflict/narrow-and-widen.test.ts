import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 缩小 and 扩大: a ratio or a gap that narrows has fallen, one that widens has risen. Snippets written for these
// tests; none is copied from a real disclosure.
ruleTester(rule, {
  valid: [
    { why: '2.03 below 2.05: it narrowed', code: '全县城乡居民收入比为2.03，比上年的2.05有所缩小，城乡收入差距持续改善。' },
    { why: '1.96 above 1.88: it widened', code: '全区城乡居民收入比为1.96，比上年的1.88有所扩大。' },
  ],
  invalid: [
    {
      why: '2.08 above 2.05, called 缩小',
      code: '全县城乡居民收入比为2.08，比上年的2.05有所缩小，城乡收入差距持续改善。',
      errors: [{ message: '城乡居民收入比2.08大于上年2.05，却写作“缩小”', line: 1, column: 26 }],
    },
  ],
});
