import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// Amounts written with a bare 万 (28,640万，, 191,320万中，), as a bare 亿 is written for 亿元: the same lists and
// totals as with 万元. The wording probe (bench/reword.mjs) wrote 万 for 万元 through the annotated sets and lost
// 143 findings and made 14 false alarms: each bare 万 figure had been read as a number with no unit.
ruleTester(rule, {
  valid: [
    {
      why: '6,480 + 152,730 + 32,110 = 191,320, in 万',
      code: '上级补助收入191,320万中，返还性收入6,480万，一般性转移支付收入152,730万，专项转移支付收入32,110万。',
    },
    {
      why: '1.2万亩 and 3万册 are no money: nothing to add',
      code: '全年新增造林1.2万亩，其中生态公益林0.8万亩、经济林0.4万亩，发放农技图书3万册。',
    },
  ],
  invalid: [
    {
      why: 'X万中，A万，B万，C万: 6,480 + 152,730 + 33,110 = 192,320, stated 191,320',
      code: '上级补助收入191,320万中，返还性收入6,480万，一般性转移支付收入152,730万，专项转移支付收入33,110万。',
      errors: [{ message: '上级补助收入合计191,320万，但分项之和为192320万元（6480 + 152730 + 33110），相差1000万元', line: 1, column: 7 }],
    },
    {
      why: '基本支出X万，包括人员经费A万和公用经费B万: 4,438.18 + 548.29 = 4,986.47, stated 4,968.47',
      code: '一般公共预算财政拨款基本支出4,968.47万，包括人员经费4,438.18万和公用经费548.29万。',
      errors: [{ message: '一般公共预算财政拨款基本支出合计4,968.47万，但分项之和为4986.47万元（4438.18 + 548.29），相差18.00万元', line: 1, column: 15 }],
    },
    {
      why: '“三公”经费X万，其中 A万、B万、C万 (a known split): 1.20 + 28.60 + 6.40 = 36.20, stated 36.80',
      code: '2025年“三公”经费预算36.80万，其中因公出国（境）费1.20万、公务用车购置及运行维护费28.60万、公务接待费6.40万。',
      errors: [{ message: '“三公”经费预算合计36.80万，但分项之和为36.20万元（1.20 + 28.60 + 6.40），相差0.60万元', line: 1, column: 14 }],
    },
  ],
});
