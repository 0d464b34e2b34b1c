import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A document that names one jurisdiction as a whole (全镇, 全县) and no level or part of it: a book's total said later
// with no scope (上半年一般公共预算支出…, 1—9月一般公共预算收入…) is that whole's, the statement the scoped one made.
// A document that also speaks of 县本级, 各乡镇 or 本部门, another stretch of months, a 其中 part, a budget against an
// outturn, last year's figure or an approximate one states something else.
// Snippets written for these tests; none is copied from a real disclosure.

const TOWN = (later: string) =>
  [
    '青溪镇2025年1—6月财政收支情况',
    '',
    '一、收入情况',
    '1—6月，全镇财政总收入完成5,132万元，占年度目标任务的51.6%，同比增长3.2%。',
    '',
    '二、支出情况',
    '1—6月，全镇一般公共预算支出4,270万元，为年初预算8,310万元的51.4%，同比增长2.1%。其中民生支出3,344万元。',
    '',
    '三、下半年工作安排',
    later,
  ].join('\n');

const COUNTY = (later: string, extra = '') =>
  [
    '2025年1—9月石桥县财政收支情况',
    '',
    '（一）收入情况。1—9月，全县一般公共预算收入完成26,480万元，同比增长4.8%，其中税收收入18,620万元。' + extra,
    '',
    '（二）支出情况。1—9月，全县一般公共预算支出完成51,760万元，同比增长3.6%，教育、卫生健康等民生支出保障有力。',
    '',
    '（三）需要关注的问题',
    later,
  ].join('\n');

ruleTester(rule, {
  valid: [
    { why: 'the same 上半年 total restated as it was', code: TOWN('上半年一般公共预算支出4,270万元，保障了基层正常运转，下半年将继续压减一般性支出。') },
    { why: '上年同期 is last year’s stretch', code: TOWN('上年同期一般公共预算支出4,182万元，下半年将继续压减一般性支出。') },
    { why: 'the whole year’s budget is another period and measure', code: TOWN('全年一般公共预算支出预算8,310万元，下半年将加快支出进度。') },
    { why: 'an approximate figure restates nothing', code: TOWN('上半年一般公共预算支出约4,720万元，下半年将继续压减一般性支出。') },
    { why: 'a 其中 part of the spending is no restatement of the total', code: TOWN('上半年一般公共预算支出中，民生支出3,434万元，占比较高。') },
    { why: 'another stretch of months (1—5月) is another period', code: TOWN('1—5月一般公共预算支出3,520万元，6月支出进度明显加快。') },
    {
      why: 'a document that also speaks of the county’s own level leaves an unscoped statement’s scope unknown',
      code: COUNTY('1—9月一般公共预算收入完成24,680万元，非税收入占比偏高，收入质量有待提升。', '县本级一般公共预算收入完成9,840万元。'),
    },
    {
      why: 'a document that speaks of the parts of its whole (各乡镇) leaves an unscoped statement’s scope unknown',
      code: COUNTY('1—9月一般公共预算收入完成24,680万元，非税收入占比偏高，收入质量有待提升。', '各乡镇收入进度不一。'),
    },
  ],
  invalid: [
    {
      why: '上半年 in a report of 1—6月, no scope in a town’s report that only says 全镇',
      code: TOWN('上半年一般公共预算支出4,720万元，保障了基层正常运转，下半年将继续压减一般性支出。'),
      errors: [{ message: '2025年1—6月全镇一般公共预算支出在前文为4,270万元，此处却为4,720万元', line: 10, column: 12 }],
    },
    {
      why: 'the stretch written as its months, the total stated with 完成',
      code: COUNTY('1—9月一般公共预算收入完成24,680万元，非税收入占比偏高，收入质量有待提升。'),
      errors: [{ message: '2025年1—9月全县一般公共预算收入在前文为26,480万元，此处却为24,680万元', line: 8, column: 15 }],
    },
    {
      why: 'a stretch named as 前三季度 in a report of 1—9月, the spending as 累计完成',
      code: COUNTY('前三季度，一般公共预算支出累计完成57,160万元，刚性支出压力较大。'),
      errors: [{ message: '2025年1—9月全县一般公共预算支出在前文为51,760万元，此处却为57,160万元', line: 8, column: 18 }],
    },
  ],
});
