import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// Amounts written with a bare 万 (3,856万，为年初预算7,420万的53.0%): 万元, as a bare 亿 is 亿元. Read as numbers with no
// unit, the budget 58,600万 of 完成年度预算58,600万的89.3% was taken for last year's value and a true change was
// reported false. Found by the wording probe (bench/reword.mjs).
ruleTester(rule, {
  valid: [
    {
      why: '完成年度预算X万的R%: the budget is the ratio’s base, not the prior of 较上年同期增收 (52,318 / 58,600 = 89.28%)',
      code: '1-11月，全县一般公共预算收入累计完成52,318万，完成年度预算58,600万的89.3%，较上年同期增收2,846万，增长5.8%。',
    },
  ],
  invalid: [
    {
      why: '为年初预算X万的R%: 3,856 / 7,420 = 51.97%, written 53.0%',
      code: '1—6月，全镇一般公共预算支出3,856万，为年初预算7,420万的53.0%。',
      errors: [{ message: '全镇一般公共预算支出3,856万为年初预算7,420万的51.97%，而非所写的53.0%', line: 1, column: 35 }],
    },
    {
      why: '比2023年决算数减少D万，下降R%: 85.4 / 1,232.2 = 6.93%, written 8.9%',
      code: '2024年，县本级“三公”经费决算支出1,146.8万，比2023年决算数减少85.4万，下降8.9%。',
      errors: [{ message: '“三公”经费决算支出1,146.8万，按减少85.4万计，2023年决算数为1232.2万元，降幅应为6.93%，而非所写的8.9%', line: 1, column: 48 }],
    },
    {
      why: '较上年的A万增加D万: 27.84 − 24.15 = 3.69, written 3.96',
      code: '2024年度“三公”经费支出27.84万，较上年的24.15万增加3.96万，增长16.4%。',
      errors: [{ message: '“三公”经费支出27.84万比上年24.15万增加3.96万，但两者实际相差3.69万元', line: 1, column: 34 }],
    },
  ],
});
