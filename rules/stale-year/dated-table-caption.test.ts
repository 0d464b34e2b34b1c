import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A caption may date its table's stocks before the report's subject (表1 X市2024年末政府债务限额和余额情况表). Last year's close
// may be tabled in this year's note to compare: only a table whose 合计 the prose states under the title's year, and under
// no other, is this year's table with a stale date. Snippets written for these tests; none is copied from a real disclosure.
const NOTE = (caption: string, prose = '截至2025年末，全市政府债务余额96.40亿元，控制在限额102.00亿元以内。') =>
  `# 青岭市2025年政府债务限额和余额情况说明\n\n一、限额和余额总体情况\n\n经省人民政府核定，2025年全市政府债务限额102.00亿元。${prose}\n\n二、分地区情况\n\n${caption}\n\n| 地区 | 债务限额 | 债务余额 |\n| --- | --- | --- |\n| 市本级 | 58.00 | 54.60 |\n| 东城区 | 44.00 | 41.80 |\n| 合计 | 102.00 | 96.40 |\n`;

ruleTester(rule, {
  valid: [
    { why: 'the close of the title’s year', code: NOTE('表1 青岭市2025年末政府债务限额和余额情况表（单位：亿元）'), format: 'markdown' },
    {
      why: 'last year’s close tabled, its 合计 stated as last year’s',
      code: NOTE(
        '表1 青岭市2024年末政府债务限额和余额情况表（单位：亿元）',
        '截至2025年末，全市政府债务余额104.20亿元。2024年末全市政府债务限额102.00亿元，余额96.40亿元。',
      ),
      format: 'markdown',
    },
    {
      why: 'a 合计 stated nowhere in the prose',
      code: NOTE('表1 青岭市2024年末政府债务限额和余额情况表（单位：亿元）', '全市政府债务余额控制在限额以内。').replace('2025年全市政府债务限额102.00亿元', '2025年全市政府债务限额108.00亿元'),
      format: 'markdown',
    },
  ],
  invalid: [
    {
      why: 'the 合计 is the title year’s limit and balance, the caption dated a year before',
      code: NOTE('表1 青岭市2024年末政府债务限额和余额情况表（单位：亿元）'),
      format: 'markdown',
      errors: [{ message: '标题为2025年政府债务限额和余额，正文此处却写作2024年政府债务限额和余额', line: 9, column: 7 }],
    },
    {
      why: '年底, the unit on a line of its own, the table number with a colon',
      code: NOTE('表1：2024年底政府债务限额和余额情况表\n\n单位：亿元'),
      format: 'markdown',
      errors: [{ message: '标题为2025年政府债务限额和余额，正文此处却写作2024年政府债务限额和余额', line: 9, column: 4 }],
    },
  ],
});
