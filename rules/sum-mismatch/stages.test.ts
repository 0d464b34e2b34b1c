import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 其中A年初预算为X，调整后为Y: one part stated at two stages of the budget (年初 and 调整后, 调整前 and
// 调整后) is one part, not two; and a part stated at another stage than its total (the 年初 of the
// part against the 调整后 of the total) is not a part of that figure.
ruleTester(rule, {
  valid: [
    {
      why: '全年预算数 with its 年初 stage and an addition, then 全年执行数 in the next sentence: the outturn is another measure of the whole, no further part',
      code: '2024年度本局全年预算数为4,286.50万元，其中年初预算3,860.00万元，年中追加426.50万元。全年执行数4,118.70万元，预算执行率为96.1%。',
    },
    {
      why: 'the same with 决算数 after a list that names one part only',
      code: '项目全年预算1,350万元，其中年中调增150万元。决算数1,296万元，执行率96.0%。',
    },
    {
      why: 'the same with 支出数 after 调整预算 and its one named increase',
      code: '部门调整预算为2,846.30万元，其中追加预算326.30万元。实际支出数2,712.80万元。',
    },
    {
      why: 'the part at 年初 and 调整后 is one part; 42,000 is the 年初 figure, the total 41,500 the 调整后',
      code: '基金预算收入年初预算为48,000万元，本次调减6,500万元，调整后为41,500万元。其中国有土地使用权出让收入年初预算为42,000万元，调整后为36,000万元，调减6,000万元。',
    },
    {
      why: '年初预算X，调整为Y: the total and its one 其中 part each at both stages, the part read as one (not 101,400 + 96,800)',
      code: '全县一般公共预算收入年初预算186,400万元，调整为182,600万元，调减3,800万元，下降2.0%。其中税收收入年初预算101,400万元，调整为96,800万元，比年初预算减少4,600万元。',
    },
    {
      why: '调整至 instead of 调整为, in 亿元',
      code: '政府性基金预算收入年初预算28.60亿元，调整至24.10亿元。其中国有土地使用权出让收入年初预算25.40亿元，调整至21.20亿元。',
    },
    {
      why: '由X调整为Y: the part at both stages',
      code: '一般公共预算支出调整后为253,000万元，其中教育支出由年初的42,380万元调整为44,050万元，卫生健康支出由年初的16,920万元调整为18,450万元。',
    },
    {
      why: '调整前/调整后 in 亿元',
      code: '政府性基金收入调整后为124.00亿元，其中土地出让收入调整前为130.00亿元，调整后为112.00亿元。',
    },
  ],
  invalid: [
    {
      why: 'parts at the total\'s own stage that overrun it are still a contradiction',
      code: '基金预算收入调整后为41,500万元，其中国有土地使用权出让收入调整后为36,000万元，城市基础设施配套费收入调整后为6,800万元。',
      errors: [{ message: '基金预算收入调整后合计41,500万元，但其中所列分项之和已达42800万元（36000 + 6800），超出1300万元', line: 1, column: 11 }],
    },
  ],
});
