import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// "本年收入构成：" and then a line per part with its share and no base: the opener names the base.
// Snippets written for these tests; none is copied from a real disclosure.
const doc = (third: string) =>
  '本年收入5,120.40万元，比上年增加236.10万元，增长4.8%。\n\n本年收入构成：\n\n' +
  `- 财政拨款收入4,806.20万元，占93.9%；\n- 事业收入201.60万元，占3.9%；\n- 其他收入112.60万元，占${third}。\n\n` +
  '本年支出中，基本支出2,318.50万元，所占比重为46.2%；项目支出2,700.10万元，占53.8%。\n';

ruleTester(rule, {
  valid: [
    { why: '112.60 / 5,120.40 = 2.2%; the 本年支出 paragraph after the list is not of the list', code: doc('2.2%'), format: 'markdown' },
    {
      why: 'no opener naming the base: the lines are not read against 本年收入',
      code: '本年收入5,120.40万元。\n\n有关情况：\n\n- 财政拨款收入4,806.20万元，占93.9%；\n- 其他收入112.60万元，占9.2%。\n',
      format: 'markdown',
    },
  ],
  invalid: [
    {
      why: '112.60 / 5,120.40 = 2.2%, stated 3.2%',
      code: doc('3.2%'),
      format: 'markdown',
      errors: [{ message: '其他收入112.60万元占本年收入5,120.40万元的2.2%，而非所写的3.2%', line: 7, column: 17 }],
    },
    {
      why: 'the same pasted as plain text, the lines in one paragraph: 112.60 / 5,120.40 = 2.2%, stated 3.2%',
      code: '本年收入5,120.40万元，比上年增加236.10万元，增长4.8%。\n\n本年收入构成：\n财政拨款收入4,806.20万元，占93.9%；\n事业收入201.60万元，占3.9%；\n其他收入112.60万元，占3.2%。\n',
      errors: [{ message: '其他收入112.60万元占本年收入5,120.40万元的2.2%，而非所写的3.2%', line: 6, column: 15 }],
    },
  ],
});
