import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A report on part of a year (1—9月, 上半年) plans the rest of that year: a target it promises to meet (确保完成…全年…目标)
// cannot be a year already over. An annual report looking back may well tell how last year's target was met, so only a
// title reporting part of its year makes the claim. Snippets written for these tests; none is copied from a real
// disclosure.
const REPORT = (plan: string) =>
  `沙河县2025年1—9月财政预算执行情况\n\n现将2025年1—9月财政预算执行情况通报如下。\n\n一、收入情况\n\n1—9月，全县一般公共预算收入完成8.42亿元，同比增长3.6%。\n\n二、下一步工作\n\n${plan}\n`;

ruleTester(rule, {
  valid: [
    { why: 'this year’s target', code: REPORT('一是加强收入征管，确保完成2025年全年收入预算目标；二是加快支出进度。') },
    { why: 'no year named', code: REPORT('一是加强收入征管，确保完成全年收入预算目标；二是加快支出进度。') },
    { why: 'next year’s plan named in the last quarter', code: REPORT('同时，提前谋划2026年预算编制，力争完成2026年收入目标打下基础。') },
    {
      why: 'an annual report telling how last year’s target was met',
      code: '关于沙河县2025年预算草案的报告\n\n2024年，我们加强收入征管，确保完成2024年全年收入预算目标。\n\n2025年，全县一般公共预算收入安排11.60亿元。\n',
    },
  ],
  invalid: [
    {
      why: 'the last year’s target kept in a 1—9月 report',
      code: REPORT('一是加强收入征管，确保完成2024年全年收入预算目标；二是加快支出进度。'),
      errors: [{ message: '本文报告2025年1-9月预算执行，此处却要完成已过去的2024年全年收入预算目标', line: 11, column: 14 }],
    },
    {
      why: 'a half-year report in Markdown: 力争完成…任务',
      code: '# 青溪区2025年上半年财政收支情况\n\n现将2025年上半年全区财政收支情况公布如下：\n\n下半年，区财政将力争完成２０２４年度收支预算任务，兜牢“三保”底线。\n',
      format: 'markdown',
      errors: [{ message: '本文报告2025年上半年财政收支，此处却要完成已过去的2024年度收支预算任务', line: 5, column: 13 }],
    },
    {
      why: 'a third-quarter report: 全力确保完成…目标任务',
      code: '柳桥镇2025年第三季度预算执行情况\n\n现将2025年第三季度预算执行情况报告如下：\n\n第四季度，我镇将全力确保完成2024年预算收支目标任务。\n',
      errors: [{ message: '本文报告2025年第三季度预算执行，此处却要完成已过去的2024年预算收支目标任务', line: 5, column: 15 }],
    },
  ],
});
