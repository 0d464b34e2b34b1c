import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A budget adjustment changes its own year's budget only: 经本次调整，YYYY年…收支仍保持平衡 (本次调整后，…) names the plan's
// year. A clause comparing with another year says nothing of it. Snippets written for these tests; none is copied from a
// real disclosure.
const PLAN = (line: string) => `石门市2025年市本级预算调整方案（草案）\n\n一、调整原因\n\n新增一般债券转贷收入需纳入预算。\n\n二、收支平衡\n\n${line}\n`;
ruleTester(rule, {
  valid: [
    { why: 'the plan’s year', code: PLAN('经本次调整，2025年市本级一般公共预算收支仍保持平衡。') },
    { why: 'a comparison with last year', code: PLAN('经本次调整，2024年同期相比的支出增幅有所提高。') },
    { why: 'no adjustment named before the year', code: PLAN('2024年市本级一般公共预算收支平衡，结转资金已全部安排。') },
  ],
  invalid: [
    {
      why: '经本次调整 with last year',
      code: PLAN('经本次调整，2024年市本级一般公共预算收支仍保持平衡，不增加赤字。'),
      errors: [{ message: '标题为2025年预算调整方案，本次调整的预算应为2025年，此处却写作2024年', line: 9, column: 7 }],
    },
    {
      why: '本次调整后 with last year',
      code: PLAN('本次调整后，2024年全市政府性基金预算收入为186,400万元。'),
      errors: [{ message: '标题为2025年预算调整方案，本次调整的预算应为2025年，此处却写作2024年', line: 9, column: 7 }],
    },
    {
      why: '经调整 with no comma',
      code: PLAN('经调整后2024年市本级一般公共预算支出为1,325,000万元。'),
      errors: [{ message: '标题为2025年预算调整方案，本次调整的预算应为2025年，此处却写作2024年', line: 9, column: 5 }],
    },
  ],
});
