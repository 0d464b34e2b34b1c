import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A rate of stocks or of progress set against its level at last year's end (较上年末的85.3%, 比去年底的58.0%,
// 较上年度末（71.2%）): that figure is last year's rate, whether the move is stated in points or in words only.
// Snippets written for these tests; none is copied from a real disclosure.
ruleTester(rule, {
  valid: [
    { why: '76.5 is below 79.8, said 下降 in points', code: '截至2025年末，全市个人住房贷款率为76.5%，较上年末的79.8%下降3.3个百分点，主要是提前还款增多。' },
    { why: '71.0 is above 62.5, said 有所提高', code: '城北污水管网改造项目资金支出进度71.0%，比去年底的62.5%有所提高，主要是管材采购款集中支付。' },
    { why: 'in brackets, 43.6 above 40.2, said 有所上升', code: '年末逾期贷款处置率为43.6%，较上年度末（40.2%）有所上升。' },
    { why: 'a rate beside a year-end rate of another measure: not compared', code: '资金使用率88.0%，上年末结余率为12.4%，有所下降。' },
  ],
  invalid: [
    {
      why: '76.5 is below 79.8, said 提高 in points',
      code: '截至2025年末，全市个人住房贷款率为76.5%，较上年末的79.8%提高3.3个百分点，主要是提前还款增多。',
      errors: [{ message: '个人住房贷款率76.5%小于上年末79.8%，却写作“提高”', line: 1, column: 36 }],
    },
    {
      why: '71.0 is above 62.5, said 有所下降',
      code: '城北污水管网改造项目资金支出进度71.0%，比去年底的62.5%有所下降，主要是管材采购款集中支付。',
      errors: [{ message: '城北污水管网改造项目资金支出进度71.0%大于上年末62.5%，却写作“下降”', line: 1, column: 35 }],
    },
    {
      why: 'in brackets, 43.6 above 40.2, said 有所回落',
      code: '年末逾期贷款处置率为43.6%，较上年度末（40.2%）有所回落。',
      errors: [{ message: '年末逾期贷款处置率43.6%大于上年末40.2%，却写作“回落”', line: 1, column: 31 }],
    },
  ],
});
