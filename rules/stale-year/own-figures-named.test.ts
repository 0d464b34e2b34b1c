import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// The document saying what its own figures are, with the figures named by what they are of or by their 口径 (以上债务数据为,
// 本说明数据口径为) and their kind given as a debt report's 年末数 or a budget's 汇总数: under a title of one year, another year
// was kept from an earlier text. A statement about figures of another year it lists, or of another kind than the title's,
// says nothing of it. Snippets written for these tests; none is copied from a real disclosure.
const DEBT = (note: string) =>
  `松岭市2025年政府债务情况说明\n\n松岭市财政局\n\n按照地方政府债务信息公开有关规定，现将松岭市2025年政府债务限额、余额情况说明如下。${note}\n\n一、债务限额和余额\n\n2025年末，全市政府债务余额486.20亿元。\n`;
const SANGONG = (note: string) =>
  `柳川县2026年县本级“三公”经费财政拨款预算情况说明\n\n柳川县财政局\n\n现将柳川县2026年县本级“三公”经费财政拨款预算安排情况说明如下。\n\n${note}\n`;

ruleTester(rule, {
  valid: [
    { why: 'the title’s year', code: DEBT('以上债务数据为2025年度地方政府债务管理系统年末数，与决算报表一致。') },
    { why: 'last year’s figures it lists', code: DEBT('以上债务数据为2025年末数，上年数据为2024年末数。') },
    { why: 'a budget’s 汇总数 of the title’s year', code: SANGONG('本说明数据口径为2026年县本级部门预算汇总数，与县人民代表大会批准的预算一致。') },
    { why: 'final accounts’ figures in a budget are another’s', code: SANGONG('本说明数据口径为2025年县本级部门决算汇总数。') },
  ],
  invalid: [
    {
      why: '以上债务数据为 … 年末数 in a debt report',
      code: DEBT('以上债务数据为2024年度地方政府债务管理系统年末数，与决算报表一致。'),
      errors: [{ message: '标题为2025年债务，正文此处却写作2024年债务', line: 5, column: 51 }],
    },
    {
      why: '本说明数据口径为 … 部门预算汇总数 in a budget',
      code: SANGONG('本说明数据口径为2025年县本级部门预算汇总数，与县人民代表大会批准的预算一致。'),
      errors: [{ message: '标题为2026年三公预算，正文此处却写作2025年三公预算', line: 7, column: 9 }],
    },
  ],
});
