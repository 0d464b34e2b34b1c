import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A debt figure whose clause names a lower level (所辖县（市）, 下辖各县, 县级) is that level's, not the scope an earlier
// clause of the sentence named (州本级, 市本级): its limit or balance is no second value of the upper level's. The same
// upper-level figure restated later is still compared. Snippets written for these tests; none is copied from a real
// disclosure.
ruleTester(rule, {
  valid: [
    {
      why: 'the prefecture’s own limit, then its counties’ after 所辖县（市）, and the own limit restated',
      code: '2025年，经省政府核定，全州政府债务限额962.50亿元。按级次划分，州本级政府债务限额318.20亿元，所辖县（市）政府债务限额644.30亿元，均已分解下达。\n\n二、限额管理\n\n2025年州本级政府债务限额318.20亿元，全部纳入预算管理。\n',
    },
    {
      why: 'the city’s own year-end balance, then the balance of 下辖县（区） in the same sentence',
      code: '从级次看，截至2025年末，市本级政府债务余额236.40亿元，下辖县（区）政府债务余额347.76亿元，债务风险总体可控。\n\n截至2025年末，市本级政府债务余额236.40亿元。\n',
    },
    {
      why: 'a 州’s own balance, then the 县级 balance, each at the year’s end',
      code: '2024年末，全州政府债务余额412.08亿元。分级次看，州本级政府债务余额158.66亿元，县级政府债务余额253.42亿元，较上年末有所增长。\n\n2024年末，州本级政府债务余额158.66亿元，低于限额。\n',
    },
  ],
  invalid: [
    {
      why: 'the own level’s limit restated with another figure, the counties’ clause between',
      code: '2025年，州本级政府债务限额318.20亿元，所辖县（市）政府债务限额644.30亿元。\n\n2025年州本级政府债务限额381.20亿元，全部纳入预算管理。\n',
      errors: [{ message: '2025年州本级政府债务限额在前文为318.20亿元，此处却为381.20亿元', line: 3, column: 15 }],
    },
  ],
});
