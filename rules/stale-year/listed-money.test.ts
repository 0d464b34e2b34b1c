import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// An announcement of one year's money whose title names no budget or final account (…补助资金分配和使用情况公告) saying what the
// money it lists is: 本公告所列资金为2024年度下达我县的… under a 2025年度 title was kept from last year's text. Money sent down
// ahead of its year (提前下达), carried over, set beside last year's, or a sentence naming the title's year too say nothing of it.
// Snippets written for these tests; none is copied from a real disclosure.
const NOTICE = (opening: string) =>
  `# 柘川县2025年度农业生产发展资金分配和使用情况公告\n\n${opening}\n\n## 一、资金来源情况\n\n2025年全县共筹集资金12,640.00万元。\n`;

ruleTester(rule, {
  valid: [
    { why: 'the title’s year', code: NOTICE('本公告所列资金为2025年度下达我县的农业生产发展资金。') },
    { why: 'sent down ahead of its year', code: NOTICE('本公告所列资金为2024年度提前下达我县的2025年农业生产发展资金。') },
    { why: 'carried over', code: NOTICE('本公告所列资金为2024年度结转至本年使用的农业生产发展资金。') },
    { why: 'set beside last year’s', code: NOTICE('本公告所列上年数据为2024年度决算数。') },
    {
      why: 'a 部门决算, read by its name',
      code: '柘川县农业农村局2025年度部门决算\n\n本说明所列资金为2024年度下达的专项资金。\n',
    },
  ],
  invalid: [
    {
      why: '本公告所列资金为',
      code: NOTICE('为加强资金管理，现将有关情况公告如下。本公告所列资金为2024年度下达我县的农业生产发展资金，按项目类别列示。'),
      errors: [{ message: '标题为2025年农业生产发展资金分配和使用情况公告，本文所列资金应为2025年，此处却写作2024年', line: 3, column: 28 }],
    },
    {
      why: '本报告涉及的资金均系',
      code: '柘川县2025年度就业补助资金使用情况报告\n\n本报告涉及的资金均系2024年度省级下达的就业补助资金。\n',
      errors: [{ message: '标题为2025年就业补助资金使用情况报告，本文所列资金应为2025年，此处却写作2024年', line: 3, column: 11 }],
    },
  ],
});
