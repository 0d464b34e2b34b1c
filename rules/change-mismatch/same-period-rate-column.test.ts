import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A final accounts' table of revenue by tax beside its budget (调整预算数 | 决算数 | 完成% | 同比增减%): the 同比 column is each
// tax against the same period of last year, which the table may not print; the outturn against the budget is the completion
// column. 同比 is read as 比上年 is: against last year's column when there is one, never against the budget beside it.
// Snippets written for these tests.
const SPACED = (rates: [string, string, string]) =>
  `表2  云溪县2025年一般公共预算收入决算表\n                                                      单位：万元\n项目                  调整预算数      决算数       完成%   同比增减%\n增值税                    12,400      12,930       104.3         6.2\n企业所得税                 4,100       3,870        94.4        ${rates[0]}\n契税                       1,900       1,958       103.1        ${rates[1]}\n税收收入合计              18,400      18,758       101.9         ${rates[2]}\n`;
const LAST_YEAR_COLUMN = (rate: string) =>
  `表2  云溪县2025年一般公共预算收入决算表\n                                                      单位：万元\n项目                  调整预算数      决算数    上年决算数   完成%   同比增减%\n增值税                    12,400      12,930      12,175     104.3         ${rate}\n企业所得税                 4,100       3,870       4,020      94.4        -3.7\n`;

ruleTester(rule, {
  valid: [
    { why: '同比 rates with no column of last year: nothing to check them against', code: SPACED(['-4.8', '8.9', '2.4']) },
    {
      why: '同比增长% beside 预算数 | 执行数 in Markdown',
      format: 'markdown',
      code: `单位：万元\n\n| 项目 | 预算数 | 执行数 | 同比增长% |\n| --- | --- | --- | --- |\n| 教育支出 | 8,600 | 8,420 | 5.1 |\n| 卫生健康支出 | 5,200 | 5,386 | -2.3 |\n`,
    },
    { why: 'the 同比 column against last year’s, as printed', code: LAST_YEAR_COLUMN('6.2') },
  ],
  invalid: [
    {
      why: 'a 同比 rate that does not fit last year’s column',
      code: LAST_YEAR_COLUMN('7.2'),
      errors: [{ message: '增值税12,930万元，按增加计，上年决算数为12,175万元，增幅应为6.20%，而非所写的7.2%', line: 4, column: 73 }],
    },
  ],
});
