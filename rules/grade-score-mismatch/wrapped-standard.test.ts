import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A grading standard hard-wrapped at the page's width, in the text or in a Markdown comment, is read as one
// line: cut between 至 and its upper bound (70分（含）至⏎85分) or before a letter grade (为⏎D级), it was not
// read, and the scores were held against the usual bands (90/80/60) instead of the document's own.
ruleTester(rule, {
  valid: [
    {
      why: 'the document’s own bands make 76.00 a B (65 to 85); under the usual bands it would be a C',
      format: 'markdown',
      code: '# 某县2024年度重点项目绩效评价结果\n\n评价实行百分制，评价结果划分为四个等级：总分85分（含）以上为A级，\n65分（含）至85分为B级，50分（含）至65分为C级，50分以下为\nD级。\n\n城乡供水一体化项目得分76.00分，评价等级为B级。\n',
    },
  ],
  invalid: [
    {
      why: 'the standard in a comment wrapped inside a band: 72.40 is 合格 (60 to 75) under it, not 良好',
      format: 'markdown',
      code: '<!-- 评价等级：90分（含）以上为优秀，75分（含）至\n90分为良好，60分（含）至75分为合格，60分以下为不合格。 -->\n# 某区2024年预算绩效管理情况\n\n| 序号 | 评价对象 | 得分 | 等级 |\n|---|---|---:|---|\n| 1 | 老旧小区改造项目 | 72.40 | 良好 |\n| 2 | 社区食堂运营补助 | 91.00 | 优秀 |',
      errors: [
        {
          message: '老旧小区改造项目得分72.40应为“合格”（60分至75分），却写作“良好”（75分至90分，按文中所列评价标准）',
          line: 7,
          column: 26,
          text: '良好',
        },
      ],
    },
    {
      why: 'the standard in the text, wrapped before its last letter grade: 63.50 is a D (below 65) under it',
      format: 'markdown',
      code: '# 某县2024年度重点项目绩效评价结果\n\n评价实行百分制，评价结果划分为四个等级：总分90分（含）以上为A级，\n80分（含）至90分为B级，65分（含）至80分为C级，65分以下为\nD级。\n\n乡村道路养护项目得分63.50分，评价等级为C级。\n',
      errors: [{ message: '乡村道路养护项目得分63.50分应为“D”（65分以下），却写作“C”（65分至80分，按文中所列评价标准）', line: 7, column: 23, text: 'C' }],
    },
  ],
});
