import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 本说明反映… telling what the document covers, after a clause on the rules it follows (根据…规定，本说明反映…):
// the year it names is the document's. Snippets written for these tests; none is copied from a real disclosure.
ruleTester(rule, {
  valid: [
    {
      why: 'the same year',
      code: '汀州市2025年地方政府债务情况说明\n\n根据预算法和地方政府债务信息公开有关规定，本说明反映汀州市2025年度地方政府债务限额、余额和偿还情况。\n',
    },
    {
      why: 'another year named for comparison after the cover clause',
      code: '汀州市2025年地方政府债务情况说明\n\n根据有关规定，本说明反映汀州市2025年度地方政府债务情况，并与2024年度债务情况作对比。\n',
    },
  ],
  invalid: [
    {
      why: 'the cover clause names the year before',
      code: '汀州市2025年地方政府债务情况说明\n\n根据预算法和地方政府债务信息公开有关规定，本说明反映汀州市2024年度地方政府债务限额、余额和偿还情况。\n',
      errors: [{ message: '标题为2025年债务，正文此处却写作2024年债务', line: 3, column: 30 }],
    },
  ],
});
