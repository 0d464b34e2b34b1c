import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// An evaluation of one year covers that year: 本报告评价期间为2024年1月1日至12月31日 under a 2025年度 evaluation was kept from
// last year's report, however the period is written (评价时段：, 评价年度为, a year alone). A period reaching into the year (a
// project of several years) or one of another evaluation (上年, 前期) says nothing of it. Snippets written for these tests; none
// is copied from a real disclosure.
const EVALUATION = (period: string) =>
  `青溪县2025年度农村供水保障项目绩效评价报告\n\n委托单位：青溪县财政局\n\n一、项目基本情况\n\n受县财政局委托，评价组对青溪县2025年度农村供水保障项目开展了绩效评价。${period}\n`;

ruleTester(rule, {
  valid: [
    { why: 'the title’s year', code: EVALUATION('本报告评价期间为2025年1月1日至12月31日，评价对象为项目资金的分配和使用。') },
    { why: 'a project of several years', code: EVALUATION('本次评价时段为2024年1月至2025年12月，涵盖项目建设全过程。') },
    { why: 'the period of last year’s evaluation', code: EVALUATION('上年评价期间为2024年1月1日至12月31日，评价结果为良。') },
  ],
  invalid: [
    {
      why: '评价期间为, a whole earlier year by dates',
      code: EVALUATION('本报告评价期间为2024年1月1日至12月31日，评价对象为项目资金的分配和使用。'),
      errors: [{ message: '标题为2025年农村供水保障项目绩效评价，评价期间应为2025年，此处却写作2024年', line: 7, column: 46 }],
    },
    {
      why: '评价年度：, a year alone',
      code: EVALUATION('本次绩效评价年度：2024年度，评价范围覆盖全部8个行政村。'),
      errors: [{ message: '标题为2025年农村供水保障项目绩效评价，评价期间应为2025年，此处却写作2024年', line: 7, column: 47 }],
    },
  ],
});
