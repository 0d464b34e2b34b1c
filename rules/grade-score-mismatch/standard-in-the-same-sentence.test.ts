import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A sentence that grades a score may state the standard it was graded by in the same breath, in brackets after
// the grade or as a lead-in before the score: that sentence was read as a standard only, its score left unchecked.
// The standard's own figures are bounds (80分至, 以上, 为良好 after them); bands out of 10 do not grade a score out
// of 100; two scores beside one standard do not say which one the grade is. Snippets written for these tests.
ruleTester(rule, {
  valid: [
    {
      why: 'the score inside the band it is called by, the standard in brackets after the grade',
      code: '2025年度社区综合治理经费整体支出绩效自评得分84.5分，评价等级为“良好”（90分及以上为优秀，80分至90分为良好，60分至80分为合格，60分以下为不合格）。',
    },
    {
      why: 'bands out of 10 stated beside a score out of 100: another scale, no claim',
      code: '本单位整体支出绩效自评得分86.5分，等级为“良好”（单项指标9分及以上为优秀，7分至9分为良好，6分至7分为合格，6分以下为不合格）。',
    },
    {
      why: 'two scores beside one standard: which of them the grade is, the sentence does not say',
      code: '决策指标得分18.5分、整体得分86.5分，等级为“优秀”（90分及以上为优秀，80分至90分为良好，60分至80分为合格，60分以下为不合格）。',
    },
    {
      why: 'a standard alone, its bound in a note: no score in it',
      code: '评价等级分为优秀（90分以上，含90分）、良好（80分至90分）、合格（60分至80分）、不合格（60分以下）。',
    },
  ],
  invalid: [
    {
      why: 'the standard in brackets after the grade: 86.5 is 良好 under it, called 优秀',
      code: '2025年度街道机关整体支出绩效自评得分86.5分，评价等级为“优秀”（90分及以上为优秀，80分至90分为良好，60分至80分为合格，60分以下为不合格）。',
      errors: [{ message: '2025年度街道机关整体支出得分86.5分应为“良好”（80分至90分），却写作“优秀”（90分至100分，按文中所列评价标准）', line: 1, column: 33, text: '优秀' }],
    },
    {
      why: 'the standard in brackets with a lead-in, after 评定为: 78 is 合格 under it, called 良好',
      code: '乡村振兴衔接资金项目绩效评价得分78.0分，评定为良好（评分标准：90分（含）以上为优秀，80分（含）至90分为良好，60分（含）至80分为合格，60分以下为不合格）。',
      errors: [{ message: '乡村振兴衔接资金项目得分78.0分应为“合格”（60分至80分），却写作“良好”（80分至90分，按文中所列评价标准）', line: 1, column: 26, text: '良好' }],
    },
    {
      why: 'the bands as letters after the grade, no bracket: 83 is B under them, called A',
      code: '经综合评定，老旧小区改造配套项目得分83分，等级为A级，A级85分（含）以上，B级70分（含）至85分，C级60分（含）至70分，D级60分以下。',
      errors: [{ message: '老旧小区改造配套项目得分83分应为“B”（70分至85分），却写作“A”（85分至100分，按文中所列评价标准）', line: 1, column: 26, text: 'A' }],
    },
  ],
});
