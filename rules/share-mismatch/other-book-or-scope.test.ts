import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A base looked up by its name proves a share only when it can be the whole the part is of. Under a heading naming one
// budget book ((三)国有资本经营预算), a bare 收入 (占当年收入的) is that book's income, not an income of the book before;
// and a whole found smaller than the part, while the share says the part is at most all of it, is another scope's (项目
// 支出 of the 一般公共预算拨款 only, against all funds' 项目支出). Snippets written for these tests.
const BOOKS = (share: string) =>
  [
    '（一）一般公共预算',
    '',
    '全区一般公共预算收入24.36亿元，加上级补助收入31.20亿元，收入总计55.56亿元。',
    '',
    '债务转贷收入8.64亿元，其中新增一般债券3.00亿元、再融资一般债券5.64亿元。',
    '',
    '（三）国有资本经营预算',
    '',
    `全区国有资本经营预算收入1.62亿元，国有资本经营预算支出1.08亿元，调出资金0.54亿元，占当年收入的${share}，收支平衡。`,
  ].join('\n');
const SCOPES = (share: string) =>
  [
    '2026年一般公共预算拨款支出1,986.42万元，其中基本支出1,262.68万元；项目支出723.74万元。',
    '',
    `2026年本单位纳入绩效目标管理的项目支出856.24万元，占项目支出预算的${share}。`,
  ].join('\n');
ruleTester(rule, {
  valid: [
    { why: 'the 国资 book’s income is 1.62 (0.54 is 33.3% of it); the 一般公共预算 section’s 收入 is another book’s', code: BOOKS('33.3%') },
    { why: 'all funds’ 项目支出 is not stated: 723.74 is the 一般公共预算拨款’s, smaller than the part', code: SCOPES('100%') },
    {
      why: 'a heading naming no book leaves a bare 支出 to the department’s total before it',
      code: '一、支出决算总体情况\n\n2024年度本部门支出决算8,420.60万元。\n\n二、项目支出情况\n\n项目支出1,206.30万元，占本年支出合计的14.3%。',
    },
  ],
  invalid: [
    {
      why: 'a bare 支出 under a heading naming no book is the total before: 1,206.30 / 8,420.60 = 14.3%, not 16.3%',
      code: '一、支出决算总体情况\n\n2024年度本部门支出决算8,420.60万元。\n\n二、项目支出情况\n\n项目支出1,206.30万元，占本年支出合计的16.3%。',
      errors: [{ message: '项目支出1,206.30万元占本年支出合计8,420.60万元的14.3%，而非所写的16.3%', line: 7, column: 24 }],
    },
  ],
});
