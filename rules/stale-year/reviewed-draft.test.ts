import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A report reviewing a draft (…决算草案审查结果的报告) speaks of the draft the government put before the reviewers:
// "县人民政府提出的2024年县级决算草案" there names the title's draft. A statement comparing with last year, or a draft
// named with no one putting it forward, says nothing. Snippets written for these tests; none is copied from a real disclosure.
const REVIEW = (line: string) => `关于柳川县2025年县级决算草案审查结果的报告\n\n县人大常委会：\n\n一、总体评价\n\n${line}\n`;
ruleTester(rule, {
  valid: [
    { why: 'the title’s year', code: REVIEW('财经委认为，县人民政府提出的2025年县级决算草案总体反映了全县预算执行情况。') },
    { why: 'a comparison with last year’s draft', code: REVIEW('县人民政府提交的2024年县级决算草案与上年相比，编制更加规范。') },
    { why: 'no draft put forward: a topic', code: REVIEW('2024年县级决算审计查出问题已基本整改。') },
  ],
  invalid: [
    {
      why: '提出的 with last year',
      code: REVIEW('财经委认为，县人民政府提出的2024年县级决算草案总体反映了全县预算执行情况。'),
      errors: [{ message: '标题为2025年决算，正文此处却写作2024年决算', line: 7, column: 15 }],
    },
    {
      why: '提交的, the draft bracketed',
      code: REVIEW('县人民政府提交的2024年县级决算（草案）收支数据真实。'),
      errors: [{ message: '标题为2025年决算，正文此处却写作2024年决算', line: 7, column: 9 }],
    },
    {
      why: '提请审议的 in a budget review',
      code: '关于青石市2026年预算草案的审查报告\n\n市人大常委会：\n\n市人民政府提请审议的2025年市本级预算草案编制科学、内容完整。\n',
      errors: [{ message: '标题为2026年预算，正文此处却写作2025年预算', line: 5, column: 11 }],
    },
  ],
});
