import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// What a budget book carries into the next year is one figure: the balance part's 结转下年 and the other matters'
// 年终结转 restate it. Snippets written for these tests; none is copied from a real disclosure.
const REPORT = (balance: string, later: string, title = '岚江市2025年市级政府性基金预算执行情况说明') =>
  `${title}\n\n一、2025年市级政府性基金预算收支情况\n\n${balance}\n\n二、需要说明的事项\n\n${later}\n`;
const BALANCE = '2025年市级政府性基金预算收入86,240万元，加上年结转3,120万元，收入总计89,360万元；支出81,470万元，加调出资金2,500万元，支出总计83,970万元；收支相抵，结转下年5,390万元。';

ruleTester(rule, {
  valid: [
    { why: 'the carry-over restated with the same figure', code: REPORT(BALANCE, '年终结转的5,390万元，主要为城市更新专项债券配套项目尚未完工的工程款，将在2026年继续使用。') },
    { why: 'a project’s part of the carry-over is no whole', code: REPORT(BALANCE, '年终结转资金中，城市更新项目结转下年3,950万元，将在2026年继续使用。') },
    {
      why: 'a title naming two books leaves the book of an unnamed carry-over unknown',
      code: REPORT(BALANCE, '年终结转的5,930万元，主要为尚未完工的工程款。', '岚江市2025年市级一般公共预算和政府性基金预算执行情况说明'),
    },
  ],
  invalid: [
    {
      why: '年终结转的 in the other matters, two digits swapped',
      code: REPORT(BALANCE, '年终结转的5,930万元，主要为城市更新专项债券配套项目尚未完工的工程款，将在2026年继续使用。'),
      errors: [{ message: '2025年政府性基金预算结转下年在前文为5,390万元，此处却为5,930万元', line: 9, column: 6 }],
    },
    {
      why: '年末结转 with its year and scope',
      code: REPORT(BALANCE, '2025年市级政府性基金预算年末结转5,590万元，已按规定在2026年预算中统筹安排。'),
      errors: [{ message: '2025年政府性基金预算结转下年在前文为5,390万元，此处却为5,590万元', line: 9, column: 19 }],
    },
    {
      why: '结转下年度使用 said first in a summary',
      code: `岚江市2025年市级政府性基金预算执行情况说明\n\n总的看，全年收支平衡，结转下年度使用5,930万元。\n\n一、2025年市级政府性基金预算收支情况\n\n${BALANCE}\n`,
      errors: [{ message: '2025年政府性基金预算结转下年在前文为5,930万元，此处却为5,390万元', line: 7, column: 98 }],
    },
  ],
});
