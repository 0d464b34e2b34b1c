import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A share right after the last part of a 其中 list may be the list's total's: written as the total's, nothing is proven.
// Snippets written for these tests; none is copied from a real disclosure.
const DUE = (share: string) =>
  `2025年末全县政府债务余额948,620万元。\n明年全县到期政府债务本金71,200万元，其中一般债务29,800万元、专项债务41,400万元，占年末债务余额的${share}%。\n`;

ruleTester(rule, {
  valid: [
    { why: 'the total’s share: 71,200 / 948,620 = 7.51%', code: DUE('7.5') },
    { why: 'the last part’s share: 41,400 / 948,620 = 4.36%', code: DUE('4.4') },
  ],
  invalid: [
    {
      why: 'neither: 7.51% for the total, 4.36% for the last part, stated 6.5',
      code: DUE('6.5'),
      errors: [{ message: '专项债务41,400万元占年末债务余额948,620万元的4.4%，而非所写的6.5%', line: 2, column: 58 }],
    },
  ],
});
