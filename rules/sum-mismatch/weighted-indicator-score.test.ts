import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 产出指标30分，得分27.6分，其中数量指标…: a bare 得分 after an indicator and its weight is that indicator's score, and its
// 二级指标 (数量, 质量, 时效, 成本 for 产出) split it whole: parts short of it contradict it, as parts above it do. Parts that
// add up to the weight are the sub-indicators' weights; a list of some sub-indicators only proves nothing short; an
// indicator the domain knows no split of stays a partial list. Snippets written for these tests.
ruleTester(rule, {
  valid: [
    { why: '10.8 + 9.0 + 4.5 + 3.5 = 27.8', code: '产出指标30分，得分27.8分，其中数量指标10.8分、质量指标9.0分、时效指标4.5分、成本指标3.5分。\n' },
    {
      why: 'the sub-indicators’ weights, adding to the indicator’s 30: no scores to add',
      code: '产出指标30分，得分27.6分，其中数量指标12分、质量指标8分、时效指标5分、成本指标5分，扣分主要在成本控制。\n',
    },
    { why: 'two sub-indicators of four: a partial list short of the score proves nothing', code: '产出指标分值30分，实际得分27.6分，其中数量指标11.2分、质量指标8.6分。\n' },
    {
      why: 'an indicator the domain knows no split of: a partial list short of it',
      code: '管理指标20分，得分18.5分，其中资金管理8.0分、制度执行6.5分、信息公开3.0分。\n',
    },
  ],
  invalid: [
    {
      why: '11.2 + 8.6 + 4.0 + 3.4 = 27.2, the 产出 score stated 27.6',
      code: '产出指标30分，得分27.6分，其中数量指标11.2分、质量指标8.6分、时效指标4.0分、成本指标3.4分。\n',
      errors: [{ message: '产出指标得分合计27.6分，但分项之和为27.2分（11.2 + 8.6 + 4.0 + 3.4），相差0.4分', line: 1, column: 11 }],
    },
    {
      why: '分值 and 实际得分: 9.5 + 7.0 + 4.0 + 4.5 = 25.0, stated 26.0',
      code: '（三）产出指标分值30分，实际得分26.0分，其中数量指标9.5分，质量指标7.0分，时效指标4.0分，成本指标4.5分。\n',
      errors: [{ message: '产出指标得分合计26.0分，但分项之和为25.0分（9.5 + 7.0 + 4.0 + 4.5），相差1.0分', line: 1, column: 18 }],
    },
    {
      why: '权重 and 自评得分为: 11.0 + 9.0 + 5.0 + 2.0 = 27.0, stated 27.5',
      code: '产出权重30分，自评得分为27.5分，其中：数量指标11.0分、质量指标9.0分、时效指标5.0分、成本指标2.0分。\n',
      errors: [{ message: '产出得分合计27.5分，但分项之和为27.0分（11.0 + 9.0 + 5.0 + 2.0），相差0.5分', line: 1, column: 14 }],
    },
  ],
});
