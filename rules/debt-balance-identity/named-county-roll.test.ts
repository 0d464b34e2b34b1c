import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A prefecture's notes tell the roll of some counties one by one after its table: 青峰县年初债务余额…，本年发行债券…，偿还到期本金…，
// 年末余额…. The county named right before its debt's balance is that roll's scope, each county its own; read as the
// paragraph's one unnamed scope, two rolls side by side made every opening balance ambiguous and the rule fell silent.
// Snippets written for these tests.
const DOC = (rolls: string) => `川岭州2025年地方政府债务限额及余额情况说明\n\n一、分地区情况\n\n${rolls}\n`;
const GOOD_A = '青峰县年初债务余额86.24亿元，本年发行债券12.40亿元，偿还到期本金5.32亿元，年末余额93.32亿元。';
const GOOD_B = '白沙县年初政府债务余额64.18亿元，全年发行政府债券9.60亿元，偿还债务本金4.26亿元，年末政府债务余额69.52亿元。';
ruleTester(rule, {
  valid: [
    { why: 'two counties’ rolls that both close', code: DOC(`${GOOD_A}${GOOD_B}`) },
    { why: 'a county’s balance with its change on the year end before', code: DOC(`${GOOD_A}石门县债务余额52.16亿元，比上年末53.40亿元减少1.24亿元，降幅2.3%。`) },
    { why: 'an area word names no one county: the district’s whole balance before the rolls', code: DOC(`本辖区债务余额155.52亿元，均控制在限额以内。${GOOD_A}${GOOD_B}`) },
  ],
  invalid: [
    {
      why: 'the first of two rolls off by one: 86.24 + 12.40 − 5.32 = 93.32, written 92.32',
      code: DOC(`${GOOD_A.replace('93.32', '92.32')}${GOOD_B}`),
      errors: [{ message: '2025年末青峰县政府债务余额92.32亿元，但年初余额86.24亿元 + 发行债券12.40亿元 - 还本5.32亿元 = 93.32亿元，相差1.00亿元', line: 5, column: 49 }],
    },
    {
      why: 'the second roll off, said with 政府债务 and 全年',
      code: DOC(`${GOOD_A}${GOOD_B.replace('69.52', '69.25')}`),
      errors: [{ message: '2025年末白沙县政府债务余额69.25亿元，但年初余额64.18亿元 + 发行债券9.60亿元 - 还本4.26亿元 = 69.52亿元，相差0.27亿元', line: 5, column: 112 }],
    },
  ],
});
