import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A report on part of a year may name the target it promises to meet with its amount (确保完成2025年一般公共预算收入56,800万元
// 的年初预算目标): the amount does not change whose target it is, and a year already over was kept from an earlier text. This
// year's target, next year's, or an annual report telling of last year's says nothing of it. Snippets written for these
// tests; none is copied from a real disclosure.
const REPORT = (plan: string) =>
  `鹿鸣县2025年上半年财政预算执行情况\n\n一、收入情况\n\n1—6月，全县一般公共预算收入完成21,460万元，同比增长2.8%。\n\n二、下半年工作\n\n${plan}\n`;

ruleTester(rule, {
  valid: [
    { why: 'this year’s target', code: REPORT('盯紧土地出让和重点行业税收，确保完成2025年一般公共预算收入43,200万元年初目标。') },
    { why: 'next year’s', code: REPORT('提前谋划，力争完成2026年一般公共预算收入45,000万元的目标打下基础。') },
    {
      why: 'an annual report telling of last year’s target',
      code: '关于鹿鸣县2025年预算草案的报告\n\n2024年，我们确保完成2024年一般公共预算收入41,800万元的目标。\n',
    },
  ],
  invalid: [
    {
      why: '确保完成…收入…万元年初目标',
      code: REPORT('盯紧土地出让和重点行业税收，确保完成2024年一般公共预算收入43,200万元年初目标。'),
      errors: [{ message: '本文报告2025年上半年预算执行，此处却要完成已过去的2024年一般公共预算收入43,200万元年初目标', line: 9, column: 19 }],
    },
    {
      why: '力争完成…亿元全年任务, a 1—9月 report',
      code: '鹿鸣县2025年1—9月财政收支情况\n\n第四季度，力争完成2024年地方一般公共预算收入4.32亿元全年任务。\n',
      errors: [{ message: '本文报告2025年1-9月财政收支，此处却要完成已过去的2024年地方一般公共预算收入4.32亿元全年任务', line: 3, column: 10 }],
    },
    {
      why: 'a repost in traditional units: 萬元',
      code: '鹿鳴縣2025年第三季度預算執行情況\n\n全力確保完成2024年財政收入43,200萬元的目標任務。\n',
      errors: [{ message: '本文报告2025年第三季度预算执行，此处却要完成已过去的2024年财政收入43,200萬元的目标任务', line: 3, column: 7 }],
    },
  ],
});
