import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A table a page break cuts in two, as pdftotext gives it: the page number, a form feed, and the
// table's head printed again over the rows of the next page (under 续表 or not). The rows of both
// pages are the table's: read up to the break only, its total would be checked against part of them.
const head = (sep: string) => ['项目', '2024年执行数', '2025年预算数'].join(sep);
const table = (sep: string, again: string[], last: string) =>
  [
    '表2 一般公共预算支出表',
    '单位：万元',
    head(sep),
    ['合计', '2,232', '2,360'].join(sep),
    ['一般公共服务支出', '1,286', '1,342'].join(sep),
    '',
    '- 4 -',
    '',
    ...again.map((l, i) => (i === 0 ? `\f${l}` : l)),
    ['社会保障和就业支出', '946', last].join(sep),
    '2025年一般公共预算支出2,360万元。',
  ].join('\n');

ruleTester(rule, {
  valid: [
    { why: 'tab-separated, the head again after the break: 1,286 + 946 = 2,232 and 1,342 + 1,018 = 2,360', code: table('\t', [head('\t')], '1,018') },
    { why: 'laid out with spaces, under 续表', code: table('    ', ['续表', head('    ')], '1,018') },
    { why: 'under 表2（续）', code: table('\t', ['表2（续）', head('\t')], '1,018') },
  ],
  invalid: [
    {
      why: 'a row on the second page is off: 1,342 + 1,028 = 2,370, stated 2,360',
      code: table('\t', [head('\t')], '1,028'),
      errors: [{ message: '表中合计行“2025年预算数”列2,360万元，但分项之和为2370万元（1342 + 1028），相差10万元', line: 4, column: 10 }],
    },
  ],
});
