import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// The base's figure in brackets right after its name, the change word right after the bracket closes (比2025年预算（X万元）
// 增加Y万元): the bracketed figure is the prior, the figure before the comparison the current. Snippets written for these
// tests; none is copied from a real disclosure.
ruleTester(rule, {
  valid: [
    { why: '3.60 > 3.20 and 增加', code: '2026年会议费预算3.60万元，比2025年预算（3.20万元）增加0.40万元，主要是新增两次业务培训。\n' },
    { why: '18.50 < 21.00 and 减少', code: '培训费18.50万元，较上年（21.00万元）减少2.50万元，原因是部分培训改为线上开展。\n' },
  ],
  invalid: [
    {
      why: 'a budget year named, 增加 while it fell',
      code: '2026年会议费预算3.20万元，比2025年预算（3.60万元）增加0.40万元，主要是新增两次业务培训。\n',
      errors: [{ message: '会议费预算3.20万元小于2025年预算3.60万元，却写作“增加”', line: 1, column: 34 }],
    },
    {
      why: '较上年, 减少 while it rose',
      code: '培训费21.00万元，较上年（18.50万元）减少2.50万元，原因是部分培训改为线上开展。\n',
      errors: [{ message: '培训费21.00万元大于上年18.50万元，却写作“减少”', line: 1, column: 24 }],
    },
    {
      why: 'a 决算数 base with ASCII brackets, 下降 while it rose',
      code: '全年物业管理费支出46.80万元，比上年决算数(42.30万元)下降4.50万元，主要是办公用房面积调整。\n',
      errors: [{ message: '全年物业管理费支出46.80万元大于上年决算数42.30万元，却写作“下降”', line: 1, column: 33 }],
    },
  ],
});
