import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 上述数据均为截至…12月31日…统计数据: a debt report dating its own figures at a year's end, where its text dates its balances at
// the title year's end: the close of another year was kept from an earlier text. Snippets written for these tests; none is
// copied from a real disclosure.
const DEBT = (dated: string) =>
  `松源州2025年地方政府债务限额及余额情况说明\n\n一、债务余额情况\n\n截至2025年12月31日，全州政府债务余额862.40亿元，其中一般债务余额351.20亿元、专项债务余额511.20亿元。\n\n${dated}\n`;

ruleTester(rule, {
  valid: [
    { why: 'the title year’s close', code: DEBT('上述数据均为截至2025年12月31日地方政府债务管理系统统计数据，不含隐性债务。') },
    { why: 'last year’s figures compared', code: DEBT('上年数据均为截至2024年12月31日系统统计数据，仅作对比。') },
  ],
  invalid: [
    {
      why: '上述数据均为截至, the year before',
      code: DEBT('上述数据均为截至2024年12月31日地方政府债务管理系统统计数据，不含隐性债务。'),
      errors: [{ message: '标题为2025年债务，正文此处却写作2024年债务', line: 7, column: 9 }],
    },
    {
      why: '以上债务数据为截止, 年末',
      code: DEBT('以上债务数据为截止2024年末的系统数据。'),
      errors: [{ message: '标题为2025年债务，正文此处却写作2024年债务', line: 7, column: 10 }],
    },
  ],
});
