import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A rate said to move from one level to another by its verb alone (债务率由上年的118.6%下降至112.4%, 从…%升至…%): the
// rate after 由/从 is where the move starts, as an amount there is, and the verb's direction is checked against the two.
// Snippets written for these tests; none is copied from a real disclosure.
ruleTester(rule, {
  valid: [
    { why: 'a fall said 下降至', code: '按照财政部测算口径，全县政府债务率由上年的118.6%下降至112.4%，风险等级由橙色转为黄色。\n' },
    { why: 'a rise said 升至, the year named', code: '全区财政自给率由2024年的42.5%升至45.8%，主要是税收收入增长较快。\n' },
    { why: 'a rise said 提高到, the points stated as well', code: '项目预算执行率从上年的86.2%提高到93.1%，提高6.9个百分点。\n' },
    { why: 'a growth rate easing, 回落至', code: '一般公共预算收入增幅由上年同期的6.2%回落至4.8%。\n' },
    { why: '由 opens the rate of a change in points, no level reached', code: '综合债务率由上年的126.8%下降3.1个百分点，为123.7%。\n' },
  ],
  invalid: [
    {
      why: '下降至 while the rate rose',
      code: '经测算，全县综合债务率由上年的121.6%下降至124.3%，仍处于黄色风险区间。\n',
      errors: [{ message: '综合债务率124.3%大于上年121.6%，却写作“下降至”', line: 1, column: 22 }],
    },
    {
      why: '上升到 while the rate fell, the year named',
      code: '全市政府负债率从2024年的38.2%上升到35.6%。\n',
      errors: [{ message: '政府负债率35.6%小于2024年38.2%，却写作“上升到”', line: 1, column: 20 }],
    },
    {
      why: '提高至 while the rate fell, no stage named',
      code: '县级财政自给率由45.8%提高至42.5%，收支矛盾进一步加剧。\n',
      errors: [{ message: '财政自给率42.5%小于原来的45.8%，却写作“提高至”', line: 1, column: 14 }],
    },
  ],
});
