import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// Amounts in brackets right after an amount, with no 其中 (还本付息X（还本A，付息B）), are its parts only when they
// make a split the domain knows complete. Snippets written for these tests; none is copied from a real disclosure.
ruleTester(rule, {
  valid: [
    {
      why: '还本 + 付息 that make the whole: 11,200 + 6,160 = 17,360',
      code: '一般债务还本付息17,360万元（还本11,200万元，付息6,160万元）。',
    },
    {
      why: 'amounts in brackets that are no known split (a comparison, two sources named loosely) say nothing of the sum',
      code: '全年支出4,320万元（上年3,980万元，年初预算4,500万元）。\n项目资金860万元（中央补助500万元、县级配套260万元）。',
    },
  ],
  invalid: [
    {
      why: '还本 20,000 + 付息 10,780 = 30,780, stated 还本付息 30,680',
      code: '分类型看，专项债务还本付息30,680万元（还本20,000万元，付息10,780万元）。',
      errors: [{ message: '专项债务还本付息合计30,680万元，但分项之和为30780万元（20000 + 10780），相差100万元', line: 1, column: 14 }],
    },
    {
      why: 'the same split by kind in brackets, in 亿元, with 、: 一般债务 3.20 + 专项债务 5.10 = 8.30, stated 政府债务余额 8.50',
      code: '截至年末全县政府债务余额8.50亿元（一般债务3.20亿元、专项债务5.10亿元）。',
      errors: [{ message: '年末全县政府债务余额合计8.50亿元，但分项之和为8.30亿元（3.20 + 5.10），相差0.20亿元', line: 1, column: 13 }],
    },
  ],
});

// A score with its sub-scores in brackets (产出指标得分X（数量指标A、质量指标B、时效指标C、成本指标D）): the indicator frame
// is a split the domain knows complete. Gaps within rounding of whole scores (49 against 48) prove nothing.
ruleTester(rule, {
  valid: [
    {
      why: '20 + 10 + 9 + 9 = 48',
      code: '产出指标得分48分（数量指标20分、质量指标10分、时效指标9分、成本指标9分），时效指标扣1分。',
    },
    {
      why: 'scores in brackets that are no known split (the year before, the full mark) say nothing of the sum',
      code: '项目综合得分88.5分（上年86.0分，满分100分），评价等级为良。',
    },
  ],
  invalid: [
    {
      why: '18.0 + 9.5 + 10.0 + 10.0 = 47.5, stated 产出指标得分 45.5',
      code: '该项目产出指标得分45.5分（数量指标18.0分，质量指标9.5分，时效指标10.0分，成本指标10.0分），扣分主要在数量指标。',
      errors: [{ message: '该项目产出指标得分合计45.5分，但分项之和为47.5分（18.0 + 9.5 + 10.0 + 10.0），相差2.0分', line: 1, column: 10 }],
    },
  ],
});
