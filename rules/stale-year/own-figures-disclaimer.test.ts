import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 以上数据均为YYYY年年初预算数，执行中如有调整，以…为准: the closing clause is about what the year's execution may change, not
// another year's figures; the year of the document's own figures still compares with the title's. A statement naming last
// year's figures stays silent. Snippets written for these tests; none is copied from a real disclosure.
const BUDGET = (line: string) => `南湖街道办事处2026年部门预算\n\n一、收支总体情况\n\n2026年本部门收入预算8,642.30万元。\n\n${line}\n`;
ruleTester(rule, {
  valid: [
    { why: 'the title’s year', code: BUDGET('以上数据均为2026年年初预算数，执行中如有调整，以区财政局批复为准。') },
    { why: 'last year’s figures named', code: BUDGET('以上数据均为2025年年初预算数与上年对比情况。') },
    { why: 'a re-stated basis', code: BUDGET('以上数据均为2025年预算数按调整后口径重述。') },
  ],
  invalid: [
    {
      why: '执行中如有调整 after a stale year',
      code: BUDGET('以上数据均为2025年年初预算数，执行中如有调整，以区财政局批复和年度决算为准。'),
      errors: [{ message: '标题为2026年部门预算，正文此处却写作2025年部门预算', line: 7, column: 7 }],
    },
    {
      why: '如有变动',
      code: BUDGET('上述数据为2025年部门预算数，如有变动以批复为准。'),
      errors: [{ message: '标题为2026年部门预算，正文此处却写作2025年部门预算', line: 7, column: 6 }],
    },
    {
      why: 'no closing clause',
      code: BUDGET('以上数字均为2025年预算数。'),
      errors: [{ message: '标题为2026年部门预算，正文此处却写作2025年部门预算', line: 7, column: 7 }],
    },
  ],
});
