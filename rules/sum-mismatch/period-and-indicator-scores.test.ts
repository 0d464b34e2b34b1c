import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A village's or a fund's board for a quarter: 上期结余…，加本期收入…，减本期支出…，本期结余… (what a period leaves, as 年终结余
// is a year's). And an indicator's weight and score, then its parts' weights and scores after 其中: when the parts'
// weights make the whole weight, their scores make its score.
ruleTester(rule, {
  valid: [
    {
      why: '186,420.36 + 328,640.00 − 298,516.40 = 216,543.96',
      code: '上期结余186,420.36元，加本期收入328,640.00元，减本期支出298,516.40元，本期结余216,543.96元。',
    },
    {
      why: '6.40 + 8.60 + 4.80 + 5.10 = 24.90',
      code: '（四）效益指标。该指标分值30分，得分24.90分，其中经济效益8分得6.40分、社会效益10分得8.60分、生态效益6分得4.80分、满意度6分得5.10分。',
    },
    {
      why: 'the parts’ weights (8 + 10 + 6 = 24) are not the whole’s 30: other parts are unsaid',
      code: '该指标分值30分，得分24.90分，其中经济效益8分得6.40分、社会效益10分得8.60分、生态效益6分得4.80分。',
    },
  ],
  invalid: [
    {
      why: '186,420.36 + 328,640.00 − 298,516.40 = 216,543.96, stated 216,453.96',
      code: '上期结余186,420.36元，加本期收入328,640.00元，减本期支出298,516.40元，本期结余216,453.96元。',
      errors: [{ message: '本期结余216,453.96元，但按上期结余加本期收入减本期支出计算应为216543.96元（186420.36 + 328640.00 - 298516.40），相差90.00元', line: 1, column: 55 }],
    },
    {
      why: '期末结余 of a month: 42.60 + 18.20 − 20.40 = 40.40, stated 41.40',
      code: '本月期初结余42.60万元，加本月收入18.20万元，减本月支出20.40万元，期末结余41.40万元。',
      errors: [{ message: '期末结余41.40万元，但按本月期初结余加本月收入减本月支出计算应为40.40万元（42.60 + 18.20 - 20.40），相差1.00万元', line: 1, column: 45 }],
    },
    {
      why: '6.40 + 8.60 + 4.80 + 5.30 = 25.10, stated 24.90',
      code: '（四）效益指标。该指标分值30分，得分24.90分，其中经济效益8分得6.40分、社会效益10分得8.60分、生态效益6分得4.80分、满意度6分得5.30分。',
      errors: [{ message: '该指标得分合计24.90分，但分项之和为25.10分（6.40 + 8.60 + 4.80 + 5.30），相差0.20分', line: 1, column: 20 }],
    },
  ],
});
