import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A completion rate said to be ahead of the calendar (超序时进度, 快于) while it is behind it, or behind while ahead: the
// 序时进度 as stated, or the stretch's months over twelve (a half year is 50%, ten months 83.3%).
// Snippets written for these tests; none is copied from a real disclosure.
ruleTester(rule, {
  valid: [
    { why: '53.1 is ahead of a half year', code: '上半年，全县地方一般公共预算收入完成年度预算的53.1%，超序时进度3.1个百分点。' },
    { why: '41.4 is behind a half year', code: '上半年，全县政府性基金预算收入完成年度预算的41.4%，低于序时进度8.6个百分点。' },
    { why: '84.8 is ahead of the stated 83.3', code: '1—10月，全区收入完成年度预算的84.8%，快于83.3%的序时进度1.5个百分点。' },
  ],
  invalid: [
    {
      why: '47.2 is behind a half year (50%), written 超',
      code: '上半年，全县一般公共预算支出48.36亿元，完成年度预算102.40亿元的47.2%，超序时进度2.8个百分点。',
      errors: [{ message: '完成年度预算102.40亿元的47.2%小于序时进度50.0%，却写作“超”', line: 1, column: 44 }],
    },
    {
      why: '86.1 is ahead of the stated 83.3, written 慢于',
      code: '1—10月，全市税收收入完成年度预算的86.1%，慢于83.3%的序时进度2.8个百分点。',
      errors: [{ message: '全市税收收入完成年度预算的86.1%大于序时进度83.3%，却写作“慢于”', line: 1, column: 26 }],
    },
    {
      why: '80.2 against three quarters (75%, from the title) is ahead, written 较序时进度低',
      code: '2025年前三季度河西区预算执行情况\n\n教育支出完成年度预算的80.2%，较序时进度低5.2个百分点。',
      errors: [{ message: '教育支出完成年度预算的80.2%大于序时进度75.0%，却写作“低”', line: 3, column: 23 }],
    },
  ],
});
