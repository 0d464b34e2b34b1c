import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A share said with 在…中 and no 占 (在基金支出中的比重为, 在全部收入中比例为, 在支出总额中的份额是) is a share of the whole it
// names, as 占…的比重 is. Snippets written for these tests; none is copied from a real disclosure.
const FUND = (words: string, share: string) =>
  `三、2026年政府性基金支出预算\n\n2026年全县政府性基金预算支出安排64,200万元，与收入预算相等。其中城乡社区支出48,600万元，占基金支出的75.7%。\n\n其他支出7,380万元，${words}${share}，主要是彩票公益金安排的支出。`;
const INCOME = (share: string) =>
  `2025年本单位收入合计3,860.00万元，其中财政拨款收入3,120.00万元，事业收入740.00万元。事业收入740.00万元，在全部收入中比例为${share}。`;
ruleTester(rule, {
  valid: [
    { why: '在基金支出中的比重为: 7,380 / 64,200 = 11.50%', code: FUND('在基金支出中的比重为', '11.5%') },
    { why: '在全部收入中比例为: 740 / 3,860 = 19.17%', code: INCOME('19.2%') },
    { why: 'a rate of change, not a share (在上年基础上增长)', code: '其他支出7,380万元，在上年基础上增长12.8%，主要是彩票公益金安排的支出。' },
    { why: 'a whole the text never states (在民生支出中的比重): nothing to hold the share against', code: FUND('在民生支出中的比重为', '42.0%') },
  ],
  invalid: [
    {
      why: '在基金支出中的比重为, the share wrong',
      code: FUND('在基金支出中的比重为', '12.8%'),
      errors: [{ message: '其他支出7,380万元占基金支出64,200万元的11.5%，而非所写的12.8%', line: 5, column: 23 }],
    },
    {
      why: '在基金支出中的份额是, the share wrong',
      code: FUND('在基金支出中的份额是', '13.5%'),
      errors: [{ message: '其他支出7,380万元占基金支出64,200万元的11.5%，而非所写的13.5%', line: 5, column: 23 }],
    },
    {
      why: '在全部收入中比例为, the share wrong',
      code: INCOME('21.2%'),
      errors: [{ message: '事业收入740.00万元占全部收入3,860.00万元的19.2%，而非所写的21.2%', line: 1, column: 78 }],
    },
  ],
});
