import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 占自评资金的, 在自评资金中占比: the money a department's own evaluation (绩效自评) covered, the amount its sentence says
// the evaluation involved (对…个项目开展绩效自评，涉及资金…). Snippets written for these tests; none is copied from a real
// disclosure.
const SCOPE = '（一）自评范围\n\n2025年，县直部门对186个项目开展绩效自评，涉及资金64,820万元。\n\n（二）自评结果\n\n';
ruleTester(rule, {
  valid: [
    { why: '1,240 / 64,820 = 1.9%', code: `${SCOPE}差等级项目涉及资金1,240万元，在自评资金中占比1.9%，已约谈项目主管部门。` },
    { why: '48,960 / 64,820 = 75.5%', code: `${SCOPE}优等级项目涉及资金48,960万元，占自评资金的75.5%。` },
  ],
  invalid: [
    {
      why: '1,240 / 64,820 = 1.91%, stated 2.9%',
      code: `${SCOPE}差等级项目涉及资金1,240万元，在自评资金中占比2.9%，已约谈项目主管部门。`,
      errors: [{ message: '差等级项目涉及资金1,240万元占自评资金64,820万元的1.9%，而非所写的2.9%', line: 7, column: 26 }],
    },
    {
      why: '48,960 / 64,820 = 75.53%, stated 78.5%',
      code: `${SCOPE}优等级项目涉及资金48,960万元，占自评资金的78.5%。`,
      errors: [{ message: '优等级项目涉及资金48,960万元占自评资金64,820万元的75.5%，而非所写的78.5%', line: 7, column: 25 }],
    },
  ],
});
