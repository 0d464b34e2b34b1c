import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 市本级…；县（市、区）政府债务余额…，债务限额…: the counties named with their kinds in brackets (县（市、区）, 县（区）) are a
// scope of their own, with or without 级, so their balance and limit are not taken for the 市本级 named before them in the
// sentence (which would hide the city's own breach behind the counties' larger limit). 分县（市、区）看 only frames the
// counties named after it. Snippets written for these tests; none is copied from a real disclosure.
const LEVELS = (city: string) =>
  `截至2025年12月31日，全市政府债务余额412.36亿元。\n\n分级次看，市本级政府债务余额${city}亿元，控制在市本级债务限额176.40亿元以内；县（市、区）政府债务余额236.16亿元，债务限额251.80亿元。\n`;
ruleTester(rule, {
  valid: [
    { why: 'the city’s 176.20 within its 176.40; the counties’ 236.16 within 251.80', code: LEVELS('176.20') },
    {
      why: 'each county after 分县（市、区）看 held to its own limit: both within',
      code: '分县（市、区）看，青石县一般债务余额16.42亿元，一般债务限额16.80亿元；白河区一般债务余额21.36亿元，一般债务限额22.10亿元。',
    },
  ],
  invalid: [
    {
      why: 'the city’s 177.10 above its 176.40 (not hidden by the counties’ 251.80)',
      code: LEVELS('177.10'),
      errors: [{ message: '2025年末市本级政府债务余额177.10亿元，超过同期政府债务限额176.40亿元，超出0.70亿元', line: 3, column: 15 }],
    },
    {
      why: 'a county named after the frame, over its own limit',
      code: '分县（市、区）看，青石县一般债务余额16.92亿元，一般债务限额16.80亿元；白河区一般债务余额21.36亿元，一般债务限额22.10亿元。',
      errors: [{ message: '青石县一般债务余额16.92亿元，超过同期一般债务限额16.80亿元，超出0.12亿元', line: 1, column: 19 }],
    },
  ],
});
