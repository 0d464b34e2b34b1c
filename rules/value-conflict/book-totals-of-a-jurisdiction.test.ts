import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A book's total said of a jurisdiction (市级政府性基金预算支出, 全县一般公共预算收入) names only a measure, and alone
// is compared with tables only; but under a title of one measure and one year, said for that year in the prose, it is
// the jurisdiction's one figure of that measure wherever it is said: 安排 in a budget is the budget itself.
// Snippets written for these tests; none is copied from a real disclosure.
const DRAFT = (later: string) =>
  `临江市2026年市级政府性基金预算（草案）的说明\n\n一、支出安排\n\n2026年市级政府性基金预算支出安排215,600万元，比上年执行数231,480万元下降6.9%，主要是土地出让收入安排的支出相应减少。\n\n二、重点保障\n\n${later}\n`;
const ACCOUNTS = (later: string) =>
  `云岭县2025年财政决算情况的说明\n\n一、一般公共预算收支决算\n\n2025年全县一般公共预算收入48,326万元，完成调整预算的101.8%，比上年增长3.4%。\n\n二、收入结构\n\n${later}\n`;
ruleTester(rule, {
  valid: [
    { why: 'the same figure restated', code: DRAFT('市级政府性基金预算支出215,600万元中，用于专项债务付息的支出足额安排，确保按时还本付息。') },
    { why: 'another jurisdiction: the whole city, not the city level', code: DRAFT('全市政府性基金预算支出251,600万元中，用于专项债务付息的支出足额安排，确保按时还本付息。') },
    { why: 'last year’s, not the title’s year', code: DRAFT('2025年市级政府性基金预算支出231,480万元，其中土地出让收入安排的支出占七成以上。') },
    { why: 'an estimate is not the budget', code: DRAFT('2026年市级政府性基金预算支出预计约210,000万元，视土地出让进度调整。') },
    {
      why: 'a title of two measures says nothing of one statement',
      code: `临江市2025年政府性基金预算执行情况和2026年预算草案的报告\n\n一、支出情况\n\n2026年市级政府性基金预算支出安排215,600万元，比上年执行数231,480万元下降6.9%。\n\n二、重点保障\n\n2026年市级政府性基金预算支出251,600万元，重点用于城市更新和债务付息。\n`,
    },
    {
      why: 'the department’s own scope is left to its tables',
      code: `临江市民政局2026年部门预算情况说明\n\n一、支出预算\n\n2026年本部门一般公共预算财政拨款支出安排3,215.60万元，比上年增长2.1%。\n\n二、重点保障\n\n本部门一般公共预算财政拨款支出2,315.60万元，主要用于基本民生保障。\n`,
    },
    { why: 'the year’s revenue read again, the same', code: ACCOUNTS('全县一般公共预算收入48,326万元中，税收收入占比为61.2%，非税收入占比为38.8%，收入质量保持稳定。') },
  ],
  invalid: [
    {
      why: 'a budget draft: 安排 restated with two digits swapped, as the figure a sentence is about',
      code: DRAFT('市级政府性基金预算支出251,600万元中，用于专项债务付息的支出足额安排，确保按时还本付息。'),
      errors: [{ message: '2026年市级政府性基金预算支出安排在前文为215,600万元，此处却为251,600万元', line: 9, column: 12 }],
    },
    {
      why: 'a budget draft: the year named again, 重点用于 after the figure',
      code: DRAFT('2026年市级政府性基金预算支出225,600万元，重点用于城市更新、棚户区改造和专项债务付息。'),
      errors: [{ message: '2026年市级政府性基金预算支出安排在前文为215,600万元，此处却为225,600万元', line: 9, column: 17 }],
    },
    {
      why: 'final accounts: the county’s revenue said again in the structure part',
      code: ACCOUNTS('全县一般公共预算收入46,326万元中，税收收入占比为61.2%，非税收入占比为38.8%，收入质量保持稳定。'),
      errors: [{ message: '2025年全县一般公共预算收入在前文为48,326万元，此处却为46,326万元', line: 9, column: 11 }],
    },
  ],
});
