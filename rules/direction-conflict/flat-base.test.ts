import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 与上年持平 right after a change against 上年预算 (决算, 执行数) repeats that base without its measure.
// Snippets written for these tests.
ruleTester(rule, {
  valid: [
    {
      why: 'the 持平 names another base outright (上年决算): two comparisons',
      code: '镇本级公务接待费预算8.30万元，较上年预算减少1.70万元，与上年决算持平。',
    },
    {
      why: '基本持平 allows a small change',
      code: '镇本级公务接待费预算8.30万元，较上年预算减少0.10万元，与上年基本持平。',
    },
    {
      why: 'a change of zero is 持平',
      code: '镇本级公务接待费预算8.30万元，较上年预算减少0万元，与上年持平。',
    },
  ],
  invalid: [
    {
      why: '较上年预算减少… then 与上年持平',
      code: '镇本级公务接待费预算8.30万元，较上年预算减少1.70万元，与上年持平。',
      errors: [{ message: '镇本级公务接待费预算写作“持平”，却又称减少1.70万元', line: 1, column: 23 }],
    },
    {
      why: '比上年决算增加… then 与上年持平',
      code: '2024年机关运行经费决算52.40万元，比上年决算增加3.10万元，与上年持平。',
      errors: [{ message: '机关运行经费决算写作“持平”，却又称增加3.10万元', line: 1, column: 27 }],
    },
    {
      why: 'a rate against 去年执行数, then 与去年持平',
      code: '公务用车运行维护费执行数16.50万元，较去年执行数下降4.2%，与去年持平。',
      errors: [{ message: '公务用车运行维护费执行数写作“持平”，却又称下降4.2%', line: 1, column: 27 }],
    },
  ],
});
