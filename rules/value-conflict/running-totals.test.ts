import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A report of a stretch of its year (2025年1—9月某县财政收支情况, 2025年上半年预算执行情况): a sentence naming no date,
// or naming only that stretch, is of the title's year and stretch, and so is a table's running-total column (1—9月累计,
// 1—6月支出, 累计完成). An item's run-in title (3.个人所得税。) names what the sentence after it states (累计完成…).
// Snippets written for these tests; none is copied from a real disclosure.

const MONTHLY = (vat: string, income: string) =>
  [
    '2025年1—9月青禾县财政收支情况',
    '',
    '1—9月，全县一般公共预算收入累计完成28.64亿元，同比增长4.1%。',
    '',
    '1.增值税。累计完成9.86亿元，同比增长6.2%，占税收收入的41.3%。',
    '',
    `2.个人所得税。受股权转让所得减少影响，累计完成${income}亿元，同比下降2.4%。`,
    '',
    `3.城镇土地使用税完成${vat}亿元，与上年同期基本持平。`,
    '',
    '表1  2025年1—9月青禾县一般公共预算收入执行情况表',
    '单位：万元',
    '项    目                 年度预算      1—9月累计      上年同期      同比增减（%）',
    '增值税                    132,000        98,600         92,840           6.2',
    '个人所得税                 21,000        15,260         15,640          -2.4',
    '城镇土地使用税              6,400         4,880          4,860            0.4',
    '契税                       18,000        12,140         11,960            1.5',
  ].join('\n');

const HALF_YEAR = (education: string) =>
  [
    '# 关于临江县2025年上半年预算执行情况的报告',
    '',
    '## 一、一般公共预算执行情况',
    '',
    `上半年，全县一般公共预算支出完成46.28亿元。（一）教育支出。累计完成${education}亿元，同比增长5.3%。`,
    '',
    '表2  2025年上半年一般公共预算支出执行情况表（单位：万元）',
    '',
    '| 项目 | 年度预算 | 1—6月支出 | 完成预算（%） | 上年同期 |',
    '| --- | --- | --- | --- | --- |',
    '| 教育支出 | 168,000 | 86,420 | 51.4 | 82,070 |',
    '| 卫生健康支出 | 76,000 | 38,160 | 50.2 | 35,940 |',
    '',
  ].join('\n');

const QUARTERS = (tax: string) =>
  [
    '2025年前三季度松川区税收收入情况',
    '',
    '（二）契税。前三季度累计实现' + tax + '万元，主要是改善型住房成交回升。',
    '',
    '表3  税收收入分税种情况（单位：万元）',
    '税种                 本年累计        上年同期',
    '契税                 4,286           3,904',
    '房产税               2,614           2,580',
    '印花税               1,106           1,102',
  ].join('\n');

ruleTester(rule, {
  valid: [
    { why: 'each tax’s running total as the 1—9月累计 column has it (亿元 against 万元 on intervals)', code: MONTHLY('0.49', '1.53') },
    { why: 'the 1—6月支出 column is the 上半年 of the title', format: 'markdown', code: HALF_YEAR('8.64') },
    { why: '本年累计 in a report of 前三季度 is its running total', code: QUARTERS('4,286') },
    {
      why: 'the 上年同期 column is last year’s: a sentence on it is not the stretch’s running total',
      code: MONTHLY('0.49', '1.53').replace('1.增值税。累计完成9.86亿元', '1.增值税。上年同期累计完成9.28亿元'),
    },
    {
      why: 'a title of the whole year has no stretch: a 1—9月 column is no running total of it',
      code: MONTHLY('0.49', '1.62').replace('2025年1—9月青禾县财政收支情况', '青禾县2025年财政收支情况'),
    },
  ],
  invalid: [
    {
      why: 'the run-in title’s tax, its sentence opening on a cause, against the 1—9月累计 column (15,260 is 1.53亿元)',
      code: MONTHLY('0.49', '1.62'),
      errors: [{ message: '2025年1—9月个人所得税在表中为15,260万元（即1.53亿元），此处却为1.62亿元', line: 7, column: 25 }],
    },
    {
      why: 'a tax named in its own sentence against the 1—9月累计 column',
      code: MONTHLY('0.94', '1.53'),
      errors: [{ message: '2025年1—9月城镇土地使用税在表中为4,880万元（即0.49亿元），此处却为0.94亿元', line: 9, column: 12 }],
    },
    {
      why: '增值税 under its run-in title (its 增 is no word of change) against the 1—9月累计 column',
      code: MONTHLY('0.49', '1.53').replace('累计完成9.86亿元', '累计完成9.68亿元'),
      errors: [{ message: '2025年1—9月增值税在表中为98,600万元（即9.86亿元），此处却为9.68亿元', line: 5, column: 11 }],
    },
    {
      why: 'a run-in title after the first sentence of its paragraph, against the 1—6月支出 column',
      format: 'markdown',
      code: HALF_YEAR('8.46'),
      errors: [{ message: '2025年上半年教育支出在表中为86,420万元（即8.64亿元），此处却为8.46亿元', line: 5, column: 37 }],
    },
    {
      why: '前三季度累计实现 under a run-in title against the 本年累计 column',
      code: QUARTERS('4,268'),
      errors: [{ message: '2025年前三季度契税在表中为4,286万元，此处却为4,268万元', line: 3, column: 15 }],
    },
  ],
});
