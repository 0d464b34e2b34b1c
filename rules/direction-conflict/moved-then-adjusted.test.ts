import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 由X调整为Y，调增D: a level moved from one amount to another, then the adjustment's own verb (调增, 调减, 核增, 核减)
// states the amount of the move: a verb that goes the other way than X to Y contradicts the two amounts.
ruleTester(rule, {
  valid: [
    { why: '由 a larger amount 调整为 a smaller one, 调减', code: '本次调整中，城市基础设施配套费收入由12,600万元调整为10,900万元，调减1,700万元，主要是部分地块出让延后。' },
    { why: '由 a smaller amount 调整为 a larger one, 核增', code: '经县人大常委会审议，农村公路养护资金由860万元调整为1,040万元，核增180万元。' },
    { why: '其中 opens parts: the 调增 is one part’s, not the move’s', code: '卫生健康支出由9,400万元调整为9,100万元，其中调增疫苗接种经费200万元。' },
    { why: 'the verb’s amount is in its own sentence', code: '污水处理费收入由3,260万元调整为2,980万元。另外调增城市管理经费120万元。' },
  ],
  invalid: [
    {
      why: '由 38,200 调整为 33,500, 调增 4,700',
      code: '受房地产市场下行影响，县级国有土地使用权出让收入由38,200万元调整为33,500万元，调增4,700万元，下一步将加快存量地块供应。',
      errors: [{ message: '国有土地使用权出让收入33,500万元小于原来的38,200万元，却写作“增”', line: 1, column: 47 }],
    },
    {
      why: '由 2,150 调整为 2,480, 核减 330',
      code: '经财政评审，乡村振兴衔接项目支出由2,150万元调整为2,480万元，核减330万元。',
      errors: [{ message: '乡村振兴衔接项目支出2,480万元大于原来的2,150万元，却写作“减”', line: 1, column: 37 }],
    },
    {
      why: '由 4,920 调整为 5,600, 调减 680',
      code: '为保障秋季学期开学，教育费附加支出由4,920万元调整为5,600万元，调减680万元。',
      errors: [{ message: '教育费附加支出5,600万元大于原来的4,920万元，却写作“减”', line: 1, column: 38 }],
    },
  ],
});
