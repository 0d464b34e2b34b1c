import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// Final accounts saying their own figures were audited (以上决算数据已经…审计, 本决算草案已经…审计) and naming the audit report:
// the audit of a year's budget execution is what checks that year's accounts, so the report is of the title's year. A report
// cited as background, or last year's accounts audited, says nothing. Snippets written for these tests.
const ACCOUNTS = (said: string) =>
  `关于清河市2025年市级决算草案的报告\n\n一、2025年市级决算情况\n\n市级一般公共预算收入完成42.86亿元，为调整预算的100.8%。\n\n${said}\n`;

ruleTester(rule, {
  valid: [
    { why: 'the audit of the title’s year', code: ACCOUNTS('以上决算数据已经市审计局依法审计，审计发现的问题及整改情况详见《关于清河市2025年度市级预算执行和其他财政收支的审计工作报告》。') },
    { why: 'last year’s audit as background', code: ACCOUNTS('《关于清河市2024年度市级预算执行和其他财政收支的审计工作报告》指出的问题已全部整改到位。') },
    { why: 'last year’s accounts audited', code: ACCOUNTS('上年决算数据已经审计，详见《关于清河市2024年度市级预算执行和其他财政收支的审计工作报告》。') },
  ],
  invalid: [
    {
      why: 'the 2025 accounts said audited in the 2024 report',
      code: ACCOUNTS('以上决算数据已经市审计局依法审计，审计发现的问题及整改情况详见《关于清河市2024年度市级预算执行和其他财政收支的审计工作报告》。'),
      errors: [{ message: '标题为2025年决算，审计本决算数据的审计工作报告应为2025年，此处却写作2024年', line: 7, column: 38 }],
    },
    {
      why: '本决算草案已经…审计, a county’s wording',
      code: ACCOUNTS('本决算草案已经县审计局审计，具体情况见《关于2024年度县级预算执行情况的审计工作报告》。'),
      errors: [{ message: '标题为2025年决算，审计本决算数据的审计工作报告应为2025年，此处却写作2024年', line: 7, column: 23 }],
    },
  ],
});
