import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A table captioned as one book's whole (表2 …一般公共预算支出预算表), rows by 科目 and a total row (合计, 支出合计), then a note
// under it: "教育支出…万元，占一般公共预算支出的…%". The whole the share names is stated nowhere in the text but is the caption's,
// so it is the total row in the column the part restates its row from. A table whose unit the reader found no note of restates
// the part digit for digit in the part's unit. A caption naming another whole, or a book's 收支 balance, is no base of it.
// Snippets written for these tests.
const TABLE = (caption: string, unit: string, note: string) =>
  [
    `### ${caption}`,
    '',
    unit,
    '',
    '| 科目 | 2025年预算数 | 2026年预算数 |',
    '|---|---:|---:|',
    '| 一般公共服务支出 | 24,800 | 25,300 |',
    '| 教育支出 | 51,600 | 54,000 |',
    '| 农林水支出 | 33,600 | 36,000 |',
    '| 其他支出 | 10,000 | 14,700 |',
    '| 支出合计 | 120,000 | 130,000 |',
    '',
    note,
    '',
  ].join('\n');
const BOOK = '表2　2026年县本级一般公共预算支出预算表';
const FUND = '表3　2026年县本级政府性基金预算支出预算表';

ruleTester(rule, {
  valid: [
    { why: '54,000 / 130,000 = 41.5%', format: 'markdown', code: TABLE(BOOK, '', '教育支出54,000万元，占一般公共预算支出的41.5%，主要用于学前教育和义务教育。') },
    { why: 'the 2025 column: 51,600 / 120,000 = 43.0%', format: 'markdown', code: TABLE(BOOK, '单位：万元', '教育支出上年为51,600万元，占一般公共预算支出的43.0%。') },
    {
      why: 'the caption is of the fund book: its total is no 一般公共预算支出',
      format: 'markdown',
      code: TABLE(FUND, '单位：万元', '农林水支出36,000万元，占一般公共预算支出的12.0%。'),
    },
    {
      why: 'a caption of a book’s 收支 balance: its rows are not all 支出',
      format: 'markdown',
      code: TABLE('表1　2026年县本级一般公共预算收支预算表', '单位：万元', '教育支出54,000万元，占一般公共预算支出的35.0%。'),
    },
  ],
  invalid: [
    {
      why: 'no unit noted: 54,000 / 130,000 = 41.5%, stated 45.1%',
      format: 'markdown',
      code: TABLE(BOOK, '', '教育支出54,000万元，占一般公共预算支出的45.1%，主要用于学前教育和义务教育。'),
      errors: [{ message: '教育支出54,000万元占一般公共预算支出130,000万元的41.5%，而非所写的45.1%', line: 13, column: 24 }],
    },
    {
      why: '单位：万元 noted: 36,000 / 130,000 = 27.7%, stated 29.7%',
      format: 'markdown',
      code: TABLE(BOOK, '单位：万元', '农林水支出36,000万元，占一般公共预算支出的29.7%。'),
      errors: [{ message: '农林水支出36,000万元占一般公共预算支出130,000万元的27.7%，而非所写的29.7%', line: 13, column: 25 }],
    },
    {
      why: 'the 2025 column’s total: 51,600 / 120,000 = 43.0%, stated 40.3%',
      format: 'markdown',
      code: TABLE(BOOK, '单位：万元', '教育支出51,600万元，占一般公共预算支出的40.3%。'),
      errors: [{ message: '教育支出51,600万元占一般公共预算支出120,000万元的43.0%，而非所写的40.3%', line: 13, column: 24 }],
    },
  ],
});
