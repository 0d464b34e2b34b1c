import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// Occasions counted, then when each was held (分别于3月、5月…): one date per batch, sitting or round. Things that are
// no occasions (three projects 分别于3月、5月开工) may share a date, and are not counted against the dates.
ruleTester(rule, {
  valid: [
    { why: 'four batches, four months', code: '2024年全区共发行地方政府债券四批次，分别于3月、6月、9月和11月完成发行。\n' },
    { why: 'two sittings, two dates', code: '年内召开两次预算审查会议，分别于4月12日、10月20日召开。\n' },
    { why: 'dates joined by 和 are left unread', code: '全年组织财政资金专项检查三次，分别于5月和10月开展。\n' },
    { why: 'projects may share a month', code: '三个续建项目分别于3月、5月开工，年底前全部完工。\n' },
  ],
  invalid: [
    {
      why: 'five batches, four months',
      code: '2024年全区共发行政府债券五批次，分别于3月、5月、8月、11月发行，发行总额23.10亿元。\n',
      errors: [{ message: '所述“五批次”，但其后只列举了4项', line: 1, column: 15 }],
    },
    {
      why: 'three checks, two dates',
      code: '全年组织财政资金专项检查三次，分别于5月、10月开展。\n',
      errors: [{ message: '组织财政资金专项检查所述数量为“三次”，但其后只列举了2项', line: 1, column: 13 }],
    },
  ],
});
