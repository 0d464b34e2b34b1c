import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A level stated against its base's figure with a comparison word and no amount of change (调整后为…，低于年初预算的…;
// …，高于上年决算数…): the word states which way the level lies from the base. A ceiling (低于限额), an average or a
// base the change words never name is left alone. Snippets written for these tests; none is copied from a real disclosure.
ruleTester(rule, {
  valid: [
    { why: 'below the opening budget, as said', code: '文化旅游支出调减1,800万元后为26,400万元，低于年初预算的28,200万元，主要是部分活动取消。' },
    { why: 'above last year’s outturn, as said', code: '社会保障和就业支出62,480万元，高于上年决算数58,360万元，主要是提高城乡居民基础养老金标准。' },
    { why: 'a ceiling is no base of a change', code: '2025年末政府债务余额186,400万元，低于限额192,600万元。' },
    { why: 'an average is no base of a change', code: '人均公用经费2.86万元，低于全省平均水平的3.12万元。' },
    { why: 'a share below last year’s, as said', code: '税收收入占一般公共预算收入的比重为68.1%，低于上年同期的70.4%，主要是非税收入一次性增加。' },
    { why: 'a rate against the province’s average, no base of a change', code: '全市项目支出预算执行率为91.6%，低于全省平均水平的93.2%。' },
    { why: 'still below last year, as said', code: '教育支出调增9,800万元后为186,400万元，仍低于上年的188,200万元，主要是一次性项目到期。' },
    { why: 'a rate set against last year’s rate is not read here', code: '一般公共预算收入增长6.8%，高于上年的4.2%。' },
  ],
  invalid: [
    {
      why: 'a share above last year’s, said to be below',
      code: '税收收入占一般公共预算收入的比重为69.4%，低于上年同期的68.2%，收入质量有所改善。',
      errors: [{ message: '税收收入占一般公共预算收入的比重69.4%大于上年同期68.2%，却写作“低于”', line: 1, column: 24 }],
    },
    {
      why: 'a rate below last year’s, said to be above',
      code: '全年预算执行率为88.5%，高于上年的90.2%。',
      errors: [{ message: '全年预算执行率88.5%小于上年90.2%，却写作“高于”', line: 1, column: 15 }],
    },
    {
      why: 'above the opening budget, said to be below',
      code: '卫生健康支出调整后为98,400万元，低于年初预算的92,200万元，主要用于传染病区改造。',
      errors: [{ message: '卫生健康支出调整后98,400万元大于年初预算92,200万元，却写作“低于”', line: 1, column: 20 }],
    },
    {
      why: 'below last year’s outturn, said to be above',
      code: '社会保障和就业支出56,480万元，高于上年决算数58,360万元，主要是提高城乡居民基础养老金标准。',
      errors: [{ message: '社会保障和就业支出56,480万元小于上年决算数58,360万元，却写作“高于”', line: 1, column: 19 }],
    },
    {
      why: 'in a second sentence, after an adjustment, 仍 before the word',
      code: '教育支出年初预算为176,600万元。教育支出调增9,800万元后为186,400万元，仍低于上年的178,200万元，主要是一次性项目到期。',
      errors: [{ message: '教育支出调增9,800万元后186,400万元大于上年178,200万元，却写作“低于”', line: 1, column: 46 }],
    },
  ],
});
