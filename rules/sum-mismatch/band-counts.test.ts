import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A list of counts after a count and the money its clause adds (项目共8个，涉及资金…，其中得分90分以上的项目5个…) is
// of the count; the scores that bound each band name the part, they are not its figure.
ruleTester(rule, {
  valid: [
    {
      why: 'bands that add up: 5 + 2 + 1 = 8',
      code: '2024年度全镇实施绩效自评的项目共8个，涉及资金1,246.80万元，其中得分90分以上的项目5个，80分（含）至90分的项目2个，80分以下的项目1个。',
    },
    {
      why: 'two counts before the money: the grades may be of both (4 + 6 = 6 + 4), not of the last count',
      code: '财政部门对4个部门整体支出和6个项目开展再评价，涉及资金21,380.40万元，其中：良的6个，中的4个。',
    },
    {
      why: 'money parts after the money total are still its parts: 820.40 + 426.40 = 1,246.80',
      code: '全镇实施绩效自评的项目共8个，涉及资金1,246.80万元，其中一般公共预算资金820.40万元，政府性基金426.40万元。',
    },
  ],
  invalid: [
    {
      why: '8个, but 5 + 2 + 2 = 9 projects by score band',
      code: '2024年度全镇实施绩效自评的项目共8个，涉及资金1,246.80万元，其中得分90分以上的项目5个，80分（含）至90分的项目2个，80分以下的项目2个。',
      errors: [{ message: '全镇实施绩效自评的项目合计8个，但其中所列分项之和已达9个（5 + 2 + 2），超出1个', line: 1, column: 19 }],
    },
    {
      why: '15个, but 9 + 5 + 3 = 17, bands written 90分及以上 / 80分至89分 / 80分以下',
      code: '本局纳入绩效自评的项目15个，涉及金额3,620.00万元，其中自评得分90分及以上的9个、80分至89分的5个、80分以下的3个。',
      errors: [{ message: '本局纳入绩效自评的项目合计15个，但其中所列分项之和已达17个（9 + 5 + 3），超出2个', line: 1, column: 12 }],
    },
  ],
});
