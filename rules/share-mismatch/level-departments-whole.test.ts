import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 2026年市级部门“三公”经费财政拨款预算合计… then 公务接待费…，占“三公”经费预算的…: the departments of a level (市级部门, 区级部门)
// taken together are that level's whole, as 本部门 is one department's; a share naming the item alone is of it. Snippets
// written for these tests.
const SANGONG = (share: string) =>
  `2026年市级部门“三公”经费财政拨款预算合计1,250.00万元，比上年下降4.0%。\n\n公务接待费预算310.00万元，占“三公”经费预算的${share}。\n`;
const MEETINGS = (share: string) => `2025年县级部门会议费预算安排合计860.00万元，主要用于全县性工作会议。\n\n教育系统会议费215.00万元，占会议费预算的${share}，主要是教师培训会议。\n`;
ruleTester(rule, {
  valid: [
    { why: '310 / 1,250 = 24.80%', code: SANGONG('24.8%') },
    { why: '215 / 860 = 25.00%', code: MEETINGS('25.0%') },
    {
      why: 'the level’s departments and its own 本级 stated with two amounts: which the share is of is not said',
      code: '2025年区级部门“三公”经费预算合计400.00万元，区本级“三公”经费预算合计300.00万元。\n\n公务用车运行维护费120.00万元，占“三公”经费预算的40.0%。\n',
    },
    {
      why: 'a share of another item than the level’s whole names: not read',
      code: '2026年市级部门“三公”经费财政拨款预算合计1,250.00万元。\n\n公务接待费预算310.00万元，占接待经费的60.0%。\n',
    },
  ],
  invalid: [
    {
      why: '310 / 1,250 = 24.80%, stated 26.8%',
      code: SANGONG('26.8%'),
      errors: [{ message: '公务接待费预算310.00万元占“三公”经费预算1,250.00万元的24.8%，而非所写的26.8%', line: 3, column: 27 }],
    },
    {
      why: '215 / 860 = 25.00%, stated 28.0%',
      code: MEETINGS('28.0%'),
      errors: [{ message: '教育系统会议费215.00万元占会议费预算860.00万元的25.0%，而非所写的28.0%', line: 3, column: 24 }],
    },
  ],
});
