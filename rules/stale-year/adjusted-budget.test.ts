import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// An adjustment plan adjusts its own year's budget as passed at the year's start: a 2025 调整方案 saying its 年初预算 is the
// 2024 budget kept that from last year's text. The year's execution or another year's 决算 named beside it say nothing of it.
// Snippets written for these tests; none is copied from a real disclosure.
const PLAN = (note: string) =>
  `关于青河旗2025年本级预算调整方案（草案）的说明\n\n旗人大常委会：\n\n受旗人民政府委托，现就青河旗2025年本级预算调整方案（草案）作如下说明。${note}\n`;

ruleTester(rule, {
  valid: [
    { why: 'the title’s year', code: PLAN('本方案所列年初预算为旗人民代表大会批准的2025年预算。') },
    { why: 'the execution of last year, not the budget adjusted', code: PLAN('年初预算为参照2024年预算执行数编制的数额。') },
    { why: 'a comparison with last year', code: PLAN('年初预算为旗人大批准的数额，比2024年预算增长4.2%。') },
  ],
  invalid: [
    {
      why: '年初预算为…批准的',
      code: PLAN('本方案所列年初预算为旗人民代表大会批准的2024年预算。'),
      errors: [{ message: '标题为2025年预算调整方案，所调整的年初预算应为2025年，此处却写作2024年', line: 5, column: 58 }],
    },
    {
      why: '年初预算，是指…通过的…本级预算',
      code: PLAN('本说明所称年初预算，是指旗十八届人大三次会议审议通过的2024年本级预算。'),
      errors: [{ message: '标题为2025年预算调整方案，所调整的年初预算应为2025年，此处却写作2024年', line: 5, column: 65 }],
    },
  ],
});
