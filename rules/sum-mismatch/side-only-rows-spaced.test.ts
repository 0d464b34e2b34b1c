import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A 收支总表 laid out side by side with spaces, the 支出 side running past the 收入 side: a row past the income side's last is
// indented to the spending side's label column, its income cells empty. It is a row of the spending side, so the 支出 column
// adds to its 合计 with it. Snippets written for these tests.
const cols = (...items: Array<[number, string]>) => {
  let line = '';
  let w = 0;
  for (const [at, text] of items) {
    line += ' '.repeat(Math.max(1, at - w)) + text;
    w = Math.max(w + 1, at) + [...text].reduce((a, c) => a + (c.charCodeAt(0) >= 0x2e80 ? 2 : 1), 0);
  }
  return line;
};
const TOWN = (health: string) =>
  [
    '表1  某镇人民政府2026年部门收支预算总表',
    '                                                              单位：万元',
    cols([0, '收    入'], [30, '预算数'], [42, '支    出'], [72, '预算数']),
    cols([0, '一般公共预算拨款收入'], [28, '2,614.80'], [42, '一般公共服务支出'], [72, '1,208.30']),
    cols([0, '政府性基金预算拨款收入'], [30, '86.00'], [42, '农林水支出'], [74, '642.50']),
    cols([42, '卫生健康支出'], [74, health]),
    cols([42, '城乡社区支出'], [74, '675.40']),
    cols([0, '收入合计'], [28, '2,700.80'], [42, '支出合计'], [72, '2,700.80']),
  ].join('\n');
const BUREAU = (housing: string) =>
  [
    '表1      县水利局2025年度收入支出决算总表（单位：万元）',
    cols([0, '收    入'], [34, '决算数'], [46, '支    出'], [80, '决算数']),
    cols([0, '一、财政拨款收入'], [32, '4,962.18'], [46, '一、农林水支出'], [80, '4,310.62']),
    cols([0, '二、事业收入'], [34, '210.00'], [46, '二、社会保障和就业支出'], [82, '386.14']),
    cols([0, '三、其他收入'], [35, '48.60'], [46, '三、卫生健康支出'], [82, '132.02']),
    cols([46, '四、住房保障支出'], [82, housing]),
    cols([0, '本年收入合计'], [32, '5,220.78'], [46, '本年支出合计'], [80, '5,220.78']),
  ].join('\n');
const COMMITTEE = (transport: string) =>
  [
    '街道工作委员会2026年收支预算总表（单位：万元）',
    cols([0, '收    入'], [26, '预算数'], [38, '支    出'], [64, '预算数']),
    cols([0, '财政拨款收入'], [24, '1,412.30'], [38, '一般公共服务支出'], [66, '902.30']),
    cols([0, '其他收入'], [26, '56.20'], [38, '文化旅游体育与传媒支出'], [67, '86.20']),
    cols([38, '交通运输支出'], [66, transport]),
    cols([38, '节能环保支出'], [67, '96.40']),
    cols([0, '收入合计'], [24, '1,468.50'], [38, '支出合计'], [64, '1,468.50']),
  ].join('\n');
ruleTester(rule, {
  valid: [
    { why: 'the spending side’s four rows add to 2,700.80, two of them past the income side', code: TOWN('174.60') },
    { why: 'the spending side adds to 5,220.78 with its 四、 row alone on its line', code: BUREAU('392.00') },
    { why: 'two income rows against four spending rows: 902.30 + 86.20 + 383.60 + 96.40 = 1,468.50', code: COMMITTEE('383.60') },
  ],
  invalid: [
    {
      why: 'a spending row past the income side slipped: 1,208.30 + 642.50 + 147.60 + 675.40 = 2,673.80',
      code: TOWN('147.60'),
      errors: [{ message: '表中支出合计行“预算数”列2,700.80万元，但分项之和为2673.80万元（1208.30 + 642.50 + 147.60 + 675.40），相差27.00万元', line: 8, column: 65 }],
    },
    {
      why: 'the 住房保障 row alone on its line: the 支出 column adds to 5,148.78',
      code: BUREAU('320.00'),
      errors: [{ message: '表中本年支出合计行“决算数”列5,220.78万元，但分项之和为5148.78万元（4310.62 + 386.14 + 132.02 + 320.00），相差72.00万元', line: 7, column: 69 }],
    },
    {
      why: 'two spending rows past the two income rows: 902.30 + 86.20 + 338.60 + 96.40 = 1,423.50',
      code: COMMITTEE('338.60'),
      errors: [{ message: '表中支出合计行“预算数”列1,468.50万元，但分项之和为1423.50万元（902.30 + 86.20 + 338.60 + 96.40），相差45.00万元', line: 7, column: 57 }],
    },
  ],
});
