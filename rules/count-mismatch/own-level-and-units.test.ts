import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 委机关本级和所属区疾控中心、区妇幼保健院…: 和 before 所属 (下属, 直属) joins the department's own level and the first
// unit under it, two of the units counted, whatever the first name ends with.
// Snippets written for these tests; none is copied from a real disclosure.
ruleTester(rule, {
  valid: [
    {
      why: '6 units: the bureau itself, then five named after 和所属',
      code: '纳入本次部门决算编报范围的单位共6家，即局机关本级和所属区档案馆、区科技馆、区青少年宫、区老年大学、区职工服务站。\n',
    },
    {
      why: '4 units: 下属 opens the second, the rest set off by 、',
      code: '本部门预算由3家单位组成，分别为办公室本级及下属市场监测中心、价格认证中心。\n',
    },
  ],
  invalid: [
    {
      why: 'even with the bureau itself and 所属 joined, five are named, not seven',
      code: '纳入本次部门决算编报范围的单位共7家，即局机关本级和所属区档案馆、区科技馆、区青少年宫、区老年大学。\n',
      errors: [{ message: '所述数量为“7家”，但其后只列举了4项', line: 1, column: 17 }],
    },
  ],
});
