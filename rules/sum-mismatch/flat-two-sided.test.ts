import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A 收支总表 as pdftotext prints it without -layout: a line a row, the 收入 label and figure then the 支出
// ones, a figure dropped where its cell was empty, a line of one label once the shorter list has ended.
// Under a head of one figure column a side (项目 决算数 项目 决算数) each side is read as its own list.
// Snippets written for these tests.
const finalAccounts = (spendingTotal: string) =>
  [
    '部门收入支出决算总表',
    '单位：万元',
    '收入 支出',
    '项目 决算数 项目 决算数',
    '一、一般公共预算财政拨款收入 1,284.60 一、一般公共服务支出 902.15',
    '二、政府性基金预算财政拨款收入 二、公共安全支出',
    '三、事业收入 三、教育支出',
    '四、其他收入 12.40 四、社会保障和就业支出 241.33',
    '五、卫生健康支出 58.72',
    '六、住房保障支出 94.80',
    `本年收入合计 1,297.00 本年支出合计 ${spendingTotal}`,
    '年初结转和结余 年末结转和结余',
    '总计 1,297.00 总计 1,297.00',
    '注：本表反映部门本年度总收支情况。',
  ].join('\n');

const budget = (incomeTotal: string) =>
  [
    '2025年部门财务收支预算总表',
    '单位：万元',
    '项目 预算数 项目 预算数',
    '一、财政拨款收入 3,408.20 一、城乡社区支出 2,975.00',
    '二、事业收入 186.00 二、农林水支出 619.20',
    '三、其他收入 0.00',
    `收入合计 ${incomeTotal} 支出合计 3,594.20`,
  ].join('\n');

const carried = (grand: string) =>
  [
    '收入支出决算总表',
    '单位：万元',
    '项目 决算数 项目 决算数',
    '一、财政拨款收入 640.50 一、文化旅游体育与传媒支出 655.10',
    '二、其他收入 20.00',
    '本年收入合计 660.50 本年支出合计 655.10',
    '',
    '===== PAGE 6 =====',
    '使用非财政拨款结余 结余分配',
    '年初结转和结余 35.60 年末结转和结余 41.00',
    `总计 696.10 总计 ${grand}`,
    '注：本表反映总收支情况。',
  ].join('\n');

ruleTester(rule, {
  valid: [
    { why: 'both lists add up, the 支出 list running on alone after the 收入 list ended', code: finalAccounts('1,297.00') },
    { why: 'a budget’s lists add up', code: budget('3,594.20') },
    { why: 'the 总计 of each side is its 本年合计 and the carry-over, across a page marker', code: carried('696.10') },
    {
      why: 'a line of one label that names neither 收入 nor 支出 (a label the page wrapped): which side it is on is unknown, the table is not read',
      code: [
        '收入支出决算总表',
        '单位：万元',
        '项目 决算数 项目 决算数',
        '一、财政拨款收入 500.00 一、节能环保支出 320.00',
        '二、其他收入 二、资源勘探工业信息等支',
        '出',
        '三、住房保障支出 80.00',
        '本年收入合计 500.00 本年支出合计 500.00',
      ].join('\n'),
    },
    {
      why: 'a side with two figures (合计 and a part, one dropped): its columns cannot be told apart, the table is not read',
      code: [
        '财政拨款收入支出决算总表',
        '单位：万元',
        '项目 决算数 项目 决算数',
        '一、一般公共预算财政拨款收入 410.00 一、教育支出 300.00 300.00',
        '二、政府性基金预算财政拨款收入 二、科学技术支出 90.00 60.00',
        '本年收入合计 410.00 本年支出合计 410.00',
      ].join('\n'),
    },
    {
      why: 'a number set apart from its label (三、 其他收入): the gaps no longer part the two sides, the table is not read',
      code: [
        '收入支出决算总表',
        '单位：万元',
        '项目 决算数 项目 决算数',
        '一、财政拨款收入 300.00 一、教育支出 250.00',
        '二、事业收入 二、科学技术支出 80.00',
        '三、 其他收入 30.00',
        '本年收入合计 330.00 本年支出合计 330.00',
      ].join('\n'),
    },
  ],
  invalid: [
    {
      why: 'the 支出 rows make 1,297.00 (902.15 + 241.33 + 58.72 + 94.80), stated 1,279.00',
      code: finalAccounts('1,279.00'),
      errors: [
        { message: '表中本年支出合计行“决算数”列1,279.00万元，但分项之和为1297.00万元（902.15 + 241.33 + 58.72 + 94.80），相差18.00万元', line: 11, column: 24 },
      ],
    },
    {
      why: 'a budget’s 收入合计 is not its rows: 3,408.20 + 186.00 + 0.00 = 3,594.20, stated 3,549.20',
      code: budget('3,549.20'),
      errors: [{ message: '表中收入合计行“预算数”列3,549.20万元，但分项之和为3594.20万元（3408.20 + 186.00 + 0.00），相差45.00万元', line: 7, column: 6 }],
    },
    {
      why: 'the 支出 总计 after a page marker is not 655.10 + 41.00 = 696.10',
      code: carried('690.10'),
      errors: [{ message: '表中总计行“决算数”列690.10万元，但分项之和为696.10万元（655.10 + 41.00），相差6.00万元', line: 11, column: 14 }],
    },
  ],
});
