import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A table pasted as text (tab- or space-laid) whose 增减额 column sets a decrease in brackets, (207.12) or （5.7）: the
// row is still a row of the table, not a line of prose that ends it.
const table = (sep: string, first: string) =>
  ['单位：万元', '', ['科目', '2023年决算数', '2024年决算数', '增减额', '增减率（%）'].join(sep), ['合计', first, '9,950.00', '-', '-'].join(sep),
    ['教育支出', '5,200.00', '5,600.00', '400.00', '7.7'].join(sep), ['卫生健康支出', '3,612.40', '3,405.28', '(207.12)', '（5.7）'].join(sep),
    ['住房保障支出', '880.00', '944.72', '64.72', '7.4'].join(sep)].join('\n') + '\n';
ruleTester(rule, {
  valid: [
    { why: 'tab-separated: 5,200.00 + 3,612.40 + 880.00 = 9,692.40', code: table('\t', '9,692.40') },
    { why: 'laid out with spaces: the same', code: table('    ', '9,692.40') },
  ],
  invalid: [
    {
      why: 'the rows after the bracketed one are still read: 5,600.00 + 3,405.28 + 944.72 = 9,950.00 against 9,950.00, and 9,692.40 ≠ 9,792.40',
      code: table('\t', '9,792.40'),
      errors: [{ message: '表中合计行“2023年决算数”列9,792.40万元，但分项之和为9692.40万元（5200.00 + 3612.40 + 880.00），相差100.00万元', line: 4, column: 4 }],
    },
  ],
});
