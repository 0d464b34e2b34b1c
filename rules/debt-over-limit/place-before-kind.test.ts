import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A place named right before the kind of debt (经开区专项债务限额, 高新区一般债务余额), with no 政府 between: the figures are
// that place's, not the county's. Snippets written for these tests; none is copied from a real disclosure.
const NOTE = (balance: string) =>
  `青川县2025年政府债务情况说明\n\n截至2025年末，全县专项债务余额575,780万元，专项债务限额600,200万元。\n经开区专项债务限额120,000万元，年末专项债务余额${balance}万元。\n`;

ruleTester(rule, {
  valid: [
    { why: 'the county’s balance is under the county’s limit; the zone’s under its own', code: NOTE('118,400') },
  ],
  invalid: [
    {
      why: 'the zone’s balance above the zone’s limit; the county’s balance is not compared with the zone’s limit',
      code: NOTE('122,400'),
      errors: [{ message: '2025年末经开区专项债务余额122,400万元，超过同期专项债务限额120,000万元，超出2400万元', line: 4, column: 28 }],
    },
    {
      why: 'another zone and kind: 高新区一般债务',
      code: NOTE('118,400').replace('经开区专项债务限额120,000万元，年末专项债务余额118,400万元', '高新区一般债务限额64,000万元，年末一般债务余额64,800万元'),
      errors: [{ message: '2025年末高新区一般债务余额64,800万元，超过同期一般债务限额64,000万元，超出800万元', line: 4, column: 27 }],
    },
    {
      why: 'a place right after 年末 (截至2025年末勐川县…): 末 is the date’s, not the place’s',
      code: '截至2025年末勐川县专项债务余额53.26亿元，专项债务限额52.90亿元。',
      errors: [{ message: '2025年末勐川县专项债务余额53.26亿元，超过同期专项债务限额52.90亿元，超出0.36亿元', line: 1, column: 18 }],
    },
  ],
});
