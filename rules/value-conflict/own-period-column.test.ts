import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// Reports that are not department budgets (a 国有资产 report, a 国有资本经营预算 execution, a 彩票公益金 announcement, a
// fund's report) print a table by entity or class whose money columns are of years (2024年末 | 2023年末, 本年执行数 |
// 上年决算数) or one alone (支出金额), then name a row in the prose with its amount and no column: the row's cell of the
// document's own year, and that year's end for a stock said undated. Snippets written for these tests; none is copied from
// a real disclosure.
const ASSETS = (said: string) =>
  `# 青川市人民政府关于2024年度行政事业性国有资产管理情况的报告\n\n## 一、资产构成情况\n\n全市行政事业性国有资产按资产类别分布情况见表2。\n\n表2 青川市2024年末行政事业性国有资产构成情况（单位：亿元）\n\n| 资产类别 | 2024年末 | 2023年末 | 增减（%） |\n| --- | ---: | ---: | ---: |\n| 流动资产 | 312.40 | 298.16 | 4.8 |\n| 长期投资 | 53.26 | 46.10 | 15.5 |\n| 其他资产 | 18.62 | 17.90 | 4.0 |\n| 合计 | 384.28 | 362.16 | 6.1 |\n\n${said}\n`;
ruleTester(rule, {
  valid: [
    { why: 'the stock as the year-end column has it', format: 'markdown', code: ASSETS('长期投资53.26亿元，主要为对所属企业的股权投资，较上年末增长15.5%。') },
    { why: 'last year-end said: the other column', format: 'markdown', code: ASSETS('截至2023年末，长期投资48.10亿元，主要为对所属企业的股权投资。') },
    { why: 'a time within the year is not its end', format: 'markdown', code: ASSETS('截至2024年6月末，长期投资49.80亿元，主要为对所属企业的股权投资。') },
    { why: 'a row every table has (其他资产) names no one thing', format: 'markdown', code: ASSETS('其他资产16.82亿元，主要为待处理财产损溢和长期待摊费用。') },
    { why: 'a measure the table does not have', format: 'markdown', code: ASSETS('长期投资收益3.52亿元，全部按规定上缴国库。') },
  ],
  invalid: [
    {
      why: 'a stock said with no date in the year’s report: as at the year’s end',
      format: 'markdown',
      code: ASSETS('长期投资35.26亿元，主要为对所属企业的股权投资，随着国有资本布局调整持续增加。'),
      errors: [{ message: '长期投资2024年末在表中为53.26亿元，此处却为35.26亿元', line: 16, column: 5 }],
    },
    {
      why: 'the year’s end said as the last day of the document’s year',
      format: 'markdown',
      code: ASSETS('截至2024年12月31日，全市行政事业单位长期投资情况如下。截至2024年12月31日，流动资产321.40亿元，主要是货币资金和应收款项。'),
      errors: [{ message: '流动资产2024年末在表中为312.40亿元，此处却为321.40亿元', line: 16, column: 50 }],
    },
  ],
});

// A table by enterprise of the 利润收入 it presents (…情况如下：), with 上年决算数 | 本年执行数: 上缴利润 (缴纳利润) is that income
// of the year; an enterprise's own profit (利润总额) is not.
const PROFITS = (said: string) =>
  `青川市2024年市级国有资本经营预算执行情况\n\n一、收入执行情况\n\n2024年市级国有资本经营预算收入完成26,480万元。利润收入是收入的主要来源。分企业利润收入情况如下（单位：万元）：\n\n企业\t上年决算数\t本年执行数\t增减%\n市港务集团\t5,820\t6,240\t7.2\n市能源投资集团\t9,160\t8,740\t-4.6\n合计\t14,980\t14,980\t0.0\n\n${said}\n`;
ruleTester(rule, {
  valid: [
    { why: 'the year’s remitted profit as the table has it', code: PROFITS('市港务集团上缴利润6,240万元，比上年增加420万元。') },
    { why: 'the enterprise’s own profit is not what it remits', code: PROFITS('市港务集团实现利润总额6,420万元，主要来源于集装箱吞吐量增长。') },
    { why: 'last year’s, said so', code: PROFITS('市港务集团上年上缴利润5,280万元。') },
  ],
  invalid: [
    {
      why: '上缴利润 in a table presented as 利润收入',
      code: PROFITS('市港务集团上缴利润6,420万元，主要来源于集装箱吞吐量增长。'),
      errors: [{ message: '市港务集团本年执行数在表中为6,240万元，此处却为6,420万元', line: 12, column: 10 }],
    },
    {
      why: '缴纳利润, as the second sentence of a paragraph',
      code: PROFITS('各企业均按规定比例足额上缴。市能源投资集团缴纳利润8,470万元，主要是煤价回落。'),
      errors: [{ message: '市能源投资集团本年执行数在表中为8,740万元，此处却为8,470万元', line: 12, column: 26 }],
    },
  ],
});

// A table with one money column (支出金额) beside shares: the row named in the prose with its amount is that column.
// 预算金额, 已投资金额: a column named by its measure and 金额 is said without 金额 (预算, 已投资, 已完成投资); and a column of
// the document's year (2024年支出责任) is said with that year.
const USES = (said: string) =>
  `# 青川省2024年度省级彩票公益金使用情况公告\n\n青川省财政厅\n\n2025年4月\n\n## 一、资金使用情况\n\n2024年省级彩票公益金安排支出16,000万元，全部用于社会公益事业。省级彩票公益金支出按用途分类情况如下表：\n\n单位：万元\n\n| 项目 | 支出金额 | 占比（%） |\n| --- | ---: | ---: |\n| 困难残疾人生活补贴 | 8,640 | 54.0 |\n| 农村养老互助设施 | 7,360 | 46.0 |\n| 合计 | 16,000 | 100.0 |\n\n${said}\n`;
const PROJECTS = (said: string) =>
  `# 青川县2024年政府投资项目资金情况\n\n单位：万元\n\n| 项目名称 | 总投资 | 预算金额 | 已投资金额 | 2024年支出责任 |\n| --- | ---: | ---: | ---: | ---: |\n| 城南污水管网改造 | 42,600 | 12,800 | 10,240 | 3,260 |\n| 北山公园提升工程 | 18,400 | 6,200 | 5,580 | 1,840 |\n\n${said}\n`;
ruleTester(rule, {
  valid: [
    { why: 'as the table has it', format: 'markdown', code: USES('困难残疾人生活补贴8,640万元，惠及困难残疾人4.8万人。') },
    { why: 'a measure the table does not have (已拨付)', format: 'markdown', code: USES('困难残疾人生活补贴已拨付6,840万元，其余部分待年底清算后拨付。') },
    { why: 'another year', format: 'markdown', code: USES('2023年，困难残疾人生活补贴6,480万元。') },
    { why: 'the spending responsibility of another year', format: 'markdown', code: PROJECTS('城南污水管网改造项目2025年支出责任3,620万元，将纳入年度预算。') },
    { why: 'the columns said as the table has them', format: 'markdown', code: PROJECTS('城南污水管网改造项目预算12,800万元，已完成投资10,240万元，2024年支出责任3,260万元。') },
  ],
  invalid: [
    {
      why: 'a row of a one-money-column table, two digits swapped',
      format: 'markdown',
      code: USES('农村养老互助设施7,630万元，用于新建和改造农村互助养老服务设施。'),
      errors: [{ message: '农村养老互助设施支出金额在表中为7,360万元，此处却为7,630万元', line: 19, column: 9 }],
    },
    {
      why: '预算 for 预算金额',
      format: 'markdown',
      code: PROJECTS('北山公园提升工程项目预算6,020万元，已完成园路和照明改造。'),
      errors: [{ message: '北山公园提升工程预算在表中为6,200万元，此处却为6,020万元', line: 10, column: 13 }],
    },
    {
      why: '已完成投资 for 已投资金额',
      format: 'markdown',
      code: PROJECTS('城南污水管网改造项目已完成投资10,420万元，管网主体已贯通。'),
      errors: [{ message: '城南污水管网改造已完成投资在表中为10,240万元，此处却为10,420万元', line: 10, column: 16 }],
    },
    {
      why: 'the column of the document’s year, said with its year',
      format: 'markdown',
      code: PROJECTS('北山公园提升工程项目2024年支出责任1,480万元，已全额支付。'),
      errors: [{ message: '北山公园提升工程2024年支出责任在表中为1,840万元，此处却为1,480万元', line: 10, column: 20 }],
    },
  ],
});
