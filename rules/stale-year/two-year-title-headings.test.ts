import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A title naming two years, each with its part (2025年预算执行情况和2026年预算草案): a heading naming one of those parts
// with the other year (二、对2025年预算草案的审查意见) was kept from last year's text. A heading naming a part with the
// year the title gives it, or comparing with another year, is not. Snippets written for these tests; none is copied
// from a real disclosure.
const REVIEW = (heading: string) =>
  `关于南溪市2025年预算执行情况和2026年预算草案的审查结果报告\n\n市人民代表大会财政经济委员会对预算草案进行了初步审查。现将审查结果报告如下：\n\n一、2025年预算执行情况\n\n全市一般公共预算收入完成126.84亿元。\n\n${heading}\n\n2026年全市一般公共预算收入安排132.60亿元。\n`;
ruleTester(rule, {
  valid: [
    { why: 'the draft with the title’s year', code: REVIEW('二、对2026年预算草案的审查意见') },
    { why: 'a comparison with last year’s execution', code: REVIEW('二、与2024年预算执行情况的比较') },
    { why: 'a topic of another year: 2024年决算 is another kind', code: REVIEW('二、2024年决算审计查出问题整改情况') },
    {
      why: 'advice on executing the coming year’s budget: the year does not open the heading',
      code: REVIEW('二、对2026年预算草案的审查意见').replace('全市一般公共预算收入安排132.60亿元。\n', '全市一般公共预算收入安排132.60亿元。\n\n三、做好2026年预算执行工作的建议\n\n加强收入征管。\n'),
    },
  ],
  invalid: [
    {
      why: 'the draft’s part headed with the year of the execution',
      code: REVIEW('二、对2025年预算草案的审查意见'),
      errors: [{ message: '标题为2026年预算草案，正文此处却写作2025年预算草案', line: 9, column: 4 }],
    },
    {
      why: 'a Markdown budget report: the draft’s heading a year behind',
      format: 'markdown',
      code: '# 关于2025年预算执行情况与2026年预算草案的报告\n\n## 一、2025年预算执行情况\n\n全县一般公共预算收入完成18.64亿元。\n\n## 二、2025年预算草案\n\n2026年全县一般公共预算收入安排19.20亿元。\n',
      errors: [{ message: '标题为2026年预算草案，正文此处却写作2025年预算草案', line: 7, column: 6 }],
    },
    {
      why: 'the execution’s part headed with the year before',
      code: REVIEW('二、2026年预算草案').replace('一、2025年预算执行情况', '（一）2024年预算执行情况'),
      errors: [{ message: '标题为2025年预算执行，正文此处却写作2024年预算执行', line: 5, column: 4 }],
    },
  ],
});
