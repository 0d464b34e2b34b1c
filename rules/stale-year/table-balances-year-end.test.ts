import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A debt disclosure's note on its own balances (表中余额为2024年末数) names the year-end they are counted at. Where the
// text dates the same balances at the title year's end (截至2025年12月31日，全市政府债务余额…), a note giving the year
// before is a year left from last year's text. A note with no such statement (a budget's debt table may give last
// year's end) proves nothing. Snippets written for these tests.
const DOC = (opening: string, note: string) =>
  `青杉市2025年政府债务限额及余额情况公开说明\n\n${opening}\n\n表1  青杉市2025年分地区政府债务限额和余额情况表\n\n地区  限额  余额\n市本级  312.40  298.60\n合计  612.40  586.30\n\n${note}\n`;
const AT_END = '截至2025年12月31日，全市政府债务余额586.30亿元，控制在限额612.40亿元以内。';

ruleTester(rule, {
  valid: [
    { why: 'the title’s year-end', code: DOC(AT_END, '注：表中余额为2025年末数，限额为省政府核定的2025年限额。') },
    { why: 'no statement dates the balances at the title year’s end', code: DOC('2025年全市政府债务限额612.40亿元。', '注：表中余额为2024年末数，限额为省政府核定的2025年限额。') },
    { why: 'the text dates them at last year’s end too', code: DOC('截至2024年12月31日，全市政府债务余额586.30亿元。', '注：表中余额为2024年末数。') },
    { why: 'last year’s end named to compare', code: DOC(AT_END, '注：表中余额为2025年末数，上年末余额为2024年末数，仅作对比。') },
  ],
  invalid: [
    {
      why: '表中余额为…年末数',
      code: DOC(AT_END, '注：表中余额为2024年末数，限额为省政府核定的2025年限额。'),
      errors: [{ message: '标题为2025年债务，正文此处却写作2024年债务', line: 11, column: 8 }],
    },
    {
      why: '表内债务余额均为…12月末数, the text opening on 2025年末',
      code: DOC('2025年末，全市政府债务余额586.30亿元，其中一般债务余额212.60亿元。', '注：表内债务余额均为2024年12月末数。'),
      errors: [{ message: '标题为2025年债务，正文此处却写作2024年债务', line: 11, column: 11 }],
    },
    {
      why: '以上债务余额为…年底数',
      code: DOC(AT_END, '以上债务余额为2024年底数据，已经省财政厅审核。'),
      errors: [{ message: '标题为2025年债务，正文此处却写作2024年债务', line: 11, column: 8 }],
    },
  ],
});
