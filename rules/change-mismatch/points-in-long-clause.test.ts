import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A change in percentage points at the end of a run-on clause of many rates (a budget report read to a people's
// congress): the rates it is between are the one right before it, named as last year's, and the one right before
// that, joined by 比上年(同期)的 alone. Snippets written for these tests; none is copied from a real disclosure.
ruleTester(rule, {
  valid: [
    {
      why: '69.2 − 67.4 = 1.8, stated 1.8, after 74.3%, 4.6% and 71.2% in the same clause',
      code: '1-9月，全区一般公共预算收入完成9.36亿元，占年度预算的74.3%，同比增长4.6%，其中税收收入6.48亿元，完成年度预算的73.6%，税收收入占一般公共预算收入的比重为69.2%，比上年同期的67.4%提高1.8个百分点，收入结构总体稳定。',
    },
    {
      why: 'a rate compared with a province-wide one, not last year\'s: nothing to check',
      code: '全县一般公共预算收入完成12.86亿元，完成预算的102.4%，增长5.8%，增幅比全省平均水平的4.1%高出2.7个百分点，居全市第二位。',
    },
    {
      why: 'another figure between the two rates: which rate the points are of is not said',
      code: '全市税收收入152.48亿元，增长3.6%，占一般公共预算收入的70.8%，非税收入62.88亿元，比上年的30.2%下降1.0个百分点。',
    },
  ],
  invalid: [
    {
      why: '69.2 − 67.4 = 1.8, stated 提高1.2个百分点, the third rate of its clause',
      code: '1-9月，全区一般公共预算收入完成9.36亿元，占年度预算的74.3%，比上年同期增长4.6%，其中税收收入6.48亿元，完成年度预算的73.6%，税收收入占一般公共预算收入的比重为69.2%，比上年同期的67.4%提高1.2个百分点，收入结构总体稳定。',
      errors: [{ message: '税收收入占一般公共预算收入的比重69.2%比上年67.4%提高1.2个百分点，但两者实际相差1.8个百分点', line: 1, column: 111 }],
    },
    {
      why: 'a growth rate and its name between: 增长6.4%，增幅比上年的4.1%提高… is 2.3, stated 3.3',
      code: '全市一般公共预算支出完成326.54亿元，为调整预算的96.4%，比上年增长6.4%，增幅比上年的4.1%提高3.3个百分点，主要是民生支出增加。',
      errors: [{ message: '该项6.4%比上年4.1%提高3.3个百分点，但两者实际相差2.3个百分点', line: 1, column: 56 }],
    },
    {
      why: '较上年 and 下降, a share: 28.7 − 30.1 = −1.4, stated 下降2.4个百分点',
      code: '全县非税收入4.44亿元，增长3.0%，占一般公共预算收入的28.7%，较上年的30.1%下降2.4个百分点，收入质量有所提高。',
      errors: [{ message: '占一般公共预算收入的28.7%比上年30.1%下降2.4个百分点，但两者实际相差1.4个百分点', line: 1, column: 48 }],
    },
  ],
});
