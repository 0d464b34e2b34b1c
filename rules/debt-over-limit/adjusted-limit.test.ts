import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A budget adjustment report (预算调整方案): 调整后，限额由年初的A增加到B，其中一般债务限额C is this year's limit
// after the new quota, held against the year-end balance the report forecasts.
ruleTester(rule, {
  valid: [
    {
      why: '一般 176,900 within 一般 178,300',
      code: '关于青溪县2025年县级预算调整方案的报告\n\n调整后，全县政府债务限额由年初的428,600万元增加到469,600万元，其中一般债务限额178,300万元，专项债务限额291,300万元。\n\n预计2025年末全县政府债务余额452,800万元，其中一般债务余额176,900万元，专项债务余额275,900万元。',
    },
    {
      why: 'a limit of another year (2024年末) is not this year\'s',
      code: '关于青溪县2025年县级预算调整方案的报告\n\n2024年末，全县一般债务限额为170,000万元。\n\n预计2025年末全县一般债务余额176,900万元。',
    },
  ],
  invalid: [
    {
      why: '一般 176,900 above the adjusted 一般 limit 174,300',
      code: '关于青溪县2025年县级预算调整方案的报告\n\n调整后，全县政府债务限额由年初的428,600万元增加到469,600万元，其中一般债务限额174,300万元，专项债务限额295,300万元。\n\n预计2025年末全县政府债务余额452,800万元，其中一般债务余额176,900万元，专项债务余额275,900万元。',
      errors: [{ message: '预计2025年末全县一般债务余额176,900万元，超过同期一般债务限额174,300万元，超出2600万元', line: 5, column: 35 }],
    },
    {
      why: '亿元, 调整后…限额为 with no year, the balance at the year\'s end',
      code: '关于金川市2025年市本级预算调整方案的报告\n\n调整后，市本级专项债务限额为324.50亿元。\n\n预计2025年末市本级专项债务余额326.60亿元。',
      errors: [{ message: '预计2025年末市本级专项债务余额326.60亿元，超过同期专项债务限额324.50亿元，超出2.10亿元', line: 5, column: 18 }],
    },
  ],
});
