import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 全县一般公共预算收入A、支出B: the clause naming only the other side takes the rest of its subject (the fund, the scope,
// the time) from the level before it; and in a report of a stretch of months, what the stretch spent is its outturn
// under a section naming no measure too. Snippets written for these tests; none is copied from a real disclosure.
const REPORT = (closing: string) =>
  `桐川县2025年1—9月财政预算执行情况\n\n一、一般公共预算执行情况\n\n1—9月，全县一般公共预算收入418,260万元，同比增长2.7%。\n\n1—9月，全县一般公共预算支出506,730万元，完成年初预算的71.4%，同比增长3.9%。\n\n二、下一步工作\n\n${closing}\n`;

ruleTester(rule, {
  valid: [
    { why: 'the closing summary agrees', code: REPORT('前三季度，全县一般公共预算收入418,260万元、支出506,730万元，收支矛盾仍较突出。') },
    { why: 'a sum of two funds’ spending is no other side of the revenue', code: REPORT('前三季度，全县一般公共预算收入418,260万元、基金支出56,070万元，收支矛盾仍较突出。') },
    { why: 'the year’s budget is no outturn of the stretch', code: REPORT('全年，全县一般公共预算收入预算548,900万元、支出预算709,700万元，后三个月收支任务较重。') },
  ],
  invalid: [
    {
      why: 'the spending after 、 in a closing summary, two digits swapped',
      code: REPORT('前三季度，全县一般公共预算收入418,260万元、支出507,630万元，收支矛盾仍较突出。'),
      errors: [{ message: '2025年1—9月全县一般公共预算支出在前文为506,730万元，此处却为507,630万元', line: 11, column: 28 }],
    },
    {
      why: 'after a comma, with 为',
      code: REPORT('1—9月，全县一般公共预算收入418,260万元，支出为560,730万元，下阶段将严控一般性支出。'),
      errors: [{ message: '2025年1—9月全县一般公共预算支出在前文为506,730万元，此处却为560,730万元', line: 11, column: 29 }],
    },
    {
      why: 'the revenue taken up after the spending',
      code: REPORT('前三季度，全县一般公共预算支出506,730万元、收入481,260万元，收支缺口较上年扩大。'),
      errors: [{ message: '2025年1—9月全县一般公共预算收入在前文为418,260万元，此处却为481,260万元', line: 11, column: 28 }],
    },
  ],
});
