import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 五年来，一般公共预算收入由2019年的13.80亿元增加到18.62亿元，年均增长6.2%: an average over the years between the two
// figures (the compound mean, (18.62 / 13.80)^(1/5) − 1), not the change from one to the other (34.9%).
ruleTester(rule, {
  valid: [
    {
      why: '年均增长 after 由…增加到…',
      code: '五年来，一般公共预算收入由2019年的13.80亿元增加到18.62亿元，年均增长6.2%。',
    },
    {
      why: '年平均增速为 after 从…增长到…',
      code: '一般公共预算收入从13.80亿元增长到18.62亿元，年平均增速为6.2%，税收占比稳步提高。',
    },
    {
      why: '平均每年递增, with 比 and the figures of two years',
      code: '2024年民生支出42.60亿元，比2020年的33.20亿元增加9.40亿元，平均每年递增6.4%。',
    },
  ],
  invalid: [
    {
      why: 'a one-year rate beside an average one is still the change: 1.12 / 17.50 = 6.40%, stated 7.4%',
      code: '2024年一般公共预算收入18.62亿元，比上年增加1.12亿元，增长7.4%；五年来年均增长6.2%。',
      errors: [{ message: '一般公共预算收入18.62亿元，按增加1.12亿元计，上年为17.50亿元，增幅应为6.40%，而非所写的7.4%', line: 1, column: 36 }],
    },
  ],
});
