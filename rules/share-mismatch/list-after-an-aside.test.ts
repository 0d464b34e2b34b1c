import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 支出预算9,046.90万元… / 基本支出主要保障…（a paragraph on something else）/ 按支出功能分类：A…占p%；B…占q%: a list of shares
// with no base named, whose amounts add up exactly to an amount a few paragraphs up in the same section, is that
// amount's breakdown. Snippets written for these tests; none is copied from a real disclosure.
ruleTester(rule, {
  valid: [
    {
      why: 'every share right of 6,420.00 (4,815.00 + 963.00 + 642.00)',
      code: '二、支出预算\n\n2025年，本部门支出预算6,420.00万元，其中：基本支出2,140.00万元，项目支出4,280.00万元。\n\n基本支出主要保障人员经费和机关日常运转，其中机关运行经费286.40万元。\n\n按支出功能分类：教育支出4,815.00万元，占75.0%；社会保障和就业支出963.00万元，占15.0%；住房保障支出642.00万元，占10.0%。\n',
    },
    {
      why: 'a heading between: the amount above it is another section’s',
      code: '一、收入预算\n\n2025年，本部门收入预算6,420.00万元。\n\n二、支出预算\n\n按支出功能分类：教育支出4,815.00万元，占70.0%；社会保障和就业支出963.00万元，占15.0%；住房保障支出642.00万元，占10.0%。\n',
    },
  ],
  invalid: [
    {
      why: '963.00 of 6,420.00 is 15.0%, written 16.0%',
      code: '二、支出预算\n\n2025年，本部门支出预算6,420.00万元，其中：基本支出2,140.00万元，项目支出4,280.00万元。\n\n基本支出主要保障人员经费和机关日常运转，其中机关运行经费286.40万元。\n\n按支出功能分类：教育支出4,815.00万元，占75.0%；社会保障和就业支出963.00万元，占16.0%；住房保障支出642.00万元，占10.0%。\n',
      errors: [{ message: '社会保障和就业支出963.00万元占支出预算6,420.00万元的15.0%，而非所写的16.0%', line: 7, column: 50 }],
    },
  ],
});
