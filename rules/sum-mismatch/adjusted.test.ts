import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 年初预算为A，本次调增B，调减C，调整后为D (预算调整方案) and 年初余额A，本次动用B后，余额为D: the stage after
// an adjustment is the stage before plus what is added less what is taken.
ruleTester(rule, {
  valid: [
    {
      why: '86,500 + 2,300 - 1,100 = 87,700',
      code: '县级一般公共预算收入年初预算为86,500万元，本次调增2,300万元，调减1,100万元，调整后预算为87,700万元。',
    },
    {
      why: '7,160 - 2,800 = 4,360',
      code: '预算稳定调节基金年初余额7,160万元，本次动用2,800万元后，余额为4,360万元。',
    },
    {
      why: '亿元, one step: 142.00 - 18.00 = 124.00, and a rate after the result',
      code: '政府性基金预算收入年初预算142.00亿元，调减18.00亿元，调整后为124.00亿元，下降12.7%。',
    },
    {
      why: '比上年增加 is a change on last year, not an adjustment: no arithmetic between the stages',
      code: '上级补助收入年初预算为5,000万元，比上年增加300万元，调整后为5,600万元。',
    },
    {
      why: 'the result stated before the step is read as a change elsewhere, not here',
      code: '收入年初预算86.40亿元，调整后为82.10亿元，减少4.30亿元。',
    },
  ],
  invalid: [
    {
      why: '236,860 + 18,450 - 2,310 = 253,000, stated 254,000',
      code: '县级一般公共预算支出年初预算为236,860万元，本次调增支出18,450万元，调减支出2,310万元，调整后预算为254,000万元。',
      errors: [{ message: '县级一般公共预算支出调整后预算254,000万元，但按年初预算加调增数减调减数计算应为253000万元（236860 + 18450 - 2310），相差1000万元', line: 1, column: 59 }],
    },
    {
      why: '7,160 - 2,800 = 4,360, stated 4,260',
      code: '预算稳定调节基金年初余额7,160万元，本次动用2,800万元后，余额为4,260万元。',
      errors: [{ message: '预算稳定调节基金余额4,260万元，但按年初余额减动用数计算应为4360万元（7160 - 2800），相差100万元', line: 1, column: 37 }],
    },
    {
      why: '亿元: 142.00 - 18.00 = 124.00, stated 125.00',
      code: '政府性基金预算收入年初预算142.00亿元，调减18.00亿元，调整后为125.00亿元。',
      errors: [{ message: '政府性基金预算收入调整后125.00亿元，但按年初预算减调减数计算应为124.00亿元（142.00 - 18.00），相差1.00亿元', line: 1, column: 37 }],
    },
    {
      why: '追加: 142,360 + 8,640 = 151,000, stated 151,100',
      code: '上级补助收入年初预算为142,360万元，年中追加8,640万元，调整后为151,100万元。',
      errors: [{ message: '上级补助收入调整后合计151,100万元，但分项之和为151000万元（142360 + 8640），相差100万元', line: 1, column: 38 }],
    },
  ],
});
