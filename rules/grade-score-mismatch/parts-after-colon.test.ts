import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A project's score, then its parts after a colon joined by commas, then the grade: the grade is the whole's,
// not the last part's (a part out of 20 is no score on the 100-point bands). Snippets written for these tests.
ruleTester(rule, {
  valid: [
    { why: '90.0 is 优秀; 19.0 is a part', code: '　　2.农机购置补贴项目。项目得分90.0分：决策18.0分，过程19.0分，产出34.0分，效益19.0分，评为优秀。\n' },
    { why: 'the same with the colon wrapped onto the next line', code: '　　2.农机购置补贴项目。项目得分90.0分\n：决策18.0分，过程19.0分，产出34.0分，效益19.0分，评为优秀。\n' },
    { why: 'the parts after 其中', code: '综合评价得分92.5分，其中决策指标19.0分，过程指标18.5分，产出指标36.0分，效益指标19.0分，等级为优。\n' },
  ],
  invalid: [
    {
      why: '78.0 is 中等, written 优秀',
      code: '　　3.种业振兴项目。项目得分78.0分：决策18.0分，过程19.0分，产出22.0分，效益19.0分，评为优秀。\n',
      errors: [{ message: '得分78.0分应为“中等”（60分至80分），却写作“优秀”（90分至100分）', line: 1, column: 56 }],
    },
    {
      why: 'two projects side by side, no list: the grade after the second is the second',
      code: '甲项目得分85.0分，乙项目得分70.0分，评为优秀。\n',
      errors: [{ message: '乙项目得分70.0分应为“中等”（60分至80分），却写作“优秀”（90分至100分）', line: 1, column: 25 }],
    },
  ],
});
