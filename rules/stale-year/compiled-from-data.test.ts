import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A disclosure of one year whose title names no budget or final account, dating its own stock at the title year's end
// (截至2025年12月末), that says its items are compiled from an earlier year's data (以上项目信息按2024年度…数据整理填报): the
// items and the data they are compiled from are of one date, so the earlier year was kept from last year's text. A document
// dating nothing at the title year's end, a sentence naming the title's year too, or a comparison says nothing of it.
// Snippets written for these tests; none is copied from a real disclosure.
const DISCLOSURE = (stock: string, source: string) =>
  `# 青岩县2025年政府购买服务项目情况公开\n\n${stock}\n\n${source}\n`;
const STOCK = '截至2025年12月末，全县纳入政府购买服务指导性目录管理的项目共14个，合同金额合计8,620万元。';

ruleTester(rule, {
  valid: [
    { why: 'the title’s year', code: DISCLOSURE(STOCK, '以上项目信息按2025年度政府购买服务管理平台数据整理填报。') },
    { why: 'no stock dated at the title year’s end', code: DISCLOSURE('全县纳入目录管理的项目共14个。', '以上项目信息按2024年度政府购买服务管理平台数据整理填报。') },
    { why: 'last year’s data set beside', code: DISCLOSURE(STOCK, '上述数据按2024年度管理平台数据汇总，与上年对比。') },
    { why: 'both years named', code: DISCLOSURE(STOCK, '以上项目信息按2024年度和2025年度管理平台数据整理填报。') },
  ],
  invalid: [
    {
      why: '以上项目信息按…整理填报',
      code: DISCLOSURE(STOCK, '以上项目信息按2024年度政府购买服务管理平台数据整理填报。'),
      errors: [{ message: '标题为2025年政府购买服务项目情况公开，本文信息所据的数据应为2025年，此处却写作2024年', line: 5, column: 8 }],
    },
    {
      why: '本公告数据依据…汇总',
      code: `# 青岩县2025年农村公路养护资金使用情况公告\n\n截至2025年末，全县列养农村公路1,286公里。\n\n本公告数据依据2024年度农村公路统计年报数据汇总。\n`,
      errors: [{ message: '标题为2025年农村公路养护资金使用情况公告，本文信息所据的数据应为2025年，此处却写作2024年', line: 5, column: 8 }],
    },
  ],
});
