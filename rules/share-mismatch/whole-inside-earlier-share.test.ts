import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A share whose whole was stated inside an earlier share's 占X…万元的 phrase, under the same name X.
// Snippets written for these tests; none is copied from a real disclosure.

ruleTester(rule, {
  valid: [
    {
      why: '1,000.00 / 4,000.00 = 25.0%: the later share is right',
      code: '本部门对2025年度一般公共预算项目支出开展绩效自评，涉及资金2,000.00万元，占一般公共预算项目支出总额4,000.00万元的50.0%。\n对“道路养护”等2个项目开展部门评价，涉及资金1,000.00万元，占一般公共预算项目支出总额的25.0%。',
    },
    {
      why: 'two wholes of that name with different values: which one is meant is not said',
      code: '一类项目涉及资金2,000.00万元，占项目支出总额4,000.00万元的50.0%；二类项目涉及资金900.00万元，占项目支出总额3,000.00万元的30.0%。\n重点项目涉及资金600.00万元，占项目支出总额的18.0%。',
    },
    {
      why: 'the earlier whole is another year’s',
      code: '2024年度自评项目涉及资金1,800.00万元，占项目支出总额3,600.00万元的50.0%。\n2025年度重点评价项目涉及资金700.00万元，占项目支出总额的17.5%。',
    },
    {
      why: 'a heading between: the whole belongs to another section',
      code: '五、政府采购情况\n授予中小企业合同金额300.00万元，占政府采购合同总额600.00万元的50.0%。\n六、绩效管理情况\n重点项目资金120.00万元，占政府采购合同总额的30.0%。',
    },
  ],
  invalid: [
    {
      why: '1,286.00 / 4,120.00 = 31.2%, not 28.4%; the whole spaced from its name as a PDF reader leaves it',
      code: '本单位组织对2025年度项目支出全面开展绩效自评，共涉及项目20个，资金3,800.00万元，占项目支出总额 4,120.00万元的92.2%。\n组织对“街巷保洁”等3个项目开展部门评价，涉及资金1,286.00万元，占项目支出总额的28.4%。',
      errors: [{ message: '涉及资金1,286.00万元占项目支出总额4,120.00万元的31.2%，而非所写的28.4%', line: 2, column: 45 }],
    },
    {
      why: '90.00 / 360.00 = 25.0%, not 22.0%; the whole stated in the same paragraph',
      code: '授予中小企业合同金额270.00万元，占政府采购合同总额360.00万元的75.0%；授予小微企业合同金额90.00万元，占政府采购合同总额的22.0%。',
      errors: [{ message: '授予小微企业合同金额90.00万元占政府采购合同总额360.00万元的25.0%，而非所写的22.0%', line: 1, column: 72 }],
    },
  ],
});
