import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// Under a title of two years (…2025年预算执行情况和2026年预算草案的报告) the title names no one year, but a sentence naming the
// draft it says was drawn up under a notice (2026年预算草案按照《关于编制…预算的通知》要求编制, 本预算草案依据《…》编制) fixes the
// notice's year: it is the draft's. A sentence on another year's draft, or citing a notice with no draft drawn up under it, says
// nothing. Snippets written for these tests.
const REPORT = (said: string) =>
  `关于青川县2025年预算执行情况和2026年预算草案的报告\n\n一、2025年预算执行情况\n\n2025年，全县一般公共预算收入完成48,620万元，比上年增长4.2%。\n\n二、2026年预算草案\n\n${said}\n`;

ruleTester(rule, {
  valid: [
    { why: 'the notice of the draft’s year', code: REPORT('2026年预算草案按照《青川县人民政府关于编制2026年县本级部门预算的通知》要求编制，坚持收支平衡。') },
    { why: 'no draft drawn up under it: a notice cited as background', code: REPORT('根据《关于编制2025年县本级部门预算的通知》，上年已完成全部预算单位的编报。') },
    { why: 'last year’s draft and last year’s notice', code: REPORT('2025年预算草案按照《关于编制2025年县本级部门预算的通知》要求编制，已经县人大批准。') },
  ],
  invalid: [
    {
      why: 'the 2026 draft under the notice on compiling the 2025 budget',
      code: REPORT('2026年预算草案按照《青川县人民政府关于编制2025年县本级部门预算的通知》要求编制，坚持收支平衡。'),
      errors: [{ message: '标题为2026年预算，编制所依据的通知应为2026年，此处却写作2025年', line: 9, column: 24 }],
    },
    {
      why: '本预算草案依据《关于做好…预算编制工作的通知》编制',
      code: REPORT('本预算草案依据《关于做好2025年预算编制工作的通知》编制，收支安排与上年预算相衔接。'),
      errors: [{ message: '标题为2026年预算，编制所依据的通知应为2026年，此处却写作2025年', line: 9, column: 13 }],
    },
  ],
});
