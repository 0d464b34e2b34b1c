import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A self-evaluation's first-level indicators scored one clause each, then the total score, with no 合计 word: the total is
// their sum when the indicators are a split the domain knows complete (预算执行率, 产出, 效益, 满意度; 决策, 过程, 产出,
// 效益). Snippets written for these tests; none is copied from a real disclosure.
const PROJECT = (total: string, verb = '得') =>
  `（三）乡村教师培训项目\n\n全年预算数380.00万元，实际执行数351.50万元。预算执行率${verb}9.2分，产出指标${verb}44.5分，效益指标${verb}25.0分，满意度指标${verb}8.8分，项目自评得分${total}分，等级为“良”。`;

ruleTester(rule, {
  valid: [
    { why: '9.2 + 44.5 + 25.0 + 8.8 = 87.5', code: PROJECT('87.5') },
    { why: 'the same with 得分', code: PROJECT('87.5', '得分') },
    {
      why: 'a department’s four indicators and 总得分为: 17.0 + 18.5 + 36.0 + 21.5 = 93.0',
      code: '经综合评价，决策指标得17.0分，过程指标得18.5分，产出指标得36.0分，效益指标得21.5分，总得分为93.0分，评价等级为“优”。',
    },
    {
      why: 'two indicators only: the total may hold the others',
      code: '产出指标得44.5分，效益指标得25.0分，项目自评得分90.0分。',
    },
  ],
  invalid: [
    {
      why: '9.2 + 44.5 + 25.0 + 8.8 = 87.5, stated 89.5',
      code: PROJECT('89.5'),
      errors: [{ message: '项目自评得分合计89.5分，但分项之和为87.5分（9.2 + 44.5 + 25.0 + 8.8），相差2.0分', line: 3, column: 79 }],
    },
    {
      why: 'the same with 得分',
      code: PROJECT('89.5', '得分'),
      errors: [{ message: '项目自评得分合计89.5分，但分项之和为87.5分（9.2 + 44.5 + 25.0 + 8.8），相差2.0分', line: 3, column: 83 }],
    },
    {
      why: 'a department’s four indicators: 17.0 + 18.5 + 36.0 + 21.5 = 93.0, stated 95.0',
      code: '经综合评价，决策指标得17.0分，过程指标得18.5分，产出指标得36.0分，效益指标得21.5分，总得分为95.0分，评价等级为“优”。',
      errors: [{ message: '总得分合计95.0分，但分项之和为93.0分（17.0 + 18.5 + 36.0 + 21.5），相差2.0分', line: 1, column: 55 }],
    },
  ],
});
