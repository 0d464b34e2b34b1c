import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 预算调整方案 is a document of its own (the report of a mid-year adjustment): a title naming one year's
// adjustment and a body naming the issuer's adjustment of another year contradict each other; the
// year's budget or its execution named in the body is another document.
ruleTester(rule, {
  valid: [
    {
      why: 'the same year in title and body',
      code: '关于白石县2025年县级预算调整方案（草案）的说明\n\n县财政局编制了白石县2025年县级预算调整方案（草案），现说明如下。',
    },
    {
      why: 'the year\'s budget as passed, another document than its adjustment',
      code: '关于青溪县2025年县级预算调整方案的报告\n\n青溪县2024年预算执行情况良好，现将2025年县级预算调整方案报告如下。',
    },
  ],
  invalid: [
    {
      why: 'title 2025, body the issuer\'s 2024 adjustment (草案)',
      code: '关于白石县2025年县级预算调整方案（草案）的说明\n\n县财政局编制了白石县2024年县级预算调整方案（草案），现说明如下。',
      errors: [{ message: '标题为2025年预算调整方案，正文此处却写作2024年预算调整方案', line: 3, column: 11 }],
    },
    {
      why: '现将…报告如下 presenting the 2024 adjustment under a 2025 title',
      code: '关于青溪县2025年县级预算调整方案的报告\n\n受县人民政府委托，现将青溪县2024年县级预算调整方案报告如下，请予审议。',
      errors: [{ message: '标题为2025年预算调整，正文此处却写作2024年预算调整', line: 3, column: 15 }],
    },
  ],
});
