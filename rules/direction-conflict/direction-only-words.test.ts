import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A drafter's other words for a move said with no figure after them (有所增多, 继续走高, 持续走低, 逐步攀升), against last
// year's level given in brackets right after the comparison: the word's direction against the two levels. Snippets
// written for these tests; none is copied from a real disclosure.
ruleTester(rule, {
  valid: [
    { why: 'a rise said 有所增多', code: '职工基本医疗保险基金当年结余6,420万元，比上年（5,180万元）有所增多，主要是缴费基数提高。\n' },
    { why: 'a fall said 继续走低', code: '平均中标价格下浮率为6.8%，较上年（7.4%）继续走低。\n' },
    { why: '基本持平 is no direction', code: '城乡居民医保基金当年结余1,300万元，与上年（1,320万元）基本持平。\n' },
  ],
  invalid: [
    {
      why: '有所增多 while the balance fell',
      code: '    城乡居民基本医疗保险基金当年结余1,300万元，比上年（2,860万元）有所增多，主要是待遇\n水平提高后支出增幅高于收入增幅。\n',
      errors: [{ message: '城乡居民基本医疗保险基金当年结余1,300万元小于上年2,860万元，却写作“增多”', line: 1, column: 43 }],
    },
    {
      why: '继续走高 of a share while it fell',
      code: '授予中小企业合同金额占比为79.0%，较上年（80.2%）继续走高，政策效应持续显现。\n',
      errors: [{ message: '授予中小企业合同金额占比79.0%小于上年80.2%，却写作“走高”', line: 1, column: 32 }],
    },
    {
      why: '持续攀升 of a rate while it fell',
      code: '项目支出执行率92.4%，较上年的95.1%持续攀升。\n',
      errors: [{ message: '项目支出执行率92.4%小于上年95.1%，却写作“攀升”', line: 1, column: 25 }],
    },
  ],
});
