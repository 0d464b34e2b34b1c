import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A base named as the money an evaluation covered (占评价资金总额的, 占参评资金的): the amount the sentence naming the
// evaluation says it involved (开展…评价，涉及资金…), in a paragraph before. A group of the projects' money with a share of its
// own is a part, not the whole. Snippets written for these tests; none is copied from a real disclosure.
const SCOPE = '（一）评价范围\n\n2025年，区财政局选取部门项目18个组织开展重点绩效评价，涉及财政资金24,600万元，较上年增加3,100万元。\n\n（二）评价结果\n\n';
ruleTester(rule, {
  valid: [
    { why: '4,920 / 24,600 = 20.0%', code: `${SCOPE}评价等级为“中”的项目3个，涉及资金4,920万元，占评价资金总额的20.0%，已督促主管部门整改。` },
    {
      why: 'a group with its own share first is a part, not a second whole: 11,070 / 24,600 = 45.0%, 4,920 / 24,600 = 20.0%',
      code: `${SCOPE}等级为“优”的项目7个，涉及资金11,070万元，占评价资金总额的45.0%。等级为“中”的项目3个，涉及资金4,920万元，占评价资金总额的20.0%。`,
    },
  ],
  invalid: [
    {
      why: '4,920 / 24,600 = 20.0%, stated 22.0%',
      code: `${SCOPE}评价等级为“中”的项目3个，涉及资金4,920万元，占评价资金总额的22.0%，已督促主管部门整改。`,
      errors: [{ message: '涉及资金4,920万元占评价资金总额24,600万元的20.0%，而非所写的22.0%', line: 7, column: 35 }],
    },
    {
      why: '参评资金: 3,690 / 24,600 = 15.0%, stated 16.5%',
      code: `${SCOPE}其中社会保障类项目5个，涉及资金3,690万元，占参评资金的16.5%，整体绩效较好。`,
      errors: [{ message: '涉及资金3,690万元占参评资金24,600万元的15.0%，而非所写的16.5%', line: 7, column: 31 }],
    },
    {
      why: 'the evaluation done with 对…进行评价 and 评价涉及资金: 1,380 / 9,200 = 15.0%, stated 13.8%',
      code: '本年度对县直12个部门的整体支出进行绩效评价，评价涉及资金9,200万元。\n\n评价结果为“差”的部门2个，资金1,380万元，占评价资金的13.8%，已相应压减下年预算。',
      errors: [{ message: '资金1,380万元占评价资金9,200万元的15.0%，而非所写的13.8%', line: 3, column: 31 }],
    },
  ],
});
