import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A report on one year's state assets (行政事业性国有资产管理情况的报告) draws its figures from that year's asset reports, which
// the units file early the next year: 本报告资产数据来源于全区2024年度…国有资产年度报告 under a 2025年度 report was kept from last
// year's text. The year's own reports, figures set beside (上年, 对比), or a report on something else say nothing of it.
// Snippets written for these tests; none is copied from a real disclosure.
const ASSETS = (source: string) =>
  `桐山区人民政府关于2025年度行政事业性国有资产管理情况的报告\n\n受区人民政府委托，现将我区2025年度行政事业性国有资产管理情况报告如下，请予审议。\n\n一、基本情况\n\n全区共有行政事业单位236户。\n\n二、其他说明\n\n${source}\n`;

ruleTester(rule, {
  valid: [
    { why: 'the year’s own asset reports', code: ASSETS('本报告资产数据来源于全区2025年度行政事业单位国有资产年度报告汇总数据。') },
    { why: 'last year’s figures set beside', code: ASSETS('上年对比数据来源于2024年度行政事业单位国有资产年度报告。') },
    { why: 'the year’s own reports, last year’s for comparison', code: ASSETS('本报告数据来源于2025年度和2024年度国有资产年度报告。') },
    { why: 'a source that is no asset report', code: ASSETS('本报告资产数据来源于2024年度全区土地变更调查成果。') },
    {
      why: 'a 决算 citing last year’s asset reports',
      code: '桐山区教育局2025年度部门决算\n\n第一部分 部门概况\n\n本局内设机构5个。\n\n第二部分 其他说明\n\n本说明资产数据来源于2024年度国有资产年度报告。\n',
    },
  ],
  invalid: [
    {
      why: '资产数据来源于, the level before the year',
      code: ASSETS('本报告资产数据来源于全区2024年度行政事业单位国有资产年度报告汇总数据，已经区审计局审计。'),
      errors: [{ message: '标题为2025年国有资产管理，数据来源的国有资产年度报告应为2025年，此处却写作2024年', line: 11, column: 13 }],
    },
    {
      why: '以上数据均取自, 资产报表',
      code: ASSETS('以上数据均取自2024年度行政事业单位国有资产报表。'),
      errors: [{ message: '标题为2025年国有资产管理，数据来源的国有资产年度报告应为2025年，此处却写作2024年', line: 11, column: 8 }],
    },
  ],
});
