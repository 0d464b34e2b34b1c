import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// "X中，A、B、C" after a 其中 list opens another breakdown (of X), whose parts are not the first total's; and a total
// that counts its parts (三项合计) is theirs, even after a sentence stating another amount. Snippets written for these
// tests; none is copied from a real disclosure.
ruleTester(rule, {
  valid: [
    {
      why: '民生支出 is a part of 14.26; 重点支出中 opens a breakdown of the key items (which 民生支出 includes)',
      code: '全区一般公共预算支出完成14.26亿元，其中民生支出11.38亿元，占一般公共预算支出的79.8%；重点支出中，教育支出3.25亿元、卫生健康支出1.86亿元、社会保障和就业支出2.94亿元，均按序时进度拨付。',
    },
    {
      why: 'the same without a share: 民生支出中 opens a breakdown of the part itself, not more parts of 30.72',
      code: '全县一般公共预算支出完成30.72亿元，其中民生支出24.16亿元；民生支出中，教育支出8.25亿元、社会保障和就业支出9.86亿元、卫生健康支出6.05亿元。',
    },
    {
      why: '三项合计 right: 3.25 + 1.86 + 2.94 = 8.05',
      code: '全区一般公共预算支出完成14.26亿元。重点支出中，教育支出3.25亿元、卫生健康支出1.86亿元、社会保障和就业支出2.94亿元，三项合计8.05亿元。',
    },
  ],
  invalid: [
    {
      why: '三项合计8.12 against 3.25 + 1.86 + 2.94 = 8.05, the sentence before stating the whole',
      code: '全区一般公共预算支出完成14.26亿元。重点支出中，教育支出3.25亿元、卫生健康支出1.86亿元、社会保障和就业支出2.94亿元，三项合计8.12亿元。',
      errors: [{ message: '三项合计8.12亿元，但分项之和为8.05亿元（3.25 + 1.86 + 2.94），相差0.07亿元', line: 1, column: 71 }],
    },
    {
      why: 'after a 其中 part in the same sentence, 万元 among 亿元: 3.248 + 1.86 + 2.94 = 8.048, stated 8.12',
      code: '全区一般公共预算支出完成14.26亿元，其中民生支出11.38亿元，占一般公共预算支出的79.8%；重点支出中，教育支出32,480万元、卫生健康支出1.86亿元、社会保障和就业支出2.94亿元，三项合计8.12亿元，均按序时进度拨付。',
      errors: [{ message: '三项合计8.12亿元，但分项之和为8.05亿元（32,480万元 + 1.86亿元 + 2.94亿元），相差0.07亿元', line: 1, column: 103 }],
    },
  ],
});
