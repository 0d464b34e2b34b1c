import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 审计查出问题18个，…，已整改15个，整改率93.3%: a rate named by a verb (整改率, 办结率, 完成率) right after the count done
// under that verb is that count's share of the sentence's first count of the same unit.
ruleTester(rule, {
  valid: [
    {
      why: '15 / 18 = 83.3%',
      code: '审计查出问题18个，涉及金额7,280万元，已整改15个，整改率83.3%；部分整改1个，正在整改2个。',
    },
    {
      why: '办结率: 120 / 126 = 95.2%',
      code: '全年受理投诉案件126件，已办结120件，办结率95.2%。',
    },
    {
      why: 'the rate names another verb than the count’s (销号率 after 已整改): not its share',
      code: '审计查出问题18个，已整改15个，销号率93.3%。',
    },
  ],
  invalid: [
    {
      why: '15 / 18 = 83.3%, stated 93.3%',
      code: '审计查出问题18个，涉及金额7,280万元，已整改15个，整改率93.3%；部分整改1个，正在整改2个。',
      errors: [{ message: '已整改15个占审计查出问题18个的83.3%，而非所写的93.3%', line: 1, column: 33 }],
    },
    {
      why: '完成率 with 项: 42 / 48 = 87.5%, stated 85.7%',
      code: '年度计划实施民生实事48项，已完成42项，完成率达85.7%。',
      errors: [{ message: '已完成42项占年度计划实施民生实事48项的87.5%，而非所写的85.7%', line: 1, column: 26 }],
    },
  ],
});
