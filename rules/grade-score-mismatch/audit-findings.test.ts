import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// An audit's finding on a self-evaluation: 审计复核得分仅为78.2分，等级应为良. The grade it says the score should have (应为)
// is held to the bands the text set out as any grade is; 仅 says how low, no part of the subject.
// Snippets written for these tests.
const BANDS = '项目绩效评价结果90分（含）以上为优，80分（含）至90分为良，60分（含）至80分为中，60分以下为差。';
ruleTester(rule, {
  valid: [
    { why: '78.2 is 中', code: `${BANDS}\n\n甲项目自评得分91.5分、等级为优，审计复核得分仅为78.2分，等级应为中。` },
    { why: '84.0 is 良 still', code: `${BANDS}\n\n乙项目自评得分88.6分，复核得分84.0分，等级仍为良。` },
  ],
  invalid: [
    {
      why: '78.2 is 中, the audit says it should be 良',
      code: `${BANDS}\n\n甲项目自评得分91.5分、等级为优，审计复核得分仅为78.2分，等级应为良。`,
      errors: [{ message: '审计复核得分78.2分应为“中”（60分至80分），却写作“良”（80分至90分，按文中所列评价标准）', line: 3, column: 37 }],
    },
    {
      why: '应当为 too',
      code: `${BANDS}\n\n丙项目复核得分86.5分，等级应当为优。`,
      errors: [{ message: '丙项目复核得分86.5分应为“良”（80分至90分），却写作“优”（90分至100分，按文中所列评价标准）', line: 3, column: 19 }],
    },
    {
      why: '只 before the score',
      code: `${BANDS}\n\n丁项目复核得分只有58.0分，等级为中。`,
      errors: [{ message: '丁项目复核得分58.0分应为“差”（60分以下），却写作“中”（60分至80分，按文中所列评价标准）', line: 3, column: 19 }],
    },
  ],
});
