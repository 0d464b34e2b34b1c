import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 以上四项合计…, 上述3项共计…: a total that opens its sentence and counts the amounts the sentence before lists. Snippets
// written for these tests; none is copied from a real disclosure.
const KEY = (total: string, count = '四') =>
  `重点支出方面：教育支出5.84亿元；社会保障和就业支出3.92亿元；卫生健康支出2.76亿元；农林水支出4.18亿元。以上${count}项合计${total}亿元，约占一般公共预算支出的58%。\n`;
ruleTester(rule, {
  valid: [
    { why: '5.84 + 3.92 + 2.76 + 4.18 = 16.70', code: KEY('16.70') },
    { why: 'a count that is not the number of amounts listed (三项 after four): which three is not said', code: KEY('12.50', '三') },
  ],
  invalid: [
    {
      why: '5.84 + 3.92 + 2.76 + 4.18 = 16.70, stated 16.07',
      code: KEY('16.07'),
      errors: [{ message: '以上四项合计16.07亿元，但分项之和为16.70亿元（5.84 + 3.92 + 2.76 + 4.18），相差0.63亿元', line: 1, column: 66 }],
    },
    {
      why: 'the same with digits, 、 between the parts and 共计',
      code: '会议费12.60万元、培训费28.40万元、差旅费9.00万元。上述3项共计51.00万元。\n',
      errors: [{ message: '上述3项合计51.00万元，但分项之和为50.00万元（12.60 + 28.40 + 9.00），相差1.00万元', line: 1, column: 39 }],
    },
  ],
});
