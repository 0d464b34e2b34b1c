import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 其中：基本支出A，占x%，主要用于…；项目支出B，占y%，主要用于…: what each part is for, said after it, does not end the
// list; the second part's share is of the same total. Snippets written for these tests; none is copied from a real
// disclosure.
const SPENDING = (second: string) =>
  `2025年支出预算2,860.40万元，其中：基本支出1,144.16万元，占40.0%，主要用于保障机构正常运转和在职人员工资福利；项目支出1,716.24万元，占${second}，主要用于水利工程建设、河道整治和防汛抗旱。\n`;
ruleTester(rule, {
  valid: [
    { why: '1,716.24 / 2,860.40 = 60.0%', code: SPENDING('60.0%') },
    {
      why: 'a purpose clause with a figure of its own ends the list: 1,200 is no part of the budget, its share says nothing',
      code: '2025年支出预算2,860.40万元，其中：基本支出1,144.16万元，占40.0%，主要用于保障运转，人员经费1,200.00万元；另有上年结转安排800.00万元，占12.0%。\n',
    },
  ],
  invalid: [
    {
      why: '1,716.24 / 2,860.40 = 60.0%, stated 62.0% after a purpose note on the part before',
      code: SPENDING('62.0%'),
      errors: [{ message: '项目支出1,716.24万元占支出预算2,860.40万元的60.0%，而非所写的62.0%', line: 1, column: 84 }],
    },
    {
      why: 'the same in a department final account: 用于 without 主要, and the share worded 占比',
      code: '2024年度支出决算1,250.00万元。其中：基本支出875.00万元，占比70.0%，用于在职人员工资和日常公用经费；项目支出375.00万元，占比32.0%，用于专项业务工作。\n',
      errors: [{ message: '项目支出375.00万元占支出决算1,250.00万元的30.0%，而非所写的32.0%', line: 1, column: 77 }],
    },
  ],
});
