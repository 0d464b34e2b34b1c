import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 公务用车购置及运行维护费34.26万元，预算38.00万元，完成预算的92.2%: an item's amount (its label names no 决算 or 支出)
// with its budget in the next clause: the completion ratio is the amount over that budget.
ruleTester(rule, {
  valid: [
    {
      why: '34.26 / 38.00 = 90.2%',
      code: '公务用车购置及运行维护费34.26万元，预算38.00万元，完成预算的90.2%，比上年减少3.78万元。',
    },
    {
      why: '年初预算, 5.20 / 6.00 = 86.7%',
      code: '公务接待费5.20万元，年初预算6.00万元，完成年初预算的86.7%。',
    },
    {
      why: 'the budget is not the clause right after the amount: which amount it is of is not said',
      code: '公务接待费5.20万元，接待国内来访42批次，预算6.00万元，完成预算的88.7%。',
    },
  ],
  invalid: [
    {
      why: '34.26 / 38.00 = 90.16%, stated 92.2%',
      code: '公务用车购置及运行维护费34.26万元，预算38.00万元，完成预算的92.2%，比上年减少3.78万元。',
      errors: [{ message: '公务用车购置及运行维护费34.26万元为预算38.00万元的90.16%，而非所写的92.2%', line: 1, column: 36 }],
    },
    {
      why: 'traditional characters: 34.26 / 38.00 = 90.16%, stated 92.2%',
      code: '（二）公務用車購置及運行維護費34.26萬元，預算38.00萬元，完成預算的92.2%，比上年減少3.78萬元。',
      errors: [{ message: '公务用车购置及运行维护费34.26萬元为预算38.00萬元的90.16%，而非所写的92.2%', line: 1, column: 39 }],
    },
    {
      why: '年初预算为: 5.20 / 6.00 = 86.67%, stated 88.7%',
      code: '公务接待费5.20万元，年初预算为6.00万元，完成年初预算的88.7%。',
      errors: [{ message: '公务接待费5.20万元为年初预算6.00万元的86.67%，而非所写的88.7%', line: 1, column: 32 }],
    },
  ],
});
