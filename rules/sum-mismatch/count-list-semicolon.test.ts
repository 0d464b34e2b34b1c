import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 在职职工812人，其中卫生技术人员689人；离退休人员236人: a count's 其中 run straight into its item (no colon) is one
// clause, and a staff paragraph goes on past the ； to its next group. The group after it is no part of the total when
// only it would make the parts overshoot; a list that overshoots before the ；, a list set out after a colon, and
// amounts (其中基本支出…；项目支出…, one list) are read as before.
ruleTester(rule, {
  valid: [
    {
      why: '离退休人员 after the ； is the next group, not a part of 812',
      code: '2024年末在职职工812人，其中卫生技术人员689人；离退休人员236人。',
    },
    {
      why: 'the same with 编制 and 实有',
      code: '核定事业编制65人，其中专业技术岗位52人；实有在编人员61人，其中专业技术人员49人。',
    },
  ],
  invalid: [
    {
      why: 'the parts before the ； overshoot already: 689 + 140 = 829 > 812',
      code: '2024年末在职职工812人，其中卫生技术人员689人、管理人员140人；离退休人员236人。',
      errors: [{ message: '在职职工合计812人，但其中所列分项之和已达829人（689 + 140），超出17人', line: 1, column: 11 }],
    },
    {
      why: 'amounts go on past the ；: 600 + 500 = 1,100 > 1,000',
      code: '本年支出合计1000万元，其中基本支出600万元；项目支出500万元。',
      errors: [{ message: '本年支出合计1000万元，但其中所列分项之和已达1100万元（600 + 500），超出100万元', line: 1, column: 7 }],
    },
    {
      why: 'set out after a colon, the list is one: 30 + 28 + 12 = 70 > 65',
      code: '核定事业编制65人，其中：专业技术岗位30人；管理岗位28人；工勤技能岗位12人。',
      errors: [{ message: '核定事业编制合计65人，但其中所列分项之和已达70人（30 + 28 + 12），超出5人', line: 1, column: 7 }],
    },
  ],
});
