import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A stock counted at a year's end (截至2025年12月31日，本部门共有车辆11辆; 2025年底实有在职教职工178人; 按2025年末在职人员86人
// 测算) is one fact of the unit: stated twice with two values, the later one is a slip. Another date, another thing
// counted, a part after 其中 or a purchase is no restatement. Snippets written for these tests.
const TWICE = (first: string, second: string) =>
  ['某局2025年度部门决算说明', '', first, '', '五、国有资产占用情况', '', second].join('\n');
ruleTester(rule, {
  valid: [
    { why: 'the same count twice', code: TWICE('截至2025年12月31日，本部门共有车辆11辆，其中一般公务用车3辆。', '截至2025年12月31日，本部门共有车辆11辆，其中特种专业技术用车8辆。') },
    { why: 'two dates', code: TWICE('截至2024年12月31日，本部门共有车辆9辆。', '截至2025年12月31日，本部门共有车辆11辆。') },
    { why: 'a part after 其中 is not the stock', code: TWICE('2025年末本单位实有在职人员86人，其中行政人员38人。', '2025年末本单位实有在职人员86人，其中事业人员40人。') },
    { why: 'vehicles bought are no stock', code: TWICE('截至2025年12月31日，本部门共有车辆11辆。', '2025年购置车辆2辆，报废车辆1辆。') },
    { why: 'a kind of vehicle is another stock', code: TWICE('截至2025年12月31日，本部门共有车辆11辆。', '截至2025年12月31日，本部门共有公务用车9辆。') },
  ],
  invalid: [
    {
      why: 'the vehicles at the year’s end, 9 in the 三公 part and 11 in the assets part',
      code: TWICE('截至2025年12月31日，本部门共有车辆9辆，其中一般公务用车3辆。', '截至2025年12月31日，本部门共有车辆11辆，其中一般公务用车3辆。'),
      errors: [{ message: '2025年末车辆在前文为9辆，此处却为11辆', line: 7, column: 22 }],
    },
    {
      why: 'the staff a sum is worked from, against the staff stated',
      code: TWICE('学校2025年底实有在职教职工178人，其中专任教师162人。', '人员经费按2025年底实有在职教职工187人测算。'),
      errors: [{ message: '2025年末在职教职工在前文为178人，此处却为187人', line: 7, column: 19 }],
    },
    {
      why: 'people on the books at 年末, the scope said once',
      code: TWICE('2025年末本单位实有在职人员86人。', '2025年末实有在职人员68人，离退休人员12人。'),
      errors: [{ message: '2025年末在职人员在前文为86人，此处却为68人', line: 7, column: 13 }],
    },
  ],
});
