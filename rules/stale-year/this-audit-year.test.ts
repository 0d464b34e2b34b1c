import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A report on the audit of one year's finances tells of this audit (本次审计) as of that year: 关于本次审计2024年度…揭示的问题 in
// the report on the audit of 2025年度 was kept from last year's report. An audit carried back on purpose (延伸, 以前年度), a
// statement naming another year too, or a report that is no audit report says nothing of it. Snippets written for these
// tests; none is copied from a real disclosure.
const AUDIT = (closing: string) =>
  `关于白崖县2025年度县本级预算执行和其他财政收支的审计工作报告\n\n县审计局依法对2025年度县本级预算执行和其他财政收支情况进行了审计。\n\n一、主要审计发现\n\n部分专项资金拨付滞后。\n\n${closing}\n`;

ruleTester(rule, {
  valid: [
    { why: 'the title’s year', code: AUDIT('关于本次审计2025年度县本级预算执行情况揭示的问题，县审计局已提出处理意见。') },
    { why: 'carried back on purpose', code: AUDIT('本次审计2024年度及以前年度结转资金的使用情况一并纳入审计范围。') },
    { why: 'two years named', code: AUDIT('本次审计2024年度预算执行发现的问题，已在2025年内整改完毕。') },
    { why: 'last year’s audit, not this one', code: AUDIT('对2024年度县本级预算执行审计发现的问题，有关单位已整改完毕。') },
    {
      why: 'no audit report',
      code: '白崖县2025年度县本级决算说明\n\n一、收支情况\n\n本次审计2024年度县本级预算执行情况的结果另行报告。\n',
    },
  ],
  invalid: [
    {
      why: 'the closing of the report, 关于本次审计…揭示的问题',
      code: AUDIT('关于本次审计2024年度县本级预算执行情况揭示的问题，县审计局已提出处理意见，相关单位限期整改。'),
      errors: [{ message: '标题为2025年县本级预算执行和其他财政收支，本次审计的年度应为2025年，此处却写作2024年', line: 9, column: 7 }],
    },
    {
      why: '针对此次审计…财政收支中发现的问题',
      code: AUDIT('针对此次审计2024年度县本级财政收支中发现的问题，县人民政府已部署专项整改。'),
      errors: [{ message: '标题为2025年县本级预算执行和其他财政收支，本次审计的年度应为2025年，此处却写作2024年', line: 9, column: 7 }],
    },
    {
      why: '本次审计的…决算草案, a city audit',
      code: '关于青石市2025年度市级预算执行和其他财政收支的审计工作报告\n\n市审计局对2025年度市级预算执行情况进行了审计。\n\n本次审计的2024年度市级决算草案反映，全市一般公共预算收入总计126.40亿元。\n',
      errors: [{ message: '标题为2025年市级预算执行和其他财政收支，本次审计的年度应为2025年，此处却写作2024年', line: 5, column: 6 }],
    },
  ],
});
