import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 审计查出问题9个，…，已整改8个，部分整改2个: counts after a count, each naming a stage of one action (已整改, 部分整改,
// 正在整改, 未整改), split it with no 其中. The stages named need not be all, so only more than the count contradicts it.
ruleTester(rule, {
  valid: [
    {
      why: '15 + 1 + 2 = 18',
      code: '审计查出问题18个，涉及金额7,280万元，已整改15个，整改率83.3%；部分整改1个，正在整改2个。',
    },
    {
      why: '8 + 0 of 9: a stage may go unsaid',
      code: '审计查出问题9个，涉及金额4,820万元，已整改8个。',
    },
    {
      why: 'two actions (完成, 实施): not stages of one',
      code: '计划实施项目48个，已完成42个，正在实施8个。',
    },
  ],
  invalid: [
    {
      why: '8 + 2 = 10 > 9',
      code: '审计查出问题9个，涉及金额4,820万元，已整改8个，部分整改2个。',
      errors: [{ message: '审计查出问题合计9个，但其中所列分项之和已达10个（8 + 2），超出1个', line: 1, column: 7 }],
    },
    {
      why: '已办结 and 未办结: 120 + 9 = 129 > 126',
      code: '全年受理投诉案件126件，已办结120件，未办结9件。',
      errors: [{ message: '全年受理投诉案件合计126件，但其中所列分项之和已达129件（120 + 9），超出3件', line: 1, column: 9 }],
    },
  ],
});
