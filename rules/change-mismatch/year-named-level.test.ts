import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// "…2024年度收入支出总计X。与2023年度相比，收入支出总计减少D，下降R%": the level stated just before names
// its year, the year after the one the change is against: it is this year's level, the change's current.
// A level naming any other year (the base year itself, an earlier one) is not. Found unread on a real
// final-accounts PDF by bench/mutate.mjs.
ruleTester(rule, {
  valid: [
    {
      why: '42.10 / (1,860.40 + 42.10) = 2.21%, as written',
      code: '某区文旅局2024年度收入支出总计1,860.40万元。与2023年度相比，收入支出总计减少42.10万元，下降2.21%。',
    },
    {
      why: 'the level before names the base year (2023年度): it is last year’s, not the current (with it the rate would be 2.17%)',
      code: '某区文旅局2023年度收入支出总计1,902.50万元。与2023年度相比，收入支出总计减少42.10万元，下降2.21%。',
    },
    {
      why: 'a level of an earlier year still: not the current',
      code: '2022年度支出合计2,640.00万元。与2023年预算相比，支出合计增加180.00万元，增长6.2%。',
    },
  ],
  invalid: [
    {
      why: '52.10 / (1,860.40 + 52.10) = 2.72%, written 2.21%',
      code: '某区文旅局2024年度收入支出总计1,860.40万元。与2023年度相比，收入支出总计减少52.10万元，下降2.21%。',
      errors: [{ message: '收入支出1,860.40万元，按减少52.10万元计，2023年为1912.50万元，降幅应为2.72%，而非所写的2.21%', line: 1, column: 57, text: '2.21%' }],
    },
    {
      why: 'a budget year: 180.00 / (3,420.00 − 180.00) = 5.56%, written 6.2%',
      code: '本单位2025年一般公共预算支出3,420.00万元。与2024年相比，一般公共预算支出增加180.00万元，增长6.2%。',
      errors: [{ message: '一般公共预算支出3,420.00万元，按增加180.00万元计，2024年为3240.00万元，增幅应为5.56%，而非所写的6.2%', line: 1, column: 58, text: '6.2%' }],
    },
  ],
});
