import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// The tables of subtotal-beside-class.test.ts laid out with spaces (a draft pasted as plain text, pdftotext -layout): the
// head names one label column, the rows use two (公务用车购置及运行维护费  小计 …, its parts set under 小计). As text the
// row labelled twice holds one cell more than the head; read as the end of the table, its 合计 was set against the rows
// above it alone (24.80 against 0.00). Snippets written for these tests; none is copied from a real disclosure.

// A line with each text starting at its page column (an ideograph two columns wide), as a layout copy prints it.
const cols = (...items: Array<[number, string]>) => {
  let line = '';
  let w = 0;
  for (const [at, text] of items) {
    line += ' '.repeat(Math.max(1, at - w)) + text;
    w = Math.max(w + 1, at) + [...text].reduce((a, c) => a + (c.charCodeAt(0) >= 0x2e80 ? 2 : 1), 0);
  }
  return line.replace(/^ /, '');
};

const SAN_GONG = (car: string, total = '31.60') =>
  [
    '表3 一般公共预算“三公”经费支出表（单位：万元）',
    cols([0, '项目'], [50, '2025年预算数'], [66, '2026年预算数'], [82, '增减额'], [92, '增减率']),
    cols([0, '合计'], [50, total], [66, '29.20'], [82, '-2.40'], [92, '-7.6%']),
    cols([0, '因公出国（境）费'], [50, '4.00'], [66, '3.00'], [82, '-1.00'], [92, '-25.0%']),
    cols([0, '公务用车购置及运行维护费'], [28, '小计'], [50, car], [66, '20.00'], [82, '0.00'], [92, '0.0%']),
    cols([28, '公务用车购置费'], [50, '0.00'], [66, '0.00'], [82, '0.00'], [92, '—']),
    cols([28, '公务用车运行维护费'], [50, '20.00'], [66, '20.00'], [82, '0.00'], [92, '0.0%']),
    cols([0, '公务接待费'], [50, '7.60'], [66, '6.20'], [82, '-1.40'], [92, '-18.4%']),
  ].join('\n');

const BY_CLASS = (sub: string) =>
  [
    '表2 一般公共预算支出表（单位：万元）',
    cols([0, '科目'], [58, '合计'], [70, '基本支出'], [84, '项目支出']),
    cols([0, '合计'], [56, '1,544.60'], [70, '1,088.20'], [86, '456.40']),
    cols([0, '一般公共服务支出'], [22, '小计'], [56, sub], [72, '685.80'], [86, '236.40']),
    cols([22, '政府办公厅（室）及相关机构事务'], [58, '802.20'], [72, '605.80'], [86, '196.40']),
    cols([22, '财政事务'], [58, '120.00'], [74, '80.00'], [88, '40.00']),
    cols([0, '社会保障和就业支出'], [22, '小计'], [58, '402.40'], [72, '402.40'], [88, '0.00']),
    cols([22, '行政事业单位养老支出'], [58, '402.40'], [72, '402.40'], [88, '0.00']),
    cols([0, '农林水支出'], [22, '小计'], [58, '220.00'], [74, '0.00'], [86, '220.00']),
    cols([22, '农业农村'], [58, '220.00'], [74, '0.00'], [86, '220.00']),
  ].join('\n');

const INCOME = [
  '表1 收入预算表（单位：万元）',
  cols([0, '收入项目'], [36, '2025年预算数'], [52, '2026年预算数']),
  cols([0, '财政拨款收入'], [18, '小计'], [38, '1,206.10'], [54, '1,260.40']),
  cols([18, '一般公共预算'], [38, '1,146.10'], [54, '1,180.40']),
  cols([18, '政府性基金预算'], [40, '60.00'], [56, '80.00']),
  cols([0, '事业收入'], [40, '92.00'], [56, '96.00']),
  cols([0, '合计'], [38, '1,298.10'], [54, '1,356.40']),
].join('\n');

ruleTester(rule, {
  valid: [
    { why: 'the 三公 合计 is its three kinds, the car 小计 its two parts: 4.00 + 20.00 + 7.60 = 31.60', code: SAN_GONG('20.00') },
    { why: 'each class’s 小计 its items, the 合计 the 小计 rows: 922.20 + 402.40 + 220.00 = 1,544.60', code: BY_CLASS('922.20') },
    { why: '合计 last: 财政拨款 小计 1,206.10 + 事业收入 92.00 = 1,298.10, the 小计 its two funds', code: INCOME },
  ],
  invalid: [
    {
      why: 'the car 小计 of 2025 is not its parts’ sum (0.00 + 20.00); the 合计 adds the 小计 as printed (4.00 + 22.00 + 7.60)',
      code: SAN_GONG('22.00', '33.60'),
      errors: [{ message: '表中公务用车购置及运行维护费行“2025年预算数”列22.00万元，但分项之和为20.00万元（0.00 + 20.00），相差2.00万元', line: 5, column: 36 }],
    },
    {
      why: 'the first 小计 is not its items’ sum (802.20 + 120.00 = 922.20)',
      code: BY_CLASS('942.20'),
      errors: [{ message: '表中“一般公共服务支出”行合计942.20万元，但分项之和为922.20万元（685.80 + 236.40），相差20.00万元', line: 4, column: 46 }],
    },
  ],
});
