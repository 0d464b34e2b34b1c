import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// Performance self-evaluations: 产出 is scored as 数量, 质量, 时效 and 成本, and a score as 决策 (投入), 过程, 产出 and
// 效益; a 其中 list naming all of them is complete, so parts short of the score contradict it too.
// Snippets written for these tests; none is copied from a real disclosure.
ruleTester(rule, {
  valid: [
    {
      why: '14.0 + 9.5 + 5.0 + 5.0 = 33.5; 13.5 + 17.0 + 35.0 + 21.0 = 86.5',
      code: '产出指标得分33.5分，其中产出数量指标得14.0分、产出质量指标得9.5分、产出时效指标得5.0分、产出成本指标得5.0分。\n本项目自评总分86.5分，其中决策指标13.5分、过程指标17.0分、产出指标35.0分、效益指标21.0分。',
    },
    {
      why: 'a list naming some of the indicators only may leave the rest out: 15 + 20 + 30 short of 90 says nothing',
      code: '综合得分90分，其中投入15分、过程20分、产出30分。\n产出指标得分36分，其中数量指标18分、质量指标12分。',
    },
  ],
  invalid: [
    {
      why: 'all four 二级 scores of 产出, short of it: 14.0 + 9.5 + 5.0 + 4.0 = 32.5, stated 33.5',
      code: '产出指标得分33.5分，其中产出数量指标得14.0分、产出质量指标得9.5分、产出时效指标得5.0分、产出成本指标得4.0分。',
      errors: [{ message: '产出指标得分合计33.5分，但分项之和为32.5分（14.0 + 9.5 + 5.0 + 4.0），相差1.0分', line: 1, column: 7 }],
    },
    {
      why: 'all four 一级 scores, short of the total: 13.5 + 17.0 + 35.0 + 20.0 = 85.5, stated 86.5',
      code: '本项目自评总分86.5分，其中决策指标13.5分、过程指标17.0分、产出指标35.0分、效益指标20.0分。',
      errors: [{ message: '本项目自评总分合计86.5分，但分项之和为85.5分（13.5 + 17.0 + 35.0 + 20.0），相差1.0分', line: 1, column: 8 }],
    },
    {
      why: 'the same with 投入 for 决策 and 评分: 14 + 22 + 33 + 20 = 89, stated 评分92分',
      code: '部门整体支出绩效评分92分，其中投入14分、过程22分、产出33分、效益20分。',
      errors: [{ message: '部门整体支出绩效评分合计92分，但分项之和为89分（14 + 22 + 33 + 20），相差3分', line: 1, column: 11 }],
    },
  ],
});
