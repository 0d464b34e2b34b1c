import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A plain-text table whose page spread the label column's head over its cell (科  目, 项    目, 名  称) and its total
// row's name (合  计): the head is one cell, so the rate column is read against the two years beside it. Snippets written
// for these tests; none is copied from a real disclosure.
const TABLE = (head: string, total: string, rate: string) =>
  [
    '某乡2025年一般公共预算支出预算表',
    '                                                        单位：万元',
    `${head.padEnd(30, ' ')}2024年预算数   2025年预算数   增减(%)`,
    '一般公共服务支出                 2,650          2,738         3.3',
    '教育支出                           318            342         7.5',
    `农林水支出                       1,480          1,566         ${rate}`,
    `${total.padEnd(30, ' ')}   4,448          4,646         4.5`,
  ].join('\n');

ruleTester(rule, {
  valid: [
    { why: '86 / 1,480 = 5.81%, stated 5.8 under 科  目', code: TABLE('科  目', '合  计', '5.8'), format: 'text' },
    { why: 'the same under 项    目 and 总  计', code: TABLE('项    目', '总  计', '5.8'), format: 'text' },
  ],
  invalid: [
    {
      why: '86 / 1,480 = 5.81%, stated 8.5 under 科  目',
      code: TABLE('科  目', '合  计', '8.5'),
      format: 'text',
      errors: [{ message: '农林水支出1,566万元，按增加计，2024年预算数为1,480万元，增幅应为5.81%，而非所写的8.5%', line: 6, column: 58 }],
    },
    {
      why: 'the same under 名  称 and 总  计',
      code: TABLE('名  称', '总  计', '8.5'),
      format: 'text',
      errors: [{ message: '农林水支出1,566万元，按增加计，2024年预算数为1,480万元，增幅应为5.81%，而非所写的8.5%', line: 6, column: 58 }],
    },
  ],
});
