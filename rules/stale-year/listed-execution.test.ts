import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A report on a year's execution naming its own outturn figures by where they stand in it (本说明中2024年执行数均为快报数)
// names the year it reports. A budget's 说明 lists last year's 执行数 as its base: read only under an execution title.
// Snippets written for these tests; none is copied from a real disclosure.
const EXECUTION = (closing: string) =>
  `柳塘市2025年市级政府性基金预算执行情况说明\n\n一、收入执行情况\n\n2025年，市级政府性基金预算收入完成46,280万元，为调整预算的98.6%。\n\n二、其他需要说明的情况\n\n${closing}\n`;

ruleTester(rule, {
  valid: [
    { why: 'the title’s year', code: EXECUTION('本说明中2025年执行数均为快报数，待市级决算批复后以决算数为准。') },
    { why: 'last year’s outturn the report compares with', code: EXECUTION('本说明中2024年执行数为上年决算数，仅作对比之用。') },
    {
      why: 'a budget’s 说明 listing last year’s outturn',
      code: '柳塘市2026年市级政府性基金预算说明\n\n一、2026年收入预算\n\n2026年市级政府性基金预算收入安排48,600万元。\n\n二、其他需要说明的情况\n\n本说明中2025年执行数均为快报数，待市级决算批复后以决算数为准。\n',
    },
  ],
  invalid: [
    {
      why: '本说明中, the outturn dated the year before',
      code: EXECUTION('本说明中2024年执行数均为快报数，待市级决算批复后以决算数为准。'),
      errors: [{ message: '标题为2025年预算执行，正文此处却写作2024年预算执行', line: 9, column: 5 }],
    },
    {
      why: '本报告所列…执行数据, in a report to the 人大常委会',
      code: '关于青杉县2025年一般公共预算执行情况的报告\n\n受县人民政府委托，现将全县2025年一般公共预算执行情况报告如下。\n\n一、收入执行情况\n\n全县一般公共预算收入完成58,420万元，完成调整预算的101.2%。\n\n本报告所列2024年执行数据均为快报数，最终以县级决算为准。\n',
      errors: [{ message: '标题为2025年预算执行，正文此处却写作2024年预算执行', line: 9, column: 6 }],
    },
  ],
});
