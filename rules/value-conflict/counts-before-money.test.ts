import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A clause of counts (接待多少批次、人次, 车辆几辆) before a money clause is what the money paid for, no frame of it: the
// money clause states the item's level as a sentence opening on it does. Snippets written for these tests; none is
// copied from a real disclosure.
const NOTE = (first: string, second: string) =>
  `青岚县农业农村局2025年度部门决算说明\n\n一、“三公”经费支出情况\n\n${first}\n\n${second}\n`;

ruleTester(rule, {
  valid: [
    { why: 'the same amount after the counts', code: NOTE('公务接待费决算数为5.42万元，比预算减少0.38万元。', '全年接待省市检查调研42批次、318人次，公务接待费5.42万元，均执行接待清单制度。') },
    { why: 'a per-visit figure after the counts is no level', code: NOTE('公务接待费决算数为5.42万元。', '全年接待42批次，批均接待费0.13万元。') },
    { why: 'money in the lead: a reckoning, not counts', code: NOTE('公务接待费决算数为5.42万元。', '扣除会议接待2.10万元、42批次，公务接待费3.32万元。') },
    { why: 'last year’s counts frame last year’s money', code: NOTE('公务接待费决算数为5.42万元。', '上年接待51批次，较上年减少9批次，公务接待费4.90万元。') },
  ],
  invalid: [
    {
      why: 'counts in 批次 and 人次, then the item with 支出',
      code: NOTE('2025年度公务接待费支出5.42万元，主要用于接待上级检查调研。', '全年接待省市检查调研42批次、318人次，公务接待费支出5.24万元，均执行接待清单制度。'),
      errors: [{ message: '2025年度公务接待费支出在前文为5.42万元，此处却为5.24万元', line: 7, column: 29 }],
    },
    {
      why: 'a count of cars, then their running cost',
      code: NOTE('2025年度公务用车运行维护费支出12.80万元，主要用于燃料费和维修费。', '2025年度实有公务用车6辆，公务用车运行维护费12.08万元，单车平均运行费用2.01万元。'),
      errors: [{ message: '2025年度公务用车运行维护费支出在前文为12.80万元，此处却为12.08万元', line: 7, column: 25 }],
    },
    {
      why: 'counts with a thousands comma, the money said without 支出',
      code: NOTE('公务接待费支出决算18.60万元。', '全年国内公务接待96批次、1,206人次，公务接待费16.80万元。'),
      errors: [{ message: '2025年公务接待费支出决算在前文为18.60万元，此处却为16.80万元', line: 7, column: 27 }],
    },
  ],
});
