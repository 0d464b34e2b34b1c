import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A count of places written with the levels it stands with in brackets (乡（镇）, 县（市、区）), a clause of what they did,
// then 分别为/分别是 and their names: the bracket glosses the kind, the names after 分别 are all of them.
// Snippets written for these tests; none is copied from a real disclosure.
ruleTester(rule, {
  valid: [
    { why: 'four places, four names', code: '全县14个乡（镇）中，有4个乡（镇）税收收入同比下降，分别为桃源镇、清溪镇、石门乡、白沙镇，主要受重点企业减产影响。\n' },
    { why: 'three of the levels in brackets, three names after a colon', code: '全市9个县（市、区）中，3个县（市、区）完成全年收入目标，分别是：临水县、东岗区、北塘市。\n' },
    { why: '等地 leaves the names open', code: '有5个镇（街道）一般公共预算收入增幅超过全区平均水平，分别为城南街道、城北街道、河口镇等地。\n' },
    { why: 'the names are not places of the kind: no list of it', code: '有3个镇（街道）列入年度重点考核，分别为财源建设、招商引资两项工作。\n' },
  ],
  invalid: [
    {
      why: 'six places said, five named after 分别为',
      code: '全区10个镇（街道）中，有6个镇（街道）非税收入同比增长，分别为城东街道、城西街道、长岭镇、柳河镇、望江镇。\n',
      errors: [{ message: '所述“6个镇（街道）”，但其后只列举了5项', line: 1, column: 14 }],
    },
    {
      why: 'four said, three named after 分别是：',
      code: '全市12个县（市、区）中，有4个县（市、区）的收入完成进度低于序时进度，分别是：临水县、东岗区、北塘市。\n',
      errors: [{ message: '所述“4个县（市、区）”，但其后只列举了3项', line: 1, column: 15 }],
    },
    {
      why: 'a rate in the clause, three said, two named, then a reason',
      code: '上半年有3个乡（镇）收入完成进度低于40%，分别为桃源镇、石门乡，主要是受重点税源企业停产影响。\n',
      errors: [{ message: '所述“3个乡（镇）”，但其后只列举了2项', line: 1, column: 5 }],
    },
  ],
});
