import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A report on the state's assets (关于2025年度国有资产管理情况的综合报告) is dated by its title as a budget is: the sentence
// presenting it (现将…报告如下, 以上是…报告) under another year was kept from last year's text. Last year's figures named
// for comparison are no claim. Snippets written for these tests; none is copied from a real disclosure.
const TITLE = '松陵市人民政府关于2025年度国有资产管理情况的综合报告';
ruleTester(rule, {
  valid: [
    { why: 'the same year', code: `${TITLE}\n\n市人大常委会：\n\n现将我市2025年度国有资产管理情况报告如下：\n\n一、企业国有资产\n` },
    {
      why: 'last year’s assets named for comparison, not the report',
      code: `${TITLE}\n\n现将我市2025年度国有资产管理情况报告如下：与2024年度国有资产总额相比，增长6.2%。\n`,
    },
  ],
  invalid: [
    {
      why: 'the opening presents the year before',
      code: `${TITLE}\n\n市人大常委会：\n\n现将我市2024年度国有资产管理情况报告如下：\n\n一、企业国有资产\n`,
      errors: [{ message: '标题为2025年国有资产管理，正文此处却写作2024年国有资产管理', line: 5, column: 5 }],
    },
    {
      why: 'Markdown, 综合报告 in the opening, full-width digits',
      code: '# 鹤鸣县2025年度国有资产管理情况的报告\n\n受县人民政府委托，现将全县２０２４年度国有资产管理情况综合报告如下，请予审议。\n',
      format: 'markdown',
      errors: [{ message: '标题为2025年国有资产管理，正文此处却写作2024年国有资产管理', line: 3, column: 14 }],
    },
    {
      why: 'the closing sentence names the report',
      code: `${TITLE}\n\n一、企业国有资产\n\n全市国有企业资产总额1,862.40亿元。\n\n以上是我市2024年度国有资产管理情况的报告。\n`,
      errors: [{ message: '标题为2025年国有资产管理，正文此处却写作2024年国有资产管理', line: 7, column: 6 }],
    },
  ],
});
