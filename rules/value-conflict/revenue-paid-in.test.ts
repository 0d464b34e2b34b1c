import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// An execution report says a tax was paid into the treasury (入库, 累计入库, 实际入库) where its table prints the tax's
// 完成 column: the verb is no part of the tax's name, and the sentence restates the row. Another year (上年同期), a plan
// (计划入库), a refund (退库) or a tax no row names says nothing of the table. Snippets written for these tests.
const TABLE =
  '表2 桐溪县2025年1-6月主要税种收入情况（单位：万元）\n\n| 税种 | 1-6月完成 | 上年同期 | 同比增减% |\n| --- | --- | --- | --- |\n| 增值税 | 18,640 | 17,920 | 4.0 |\n| 企业所得税 | 6,380 | 6,920 | -7.8 |\n| 个人所得税 | 1,840 | 1,760 | 4.5 |\n| 契税 | 3,260 | 3,010 | 8.3 |\n| 合计 | 30,120 | 29,610 | 1.7 |\n\n';
const HEAD = '# 桐溪县2025年上半年预算执行情况的报告\n\n## 一、一般公共预算收入情况\n\n';

ruleTester(rule, {
  valid: [
    { why: 'the tax paid in as its row has it', format: 'markdown', code: `${HEAD}${TABLE}企业所得税入库6,380万元，同比减少540万元。\n` },
    { why: 'last year’s same months: another period', format: 'markdown', code: `${HEAD}${TABLE}上年同期个人所得税入库1,670万元，主要是一次性股权转让税款。\n` },
    { why: 'a refund is no level of the tax', format: 'markdown', code: `${HEAD}${TABLE}增值税留抵退库1,460万元，有力缓解了企业资金压力。\n` },
    { why: 'a plan to be paid in is no level either', format: 'markdown', code: `${HEAD}${TABLE}下半年企业所得税计划入库7,200万元。\n` },
    { why: 'a tax no row names', format: 'markdown', code: `${HEAD}${TABLE}耕地占用税入库1,380万元，主要是工业园区项目用地增加。\n` },
  ],
  invalid: [
    {
      why: '入库 after a tax’s name, the table before the sentence',
      format: 'markdown',
      code: `${HEAD}${TABLE}企业所得税入库6,830万元，受部分企业利润下滑影响，为主要减收税种。\n`,
      errors: [{ message: '2025年上半年企业所得税在表中为6,380万元，此处却为6,830万元', line: 15, column: 8 }],
    },
    {
      why: '累计入库 and the table after the sentence',
      format: 'markdown',
      code: `${HEAD}个人所得税累计入库1,480万元，主要是工资薪金所得稳步增长。\n\n${TABLE}`,
      errors: [{ message: '2025年上半年个人所得税在表中为1,840万元，此处却为1,480万元', line: 5, column: 10 }],
    },
    {
      why: '收入 after the tax, then 入库',
      format: 'markdown',
      code: `${HEAD}${TABLE}契税收入入库3,620万元，主要是商品房成交量回升。\n`,
      errors: [{ message: '2025年上半年契税在表中为3,260万元，此处却为3,620万元', line: 15, column: 7 }],
    },
  ],
});
