import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 预算数A，执行数B，预算执行率R%: an execution rate stated in text is the actual over the budget, each in its own
// clause right before it (执行 alone, 执行数为, 实际执行; the budget named 预算数 or by the money it is of).
ruleTester(rule, {
  valid: [
    {
      why: '864.00 / 1,200 = 72.0%',
      code: '4. 农业产业化扶持专项：预算数1,200万元，执行数864.00万元，预算执行率72.0%，自评得分74.5分。',
    },
    {
      why: '616.20 / 680 = 90.62%: 90.6%, and 90.6 truncated from 90.62',
      code: '其中中央资金600万元，执行580.20万元，执行率96.7%；县级资金680万元，执行616.20万元，执行率90.6%。',
    },
    {
      why: 'a rate after a level and a change is no execution rate: 3,120 and 2,860 are not a budget and an actual',
      code: '全年专项资金支出3,120万元，比上年增加260万元，增长率9.1%。',
    },
    {
      why: 'two actuals (决算 then 执行): no budget before the actual, nothing to check',
      code: '该项目决算数1,500万元，执行数1,380万元，执行率76.0%。',
    },
    {
      why: '执行率 rounded on its own: 1,196.40 / 1,280 = 93.47%, 93.5%',
      code: '2024年度预算数1,280万元，全年执行数1,196.40万元，预算执行率93.5%。',
    },
  ],
  invalid: [
    {
      why: '864.00 / 1,200 = 72.0%, stated 76.0%',
      code: '4. 农业产业化扶持专项：预算数1,200万元，执行数864.00万元，预算执行率76.0%，自评得分74.5分。',
      errors: [{ message: '农业产业化扶持专项864.00万元为预算数1,200万元的72.00%，而非所写的76.0%', line: 1, column: 42 }],
    },
    {
      why: '616.20 / 680 = 90.62%, stated 92.6% (the first source right)',
      code: '其中中央资金600万元，执行580.20万元，执行率96.7%；县级资金680万元，执行616.20万元，执行率92.6%。',
      errors: [{ message: '县级资金616.20万元为预算数680万元的90.62%，而非所写的92.6%', line: 1, column: 57 }],
    },
    {
      why: '实际执行 and 资金执行率 with 为: 2,350 / 2,800 = 83.9%, stated 88.9%',
      code: '2024年下达专项资金2,800万元，实际执行2,350万元，资金执行率为88.9%。',
      errors: [{ message: '下达专项资金2,350万元为预算数2,800万元的83.93%，而非所写的88.9%', line: 1, column: 38 }],
    },
  ],
});
