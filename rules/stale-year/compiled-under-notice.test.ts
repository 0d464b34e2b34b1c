import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 本预算按照《关于编制…年…预算的通知》要求编制: the notice a budget is drawn up under is of the budget's own year. A notice of
// another class, or one the sentence does not draw this document up under, says nothing of it. Snippets written for these
// tests; none is copied from a real disclosure.
const BUDGET = (said: string) =>
  `梧溪市2026年社会保险基金预算情况说明\n\n一、基本情况\n\n${said}\n\n二、收入预算\n\n2026年全市社会保险基金收入预算215,400万元，比上年执行数203,800万元增长5.7%。\n`;

ruleTester(rule, {
  valid: [
    { why: 'the notice of the title’s year', code: BUDGET('本预算按照《关于编制2026年社会保险基金预算的通知》要求编制，由市人社局会同市财政局编制。') },
    { why: 'a notice on the last year’s execution', code: BUDGET('根据《关于做好2025年社会保险基金预算执行工作的通知》，加强基金征缴。') },
    { why: 'a notice on accounts, not the budget', code: BUDGET('按照《关于编制2025年度社会保险基金决算的通知》，已完成上年决算编报。') },
  ],
  invalid: [
    {
      why: '按照《关于编制…》要求编制, the year before',
      code: BUDGET('本预算按照《关于编制2025年社会保险基金预算的通知》要求编制，由市人社局会同市财政局编制。'),
      errors: [{ message: '标题为2026年预算，编制所依据的通知应为2026年，此处却写作2025年', line: 5, column: 11 }],
    },
    {
      why: '《关于做好…预算编制工作的通知》, then 编制了',
      code: BUDGET('根据《关于做好2025年社会保险基金预算编制工作的通知》，市人社局编制了本年度基金预算。'),
      errors: [{ message: '标题为2026年预算，编制所依据的通知应为2026年，此处却写作2025年', line: 5, column: 8 }],
    },
  ],
});
