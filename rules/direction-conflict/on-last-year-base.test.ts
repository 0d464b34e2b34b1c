import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// Last year's level named as a base phrase (在上年X万元的基础上实现增收 / 继续下降), no amount of change after the word:
// the word's direction against the two levels. Snippets written for these tests; none is copied from a real disclosure.
ruleTester(rule, {
  valid: [
    { why: 'a rise said 实现增收', code: '契税28,640万元，在上年25,120万元的基础上实现增收，主要是住房交易回暖。\n' },
    { why: 'a fall said 继续下降', code: '专项收入6,320万元，在上年6,980万元的基础上继续下降。\n' },
    { why: 'a base phrase with no figure', code: '资源税1,480万元，在上年基础上实现增收。\n' },
    { why: 'a budget base, not last year', code: '教育支出96,400万元，在年初预算98,000万元的基础上有所增加。\n' },
    { why: 'the phrase with a figure after 增收 is no direction alone', code: '房产税9,860万元，在上年9,420万元的基础上增收440万元。\n' },
  ],
  invalid: [
    {
      why: '实现增收 while it fell',
      code: '受市场调整影响，耕地占用税18,260万元，在上年21,040万元的基础上实现增收。\n',
      errors: [{ message: '耕地占用税18,260万元小于上年21,040万元，却写作“增收”', line: 1, column: 40 }],
    },
    {
      why: '有所下降 while it rose, 上年决算 named',
      code: '卫生健康支出3.86亿元，在上年决算3.52亿元的基础上，有所下降。\n',
      errors: [{ message: '卫生健康支出3.86亿元大于上年3.52亿元，却写作“下降”', line: 1, column: 32 }],
    },
  ],
});
