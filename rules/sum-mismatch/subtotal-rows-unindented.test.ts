import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A table whose "…小计" rows add up the rows right under them, copied without the indents that set those rows
// apart (a .docx or a web page pasted as text). Snippets written for these tests; none is copied from a real
// disclosure.
const table = (a: string, b: string) =>
  '表2　一般公共预算支出表　单位：万元\n\n| 科目 | 2024年预算 | 2025年预算 |\n| --- | --- | --- |\n' +
  `| 合计 | 9,420.00 | ${a} |\n` +
  `| 教育支出小计 | 6,210.00 | ${b} |\n` +
  '| 普通教育 | 4,380.00 | 4,520.00 |\n| 职业教育 | 1,830.00 | 1,910.00 |\n' +
  '| 文化旅游体育与传媒支出小计 | 2,050.00 | 2,160.00 |\n| 文化和旅游 | 1,240.00 | 1,300.00 |\n| 体育 | 810.00 | 860.00 |\n' +
  '| 住房保障支出 | 1,160.00 | 1,200.00 |\n';

ruleTester(rule, {
  valid: [{ why: '4,520 + 1,910 = 6,430; 6,430 + 2,160 + 1,200 = 9,790', code: table('9,790.00', '6,430.00') }],
  invalid: [
    {
      why: 'the 小计 says 6,460 where its rows add to 6,430 (the 2024 column shows which rows are its); the 合计 adds the 小计 rows and the rest',
      code: table('9,790.00', '6,460.00'),
      errors: [
        { message: '表中教育支出小计行“2025年预算”列6,460.00万元，但分项之和为6430.00万元（4520.00 + 1910.00），相差30.00万元', line: 6, column: 23 },
      ],
    },
  ],
});
