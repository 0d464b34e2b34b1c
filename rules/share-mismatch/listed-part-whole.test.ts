import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A share whose whole is a part of an earlier 其中 list, named by the part's label and the list total's measure.
// Snippets written for these tests; none is copied from a real disclosure.

ruleTester(rule, {
  valid: [
    {
      why: '160.00 / 200.00 = 80.0%: right',
      code: '2025年度政府采购合同总额900.00万元，其中：货物类200.00万元、工程类500.00万元、服务类200.00万元。\n货物类授予中小企业合同金额160.00万元，占货物类采购合同金额的80.0%。',
    },
    {
      why: 'the list’s total is of another measure (预算, not 采购合同): the whole is not proven',
      code: '2025年度部门预算总额900.00万元，其中：货物类200.00万元、工程类700.00万元。\n货物类授予中小企业合同金额150.00万元，占货物类采购合同金额的80.0%。',
    },
    {
      why: 'two lists state 服务类 with different values: which one is meant is not said',
      code: '政府采购合同总额900.00万元，其中：服务类200.00万元、工程类700.00万元。年初政府采购合同总额800.00万元，其中：服务类300.00万元、工程类500.00万元。\n服务类授予小微企业合同金额120.00万元，占服务类采购合同金额的50.0%。',
    },
  ],
  invalid: [
    {
      why: '160.00 / 200.00 = 80.0%, not 86.0%',
      code: '2025年度政府采购合同总额900.00万元，其中：货物类200.00万元、工程类500.00万元、服务类200.00万元。\n货物类授予中小企业合同金额160.00万元，占货物类采购合同金额的86.0%。',
      errors: [{ message: '货物类授予中小企业合同金额160.00万元占货物类采购合同金额200.00万元的80.0%，而非所写的86.0%', line: 2, column: 34 }],
    },
    {
      why: '300.00 / 480.00 = 62.5%, not 58.0%; the parts joined by a comma, the whole named 总额',
      code: '本年政府采购支出总额1,200.00万元，其中工程类480.00万元，服务类720.00万元。工程类面向小微企业采购300.00万元，占工程类采购支出总额的58.0%。',
      errors: [{ message: '工程类面向小微企业采购300.00万元占工程类采购支出总额480.00万元的62.5%，而非所写的58.0%', line: 1, column: 79 }],
    },
  ],
});
