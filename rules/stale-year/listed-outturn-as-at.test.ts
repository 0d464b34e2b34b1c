import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// The document's own outturn of a year (本报告所列2025年预计执行数, 本说明中2025年执行数据) dated by the day it is counted to: a
// year's outturn is counted within that year or after it, so a day before the year opened was kept from last year's text.
// Figures set beside another date (与截至…相比), or a title naming no such year, say nothing. Snippets written for these tests.
const REPORT = (said: string) =>
  `关于松岭市2025年预算执行情况和2026年预算草案的报告\n\n一、2025年预算执行情况\n\n全市一般公共预算收入预计完成126.40亿元，增长3.6%。\n\n${said}\n`;
const ACCOUNTS = (said: string) =>
  `关于松岭市2025年市级决算草案的报告\n\n一、2025年市级决算情况\n\n市级一般公共预算收入完成68.24亿元，为调整预算的101.2%。\n\n${said}\n`;

ruleTester(rule, {
  valid: [
    { why: 'counted to a day of its own year', code: REPORT('本报告所列2025年预计执行数，为截至2025年12月20日的国库快报汇总数，决算编成后还会有所变化。') },
    { why: 'set beside another date, not dated by it', code: REPORT('本报告所列2025年预计执行数与截至2024年末的余额相比，均按同口径计算。') },
    {
      why: 'a budget’s title names no 2025 execution: last year’s figures are its base',
      code: '2026年松岭市市级预算草案说明\n\n一、收入预算\n\n本说明所列2025年执行数，为截至2024年12月31日的快报数。\n',
    },
  ],
  invalid: [
    {
      why: 'the 2025 estimate counted to the last day of 2024',
      code: REPORT('本报告所列2025年预计执行数，为截至2024年12月31日的国库快报汇总数，决算编成后还会有所变化。'),
      errors: [{ message: '标题为2025年预算执行，所列数据的截至日期应为2025年，此处却写作2024年', line: 7, column: 20 }],
    },
    {
      why: '本报告中…执行数据均截止到, in a report on 2025',
      code: REPORT('本报告中2025年执行数据均截止到2024年11月30日，以财政部门最终决算为准。'),
      errors: [{ message: '标题为2025年预算执行，所列数据的截至日期应为2025年，此处却写作2024年', line: 7, column: 18 }],
    },
    {
      why: 'accounts of 2025 dated 2024',
      code: ACCOUNTS('本报告所列2025年决算数据，为截至2024年12月31日的统计数。'),
      errors: [{ message: '标题为2025年决算，所列数据的截至日期应为2025年，此处却写作2024年', line: 7, column: 19 }],
    },
  ],
});
