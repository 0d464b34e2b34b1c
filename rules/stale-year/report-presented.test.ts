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

// A report to a congress presents itself verb first: 现向区人大常委会报告…, 向本次会议报告…; the name runs to the clause's end.
ruleTester(rule, {
  valid: [
    {
      why: 'the same year, presented to the standing committee',
      code: '关于柏川区2025年政府性基金预算决算情况的报告\n\n受区人民政府委托，现向区人大常委会报告我区2025年度政府性基金预算决算情况，请予审议。\n',
    },
    {
      why: 'last year’s accounts named in passing, not presented',
      code: '关于柏川区2025年政府性基金预算决算情况的报告\n\n受区人民政府委托，现向区人大常委会报告我区2025年度政府性基金预算决算情况，请予审议。2024年度决算已于去年批准。\n',
    },
  ],
  invalid: [
    {
      why: '现向…报告 a year before the title’s',
      code: '关于柏川区2025年政府性基金预算决算情况的报告\n\n主任、各位副主任、各位委员：\n\n受区人民政府委托，现向区人大常委会报告我区2024年度政府性基金预算决算情况，请予审议。\n',
      errors: [{ message: '标题为2025年预算决算，正文此处却写作2024年预算决算', line: 5, column: 22 }],
    },
    {
      why: '向本次会议报告, a budget report in Markdown',
      code: '# 关于云岭县2025年预算执行情况和2026年预算草案的报告\n\n受县人民政府委托，向本次会议报告2024年预算执行情况和2026年预算草案，请予审议。\n',
      format: 'markdown',
      errors: [{ message: '标题为2025年预算执行，正文此处却写作2024年预算执行', line: 3, column: 17 }],
    },
  ],
});
