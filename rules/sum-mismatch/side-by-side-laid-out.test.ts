import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A 收支总表 with 收入 and 支出 side by side, laid out as plain text: with spaces (收    入 | 预算数 | 支    出 | 预算数), or
// with tabs, the rows past the income side's last opening with tabs for its empty cells. Each side's column adds to its
// 合计. Snippets written for these tests.
const TABBED = (social: string) =>
  [
    '表1 收支预算总表（单位：万元）',
    '收入\t预算数\t支出\t预算数',
    '一、一般公共预算拨款收入\t2,186.42\t一、一般公共服务支出\t862.36',
    '二、政府性基金预算拨款收入\t120.00\t二、公共安全支出\t48.20',
    '三、其他收入\t12.50\t三、文化旅游体育与传媒支出\t36.80',
    `\t\t四、社会保障和就业支出\t${social}`,
    '\t\t五、卫生健康支出\t92.18',
    '\t\t六、农林水支出\t992.84',
    '收入合计\t2,318.92\t支出合计\t2,318.92',
  ].join('\n');
const cols = (...items: Array<[number, string]>) => {
  let line = '';
  let w = 0;
  for (const [at, text] of items) {
    line += ' '.repeat(Math.max(1, at - w)) + text;
    w = Math.max(w + 1, at) + [...text].reduce((a, c) => a + (c.charCodeAt(0) >= 0x2e80 ? 2 : 1), 0);
  }
  return line.replace(/^ /, '');
};
const SPACED = (grant: string) =>
  [
    '表1  部门收支总表（单位：万元）',
    cols([0, '收    入'], [36, '预算数'], [46, '支    出'], [80, '预算数']),
    cols([0, '一、一般公共预算拨款收入'], [34, grant], [46, '一、科学技术支出'], [80, '1,120.00']),
    cols([0, '二、事业收入'], [36, '6,862.40'], [46, '二、农林水支出'], [78, '96,362.76']),
    cols([0, '收入合计'], [34, '97,482.76'], [46, '支出合计'], [78, '97,482.76']),
  ].join('\n');
ruleTester(rule, {
  valid: [
    { why: 'the spending side’s six rows add to 2,318.92, three of them past the income side', code: TABBED('286.54') },
    { why: 'the income side adds to 97,482.76 with spaces between the cells', code: SPACED('90,620.36') },
  ],
  invalid: [
    {
      why: 'a spending row past the income side slipped: the 支出 column adds to 2,300.92',
      code: TABBED('268.54'),
      errors: [{ message: '表中支出合计行“预算数”列2,318.92万元，但分项之和为2300.92万元（862.36 + 48.20 + 36.80 + 268.54 + 92.18 + 992.84），相差18.00万元', line: 9, column: 20 }],
    },
    {
      why: 'the income side laid out with spaces does not add up',
      code: SPACED('90,260.36'),
      errors: [{ message: '表中收入合计行“预算数”列97,482.76万元，但分项之和为97122.76万元（90260.36 + 6862.40），相差360.00万元', line: 5, column: 30 }],
    },
  ],
});
