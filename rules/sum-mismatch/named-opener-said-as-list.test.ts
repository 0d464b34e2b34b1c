import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A sentence that names an amount stated before and lists its parts with 具体为 / 主要包括 / 具体包括 (not only 中 or 按…分):
// the parts are that amount's, wherever the paragraph stated it. Snippets written for these tests; none is copied from
// a real disclosure.
const NOTE = (opener: string, staff: string) =>
  `按支出性质分，基本支出1,526.40万元，主要用于保障机构正常运转。\n\n项目支出2,083.10万元，主要用于防汛抗旱和河湖管护。\n\n基本支出${opener}人员经费${staff}万元，公用经费198.20万元。\n`;
ruleTester(rule, {
  valid: [
    { why: '1,328.20 + 198.20 = 1,526.40', code: NOTE('具体为：', '1,328.20') },
    { why: 'the same with 主要包括', code: NOTE('主要包括：', '1,328.20') },
  ],
  invalid: [
    {
      why: '1,338.20 + 198.20 = 1,536.40, stated 1,526.40 two paragraphs before',
      code: NOTE('具体为：', '1,338.20'),
      errors: [{ message: '基本支出合计1,526.40万元，但分项之和为1536.40万元（1338.20 + 198.20），相差10.00万元', line: 1, column: 12 }],
    },
    {
      why: 'the same with 具体包括，',
      code: NOTE('具体包括，', '1,338.20'),
      errors: [{ message: '基本支出合计1,526.40万元，但分项之和为1536.40万元（1338.20 + 198.20），相差10.00万元', line: 1, column: 12 }],
    },
  ],
});
