import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A level said to move from one figure to another by its verb alone (由上年预算的240.00万元降至186.00万元, 从…增加到…), with
// no amount or rate of the move: the verb's direction against the two figures. 升至 states a rise as 上升至 does.
// Snippets written for these tests; none is copied from a real disclosure.
ruleTester(rule, {
  valid: [
    { why: 'a fall said 降至', code: '公务用车购置费由上年预算的168.00万元降至132.00万元，主要是车辆更新计划推迟。\n' },
    { why: 'a rise said 升至', code: '运行维护费占公务用车经费的比重由72.6%升至78.4%，主要是车辆老化维修增加。\n' },
    { why: 'a move with its amount is read with it', code: '接待批次由86批次减至64批次，减少22批次。\n' },
    { why: 'two figures of different things', code: '培训人次由420人次增加到38场次。\n' },
  ],
  invalid: [
    {
      why: '升至 while the level fell, the stage named',
      code: '（二）公务用车购置费。2026年预算168.00万元，比上年预算减少72.00万元。\n公务用车购置费由上年预算的240.00万元升至168.00万元，全部用于执法执勤车辆更新。\n',
      errors: [{ message: '公务用车购置费168.00万元小于上年预算240.00万元，却写作“升至”', line: 2, column: 22 }],
    },
    {
      why: '下降到 while the level rose, no stage named',
      code: '全市政府采购合同授予中小企业的金额从58.62亿元下降到64.18亿元，中小企业获得感持续增强。\n',
      errors: [{ message: '政府采购合同授予中小企业的金额64.18亿元大于原来的58.62亿元，却写作“下降到”', line: 1, column: 26 }],
    },
    {
      why: '增加至 while the level fell, the year named, tab-indented',
      code: '\t培训费由2025年的36.40万元增加至28.60万元，主要是培训改为线上举办。\n',
      errors: [{ message: '培训费28.60万元小于2025年36.40万元，却写作“增加至”', line: 1, column: 19 }],
    },
  ],
});
