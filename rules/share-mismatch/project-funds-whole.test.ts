import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A share of "Y资金", the funds of the projects under Y (实行Y的项目…涉及…资金) counted sentences before.
// Snippets written for these tests; none is copied from a real disclosure.

ruleTester(rule, {
  valid: [
    {
      why: '1,500.00 / 3,000.00 = 50.0%: right',
      code: '2026年本单位实行绩效目标管理的项目20个，涉及一般公共预算资金3,000.00万元。\n其中重点项目资金1,500.00万元，占绩效目标管理资金总额的50.0%。',
    },
    {
      why: 'two amounts named …资金 in the counting sentence: which one is the whole is not said',
      code: '2026年本单位实行绩效目标管理的项目20个，涉及一般公共预算资金3,000.00万元、政府性基金资金800.00万元。\n其中重点项目资金1,500.00万元，占绩效目标管理资金总额的45.0%。',
    },
    {
      why: 'the counting sentence is under another heading',
      code: '三、绩效目标\n2026年本单位实行绩效目标管理的项目20个，涉及一般公共预算资金3,000.00万元。\n四、绩效评价\n重点项目资金1,500.00万元，占绩效目标管理资金总额的45.0%。',
    },
  ],
  invalid: [
    {
      why: '1,500.00 / 3,000.00 = 50.0%, not 55.0%',
      code: '2026年本单位实行绩效目标管理的项目20个，涉及一般公共预算资金3,000.00万元。\n其中重点项目资金1,500.00万元，占绩效目标管理资金总额的55.0%。',
      errors: [{ message: '重点项目资金1,500.00万元占绩效目标管理资金总额3,000.00万元的50.0%，而非所写的55.0%', line: 2, column: 32 }],
    },
    {
      why: '420.00 / 1,200.00 = 35.0%, not 32.0%; the whole named 资金 with no 总额',
      code: '本年度纳入绩效自评的项目12个，涉及资金1,200.00万元，自评结果均为良好以上。其中“乡村道路养护”项目资金420.00万元，占绩效自评资金的32.0%。',
      errors: [{ message: '“乡村道路养护”项目资金420.00万元占绩效自评资金1,200.00万元的35.0%，而非所写的32.0%', line: 1, column: 74 }],
    },
  ],
});
