import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A named book's 收入总计 (国有资本经营预算收入总计, 政府性基金预算支出总计) adds the carry-over, transfers in and grants to
// the year's own 收入 or 支出, as a bare 收入总计 does: a share of the year's 收入 (当年…收入, 本年…收入, or the measure named
// alone) is never checked against it, and a share named of the 总计 still finds it. Snippets written for these tests.
const BOOK =
  '某县2025年国有资本经营预算执行情况\n\n' +
  '2025年县级国有资本经营预算收入完成5,210.00万元，完成预算的102.2%。\n\n' +
  '加上上年结转收入180.00万元，2025年县级国有资本经营预算收入总计5,390.00万元。\n\n';
ruleTester(rule, {
  valid: [
    {
      why: '1,563.00 / 5,210.00 = 30.0% (of the 总计 5,390.00 it would be 29.0%)',
      code: `${BOOK}2025年调出资金1,563.00万元，占当年国有资本经营预算收入的30.0%，统筹用于民生支出。`,
    },
    {
      why: 'the same with 本年 and the fund named as a book, the 总计 stated with 为: 1,563.00 / 5,210.00 = 30.0%',
      code:
        '某县2025年国有资本经营预算执行情况\n\n2025年国有资本经营预算收入5,210.00万元，上年结转收入180.00万元，收入总计为5,390.00万元。\n\n' +
        '按规定比例调入一般公共预算1,563.00万元，占本年国有资本经营预算收入的30.0%。',
    },
    {
      why: 'only the 总计 is stated under the book’s name: a share of the year’s 收入 has no base to be checked against',
      code:
        '某县2025年政府性基金预算执行情况\n\n全县政府性基金预算收入总计86,400万元，其中上级补助收入12,600万元。\n\n' +
        '国有土地使用权出让收入52,380万元，占当年政府性基金预算收入的75.0%。',
    },
  ],
  invalid: [
    {
      why: '1,563.00 / 5,210.00 = 30.0%, stated 31.0%: the year’s 收入, not the 总计',
      code: `${BOOK}2025年调出资金1,563.00万元，占当年国有资本经营预算收入的31.0%，统筹用于民生支出。`,
      errors: [{ message: '2025年调出资金1,563.00万元占当年国有资本经营预算收入5,210.00万元的30.0%，而非所写的31.0%', line: 7, column: 35 }],
    },
    {
      why: 'a share named of the book’s 总计 is of the 总计: 1,563.00 / 5,390.00 = 29.0%, stated 30.0%',
      code: `${BOOK}2025年调出资金1,563.00万元，占国有资本经营预算收入总计的30.0%。`,
      errors: [{ message: '2025年调出资金1,563.00万元占国有资本经营预算收入总计5,390.00万元的29.0%，而非所写的30.0%', line: 7, column: 35 }],
    },
  ],
});
