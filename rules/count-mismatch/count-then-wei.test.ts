import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A count, its noun, then 为： or 是： and the names (评为“中”的2个项目为：A、B、C). Snippets written for these tests; none is
// copied from a real disclosure.
const GRADED = (n: string, verb: string) => `评为“中”的${n}个项目${verb}：农村饮水安全巩固提升工程、中小河流治理工程、山洪灾害防治非工程措施。`;

ruleTester(rule, {
  valid: [
    { why: 'three named, 3个', code: GRADED('3', '为') },
    { why: 'the same with 是', code: GRADED('3', '是') },
  ],
  invalid: [
    { why: '2个 with three named, 为：', code: GRADED('2', '为'), errors: [{ message: '所述“2个项目”，但其后列举了3项', line: 1, column: 7 }] },
    {
      why: '2家 units with three named, 为：',
      code: '评为“良”的2家单位为：区疾控中心、区妇幼保健院、区中医医院。',
      errors: [{ message: '所述“2家单位”，但其后列举了3项', line: 1, column: 7 }],
    },
    { why: '2个 with three named, 是：', code: GRADED('2', '是'), errors: [{ message: '所述“2个项目”，但其后列举了3项', line: 1, column: 7 }] },
  ],
});
