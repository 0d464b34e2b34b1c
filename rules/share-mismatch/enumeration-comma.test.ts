import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// "X万元、占Y%": a share set off from its part by 、 (an enumeration mark) as by a comma.
// Snippets written for these tests; none is copied from a real disclosure.
ruleTester(rule, {
  valid: [
    {
      why: 'every share of the 其中 list right: 9,600 / 27,000 = 35.6%, 8,400 / 27,000 = 31.1%, 9,000 / 27,000 = 33.3%',
      code: '新增专项债券27,000万元，其中棚户区改造9,600万元、占35.6%，产业园区基础设施8,400万元、占31.1%，社会事业9,000万元、占33.3%。',
    },
  ],
  invalid: [
    {
      why: '8,400 / 27,000 = 31.1%, stated 32.1%',
      code: '新增专项债券27,000万元，其中棚户区改造9,600万元、占35.6%，产业园区基础设施8,400万元、占32.1%，社会事业9,000万元、占33.3%。',
      errors: [{ message: '产业园区基础设施8,400万元占新增专项债券27,000万元的31.1%，而非所写的32.1%', line: 1, column: 55 }],
    },
    {
      why: 'the same with 占…的比重 and shares in 亿元: 1.20 / 4.80 = 25.0%, stated 27.0%',
      code: '全年一般公共预算支出4.80亿元，其中教育支出1.20亿元、占一般公共预算支出的比重为27.0%，卫生健康支出0.60亿元、占12.5%。',
      errors: [{ message: '教育支出1.20亿元占一般公共预算支出4.80亿元的25.0%，而非所写的27.0%', line: 1, column: 44 }],
    },
  ],
});
