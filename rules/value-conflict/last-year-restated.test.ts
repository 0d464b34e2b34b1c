import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A draft's change names last year's figure with a bare 上年 (比上年的8,166万元大幅减少): no measure is named, but when every
// statement of the item for that year agrees on one value (the execution part, the table's column), the figure restates
// it. Two values there, or none, leave it unknown. Snippets written for these tests; none is copied from a real disclosure.
const DRAFT = (executed: string, prior: string, more = '') =>
  [
    '关于青川市2025年国有资本经营预算执行情况和2026年预算草案的说明',
    '',
    '一、2025年执行情况',
    '',
    `2025年产权转让收入${executed}万元，主要为市交投集团转让所持股权。${more}`,
    '',
    '二、2026年预算草案',
    '',
    `2026年产权转让收入预计3,200万元，比上年的${prior}万元大幅减少。`,
  ].join('\n');
ruleTester(rule, {
  valid: [
    { why: 'the figure restates 2025’s', code: DRAFT('8,616', '8,616') },
    { why: 'no statement of 2025’s: nothing to compare', code: DRAFT('8,616', '8,166').replace('2025年产权转让收入8,616万元，', '') },
    {
      why: 'last year stated at two values (a budget and an outturn): the base is unknown',
      code: DRAFT('8,616', '8,166', '2025年产权转让收入年初预算8,166万元。'),
    },
  ],
  invalid: [
    {
      why: 'two digits swapped in last year’s figure',
      code: DRAFT('8,616', '8,166'),
      errors: [{ message: '2025年产权转让收入在前文为8,616万元，此处却为8,166万元', line: 9, column: 26 }],
    },
    {
      why: '去年 too, a level stated as 安排',
      code: DRAFT('8,616', '6,816').replace('2026年产权转让收入预计3,200万元，比上年的', '2026年产权转让收入安排3,200万元，比去年的'),
      errors: [{ message: '2025年产权转让收入在前文为8,616万元，此处却为6,816万元', line: 9, column: 26 }],
    },
    {
      why: 'a level stated plainly',
      code: DRAFT('8,616', '8,661').replace('2026年产权转让收入预计3,200万元', '2026年产权转让收入3,200万元'),
      errors: [{ message: '2025年产权转让收入在前文为8,616万元，此处却为8,661万元', line: 9, column: 24 }],
    },
  ],
});
