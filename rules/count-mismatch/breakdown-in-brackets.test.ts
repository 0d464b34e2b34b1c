import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 特种专业技术用车16辆（救护车14辆、卫生执法车2辆）: items that each carry a count in the count's own unit split
// it by numbers (a partition, the sum rule's concern), not one thing per item.
ruleTester(rule, {
  valid: [
    {
      why: '16 vehicles split by kind in brackets (14 + 2)',
      code: '本部门共有车辆21辆，其中特种专业技术用车16辆（救护车14辆、卫生执法车2辆）、其他用车5辆。',
    },
    {
      why: '9 offices split by kind (6 + 3)',
      code: '局机关内设科室9个（业务科室6个、综合科室3个），编制人数42名。',
    },
    {
      why: '8 projects split into new and continuing (5 + 3)',
      code: '本年度实施项目8个（新建项目5个、续建项目3个），均已完成年度目标。',
    },
  ],
  invalid: [
    {
      why: 'a bracketed list of names with no counts of their own: 3个, two names',
      code: '下属事业单位3个（档案馆、信息中心），均为公益一类。',
      errors: [{ message: '下属事业单位所述数量为“3个”，但其后只列举了2项', line: 1, column: 7 }],
    },
  ],
});
