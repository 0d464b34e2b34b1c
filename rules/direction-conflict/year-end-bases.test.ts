import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A stock set against its level at a year's end (较2024年末的88人, 比上年末, 较2024年底): the figure after the base is the
// base's value, a count of people or units as well as money. Snippets written for these tests.
ruleTester(rule, {
  valid: [
    { why: '92 is more than 88', code: '2025年末实有在职人员92人，较2024年末的88人增加4人。' },
    { why: '84 is fewer than 88', code: '2025年末实有在职人员84人，较2024年末的88人减少4人。' },
  ],
  invalid: [
    {
      why: '84 people against 88 at the end of last year, written 增加',
      code: '2025年末实有在职人员84人，较2024年末的88人增加4人，其中行政人员38人。',
      errors: [{ message: '实有在职人员84人小于2024年末88人，却写作“增加”', line: 1, column: 28 }],
    },
    {
      why: 'a balance against 上年末, written 下降',
      code: '截至2025年12月末，全县政府债务余额186.42亿元，比上年末的172.30亿元下降8.2%。',
      errors: [{ message: '政府债务余额186.42亿元大于上年末172.30亿元，却写作“下降8.2%”', line: 1, column: 43 }],
    },
    {
      why: 'vehicles against 2024年底, written 增加',
      code: '本单位2025年底实有车辆9辆，较2024年底的11辆增加2辆。',
      errors: [{ message: '2025年底实有车辆9辆小于2024年底11辆，却写作“增加”', line: 1, column: 28 }],
    },
  ],
});
