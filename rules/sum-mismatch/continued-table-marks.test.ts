import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A table of projects a page break cuts in two, as a Word-made PDF or a .docx read to Markdown gives it: the first
// page's rows, then whatever the break leaves (the page's foot 第 n 页 共 m 页, the next page's running head) and the
// mark that the table goes on (续表, 续表2, 表2（续）, …情况表（续）), with the head printed again or not, and the 合计
// closing the rows of both pages. Snippets written for these tests.
const HEAD = ['| 序号 | 项目名称 | 批复资金 | 已拨付 |', '| --- | --- | --- | --- |'];
const TITLE = '表2 柳塘县2025年乡村振兴衔接资金项目拨付情况（单位：万元）';
const FIRST = ['| 1 | 高标准农田灌溉渠系配套 | 420.00 | 380.00 |', '| 2 | 茶叶加工厂房扩建 | 315.00 | 300.00 |', '| 3 | 村级光伏电站运维 | 86.00 | 86.00 |'];
const REST = (total: string) => ['| 4 | 脱贫户小额信贷贴息 | 142.00 | 120.00 |', '| 5 | 农村人居环境整治 | 237.00 | 210.00 |', `| 合计 |  | ${total} | 1,096.00 |`];
// 420 + 315 + 86 + 142 + 237 = 1,200.00; 380 + 300 + 86 + 120 + 210 = 1,096.00
const doc = (between: string[], total = '1,200.00', head = HEAD) => ['项目拨付明细见表2。', '', TITLE, '', ...HEAD, ...FIRST, '', ...between.flatMap((l) => [l, '']), ...head, ...REST(total)].join('\n');
const FOOT = ['第 2 页 共 4 页', '柳塘县财政局关于2025年衔接资金使用情况的报告'];

// The head notes one column's own unit (进度（%）): the money columns beside it are in the caption's unit on both pages.
const RATE_HEAD = ['| 序号 | 项目名称 | 债券资金 | 已支出 | 支出进度（%） |', '| --- | --- | --- | --- | --- |'];
const rated = (total: string) =>
  [
    '表1 某县2025年新增专项债券项目支出情况（单位：亿元）',
    '',
    ...RATE_HEAD,
    '| 1 | 城南污水管网改造 | 1.50 | 1.20 | 80.0 |',
    '| 2 | 县人民医院综合楼 | 2.00 | 1.90 | 95.0 |',
    '',
    '第 3 页 共 5 页',
    '',
    '续表1',
    '',
    ...RATE_HEAD,
    '| 3 | 物流园区冷链仓储 | 0.70 | 0.56 | 80.0 |',
    `| 合计 |  | ${total} | 3.66 | 87.1 |`,
  ].join('\n');

ruleTester(rule, {
  valid: [
    { why: '续表2 over the head printed again: the 合计 adds the rows of both pages', code: doc(['续表2']), format: 'markdown' },
    { why: 'the page foot and the running head before 续表2', code: doc([...FOOT, '续表2']), format: 'markdown' },
    { why: 'a bare 续表', code: doc([...FOOT, '续表']), format: 'markdown' },
    { why: '表2（续）', code: doc(['表2（续）']), format: 'markdown' },
    { why: 'the caption printed again with （续） after it, a table title ending in 表', code: doc(['柳塘县2025年乡村振兴衔接资金项目拨付情况表（续）']), format: 'markdown' },
    { why: 'the numbered caption again with (续) and its unit', code: doc(['表2 柳塘县2025年乡村振兴衔接资金项目拨付情况(续)（单位：万元）']), format: 'markdown' },
    { why: 'in a Word document read paragraph by paragraph', code: doc([...FOOT, '续表2']).split('\n').filter((l) => l).join('\n'), format: 'paragraphs' },
    {
      why: 'the head not printed again: under 续表2 the rows go on, 4 after 3, the first of them read as the part\'s head',
      code: doc([...FOOT, '续表2'], '1,200.00', ['| 4 | 脱贫户小额信贷贴息 | 142.00 | 120.00 |', '| --- | --- | --- | --- |']).replace('| 4 | 脱贫户小额信贷贴息 | 142.00 | 120.00 |\n| 5', '| 5'),
      format: 'markdown',
    },
    { why: 'a head noting 支出进度（%） printed again: 1.50 + 2.00 + 0.70 = 4.20 亿元 and 1.20 + 1.90 + 0.56 = 3.66', code: rated('4.20'), format: 'markdown' },
  ],
  invalid: [
    {
      why: 'the same, the 合计 of 债券资金 off: 4.20 against 4.30',
      code: rated('4.30'),
      format: 'markdown',
      errors: [{ message: '表中合计行“债券资金”列4.30亿元，但分项之和为4.20亿元（1.50 + 2.00 + 0.70），相差0.10亿元', line: 15, column: 11 }],
    },
    {
      why: 'the head not printed again, a row of the second page off: 142 + 247, the 合计 1,200.00 against 1,210.00',
      code: doc([...FOOT, '续表2'], '1,200.00', ['| 4 | 脱贫户小额信贷贴息 | 142.00 | 120.00 |', '| --- | --- | --- | --- |'])
        .replace('| 4 | 脱贫户小额信贷贴息 | 142.00 | 120.00 |\n| 5', '| 5')
        .replace('| 237.00 |', '| 247.00 |'),
      format: 'markdown',
      errors: [{ message: '表中合计行“批复资金”列1,200.00万元，但分项之和为1210.00万元（420.00 + 315.00 + 86.00 + 142.00 + 247.00），相差10.00万元', line: 20, column: 11 }],
    },
    {
      why: 'continued under 续表2, the 合计 off by 10: checked against the rows of both pages',
      code: doc([...FOOT, '续表2'], '1,210.00'),
      format: 'markdown',
      errors: [{ message: '表中合计行“批复资金”列1,210.00万元，但分项之和为1200.00万元（420.00 + 315.00 + 86.00 + 142.00 + 237.00），相差10.00万元', line: 21, column: 11 }],
    },
    {
      why: 'a new table 表3 with the same head is its own table: 142 + 237 = 379, stated 1,200.00',
      code: doc(['表3 柳塘县2025年以工代赈项目拨付情况（单位：万元）']),
      format: 'markdown',
      errors: [
        { message: '表中合计行“批复资金”列1,200.00万元，但分项之和为379.00万元（142.00 + 237.00），相差821.00万元', line: 17, column: 11 },
        { message: '表中合计行“已拨付”列1,096.00万元，但分项之和为330.00万元（120.00 + 210.00），相差766.00万元', line: 17, column: 22 },
      ],
    },
    {
      why: '续表3 goes on with table 3, not with 表2 above: the rows under it are another table\'s',
      code: doc(['续表3']),
      format: 'markdown',
      // (Not 表2's rows, so not in 表2's unit either: the mark names a table whose caption is elsewhere.)
      errors: [
        { message: '表中合计行“批复资金”列1,200.00，但分项之和为379.00（142.00 + 237.00），相差821.00', line: 17, column: 11 },
        { message: '表中合计行“已拨付”列1,096.00，但分项之和为330.00（120.00 + 210.00），相差766.00', line: 17, column: 22 },
      ],
    },
  ],
});
