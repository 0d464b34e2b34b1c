import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A balance said to be after an event (本批债券发行后，…余额) with no date of its own is not at the date the paragraph last
// stated: it is after this year's issue, held against next year's limit if any. Snippets written for these tests; none
// is copied from a real disclosure.
ruleTester(rule, {
  valid: [
    {
      why: 'after this batch is issued the balance passes last year-end’s limit, within next year’s',
      code: '截至2025年末，全州专项债务余额386.20亿元，专项债务限额402.40亿元。本批债券发行后，全州专项债务余额411.06亿元，在2026年全州专项债务限额428.60亿元以内。\n',
    },
    {
      why: 'after the new bonds are transferred down, in a new paragraph',
      code: '截至2025年6月末，全县政府债务余额58.62亿元，政府债务限额60.10亿元。\n\n新增债券转贷到位后，全县政府债务余额将达到61.40亿元。\n',
    },
    {
      why: 'after refinancing bonds replace maturing ones',
      code: '2025年末，全区一般债务余额42.18亿元，一般债务限额43.00亿元。再融资债券发行完成后，全区一般债务余额为43.26亿元，相应偿还到期债务。\n',
    },
  ],
  invalid: [
    {
      why: 'a balance with no date in the sentence after the stated one is still at that date',
      code: '截至2025年末，全州专项债务限额402.40亿元。全州专项债务余额411.06亿元，主要用于保障性住房和园区基础设施。\n',
      errors: [{ message: '2025年末全州专项债务余额411.06亿元，超过同期专项债务限额402.40亿元，超出8.66亿元', line: 1, column: 35 }],
    },
  ],
});
