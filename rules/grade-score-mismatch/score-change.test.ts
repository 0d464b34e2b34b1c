import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A score's change on last year (较上年提高1.8分, 比上年度下降1.5分) is no one's score: the grade after it is
// the grade of the score before it.
ruleTester(rule, {
  valid: [
    {
      why: '提高1.8分 is a change, not a score graded 优; 91.6 is 优',
      code: '本部门整体支出绩效自评得分91.6分，较上年提高1.8分，评价等级为“优”。',
    },
    {
      why: '下降1.5分 is a change; 93.2 is 优秀',
      code: '2024年度区级部门整体支出绩效评价中，本局综合得分93.2分，比上年度下降1.5分，绩效等级为优秀。',
    },
    {
      why: '增加了3分 between a score and its grade; 84 is 良',
      code: '乡村振兴衔接资金项目复评得分84分，比初评增加了3分，复评等级为良。',
    },
  ],
  invalid: [
    {
      why: '86.4 is 良, called 优; the change 提高2.5分 between them is no score',
      code: '本部门整体支出绩效自评得分86.4分，较上年提高2.5分，评价等级为“优”。',
      errors: [{ message: '本部门整体支出得分86.4分应为“良”（80分至90分），却写作“优”（90分至100分）', line: 1, column: 36, text: '优' }],
    },
    {
      why: '72.5 is 中, called 良; 下降4分 is a change',
      code: '城乡供水一体化项目绩效评价得分72.5分，较上年度下降4分，评价结果为“良”，已责成项目单位整改。',
      errors: [{ message: '城乡供水一体化项目得分72.5分应为“中”（60分至80分），却写作“良”（80分至90分）', line: 1, column: 37, text: '良' }],
    },
  ],
});
