import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A table of projects whose rows are named as projects (县城供水提升工程, 产业园区标准化厂房项目): a sentence naming the row as the
// table writes it, 项目 included, restates its cell under the column named (已支出, 债券资金); named with a bare money noun
// (项目资金, 资金) beside a table whose one money column is what each project was given (预算金额), it restates that cell. A
// bare noun beside a column of spending, a sub-item of the project, or a measure the table has not say nothing of it.
// Snippets written for these tests.
const BONDS =
  '表1 2025年新增专项债券项目资金使用情况（单位：亿元）\n\n| 序号 | 项目名称 | 债券资金 | 已支出 | 支出进度（%） |\n| --- | --- | --- | --- | --- |\n| 1 | 城东污水处理厂扩建项目 | 2.60 | 2.34 | 90.0 |\n| 2 | 智能制造产业园标准化厂房项目 | 3.20 | 2.56 | 80.0 |\n| 3 | 县妇幼保健院迁建项目 | 1.80 | 1.80 | 100.0 |\n| 合计 |  | 7.60 | 6.70 | 88.2 |\n\n';
const SCORES =
  '2025年度重点项目绩效评价结果汇总表（单位：万元、分）\n\n| 序号 | 项目名称 | 预算金额 | 评价得分 | 评价等级 |\n| --- | --- | --- | --- | --- |\n| 1 | 农村公路提质改造项目 | 5,120 | 91.4 | 优 |\n| 2 | 设施农业产业园建设项目 | 3,460 | 84.2 | 良 |\n| 3 | 城区背街小巷改造项目 | 2,180 | 76.5 | 中 |\n| 合计 |  | 10,760 |  |  |\n\n';
const SPENT =
  '表2 2025年民生项目支出情况（单位：万元）\n\n| 序号 | 项目名称 | 已支出 | 占比（%） |\n| --- | --- | --- | --- |\n| 1 | 农村公路提质改造项目 | 4,860 | 58.4 |\n| 2 | 设施农业产业园建设项目 | 3,460 | 41.6 |\n| 合计 |  | 8,320 | 100.0 |\n\n';
const DEBT = '# 桐川县2025年度政府债务管理情况的报告\n\n';
const EVAL = '# 桐川县2025年度重点项目支出绩效评价情况报告\n\n';

ruleTester(rule, {
  valid: [
    { why: 'the project’s spending as its row has it', format: 'markdown', code: `${DEBT}${BONDS}智能制造产业园标准化厂房项目已支出2.56亿元，剩余资金待设备到货后支付。\n` },
    { why: 'a sub-item of the project (its first phase) is not the row', format: 'markdown', code: `${DEBT}${BONDS}智能制造产业园标准化厂房项目一期已支出1.62亿元。\n` },
    { why: 'the project’s money as its row has it', format: 'markdown', code: `${EVAL}${SCORES}设施农业产业园建设项目资金3,460万元，新建连栋温室12万平方米。\n` },
    { why: 'its spending is not what it was given', format: 'markdown', code: `${EVAL}${SCORES}设施农业产业园建设项目实际支出3,180万元，节约资金280万元。\n` },
    { why: 'a bare money noun beside a column of spending: the money given may differ from the money spent', format: 'markdown', code: `${EVAL}${SPENT}农村公路提质改造项目资金5,120万元，改造农村公路86公里。\n` },
    { why: 'another year’s money of the project', format: 'markdown', code: `${EVAL}${SCORES}2024年农村公路提质改造项目资金4,680万元。\n` },
  ],
  invalid: [
    {
      why: 'the row’s full name with 项目 and the column 已支出',
      format: 'markdown',
      code: `${DEBT}${BONDS}智能制造产业园标准化厂房项目已支出2.65亿元，剩余资金待设备到货后支付。\n`,
      errors: [{ message: '智能制造产业园标准化厂房项目已支出在表中为2.56亿元，此处却为2.65亿元', line: 12, column: 18 }],
    },
    {
      why: 'the text before the table, the column 债券资金 after the project',
      format: 'markdown',
      code: `${DEBT}城东污水处理厂扩建项目债券资金2.06亿元，已完成主体工程。\n\n${BONDS}`,
      errors: [{ message: '城东污水处理厂扩建项目债券资金在表中为2.60亿元，此处却为2.06亿元', line: 3, column: 16 }],
    },
    {
      why: '项目资金 beside a table whose one money column is 预算金额',
      format: 'markdown',
      code: `${EVAL}${SCORES}农村公路提质改造项目资金5,210万元，改造农村公路86公里，项目得分91.4分。\n`,
      errors: [{ message: '农村公路提质改造项目预算金额在表中为5,120万元，此处却为5,210万元', line: 12, column: 13 }],
    },
    {
      why: '资金 with 为 before the figure',
      format: 'markdown',
      code: `${EVAL}${SCORES}城区背街小巷改造项目资金为2,810万元，评价等级为“中”。\n`,
      errors: [{ message: '城区背街小巷改造项目预算金额在表中为2,180万元，此处却为2,810万元', line: 12, column: 14 }],
    },
  ],
});
