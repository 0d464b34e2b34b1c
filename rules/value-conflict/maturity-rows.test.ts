import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A table of debt by the year it falls due (到期年度 | 一般债务 | 专项债务 | 合计): a sentence of the debt falling due in a
// year restates that year's row, the 合计 column when it names no kind. Snippets written for these tests.
const TAB = '表3  全县政府债务到期情况表\n单位：亿元\n到期年度\t一般债务\t专项债务\t合计\n2026年\t8.42\t12.36\t20.78\n2027年\t9.60\t14.28\t23.88\n2028年及以后\t64.18\t102.46\t166.64\n合计\t82.20\t129.10\t211.30\n';
const MD = '单位：亿元\n\n| 到期年份 | 一般债务 | 专项债务 | 合计 |\n|---|---:|---:|---:|\n| 2026年 | 8.42 | 12.36 | 20.78 |\n| 2027年 | 9.60 | 14.28 | 23.88 |\n| 2028年及以后 | 64.18 | 102.46 | 166.64 |\n';

ruleTester(rule, {
  valid: [
    { why: 'the year’s total agrees', code: `2026年到期政府债务本金20.78亿元，已纳入预算。\n\n${TAB}` },
    { why: 'a kind of debt agrees with its column', code: `${TAB}\n注：2027年到期一般债务9.60亿元，比2026年多1.18亿元。` },
    { why: 'a year the table has no row of', code: `2025年到期政府债务本金18.60亿元，已全部按期偿还。\n\n${TAB}` },
    { why: 'the figure is another cell of the row (专项)', code: `2026年到期债务12.36亿元，主要是专项债券。\n\n${TAB}` },
  ],
  invalid: [
    {
      why: 'the year’s total, two digits swapped, the tab table after it',
      code: `截至2025年末，全县政府债务余额211.30亿元。2026年到期政府债务本金20.87亿元，占余额的9.9%。\n\n${TAB}`,
      errors: [{ message: '2026年到期政府债务在表中为20.78亿元，此处却为20.87亿元', line: 1, column: 40 }],
    },
    {
      why: '到期的专项债务为, a Markdown table',
      format: 'markdown',
      code: `${MD}\n2027年到期的专项债务为14.82亿元，偿债资金来源为项目收益和再融资。`,
      errors: [{ message: '2027年到期专项债务在表中为14.28亿元，此处却为14.82亿元', line: 9, column: 14 }],
    },
    {
      why: '及以后, the row that runs on',
      code: `${TAB}\n2028年及以后到期166.46亿元，期限结构总体合理。`,
      errors: [{ message: '2028年及以后到期政府债务在表中为166.64亿元，此处却为166.46亿元', line: 9, column: 11 }],
    },
  ],
});
