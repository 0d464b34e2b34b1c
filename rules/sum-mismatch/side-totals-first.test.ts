import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// | 收入合计 | … | over the income rows, | 支出合计 | … | over the spending rows: an execution table with each side's
// total heading its own rows. Snippets written for these tests; none is copied from a real disclosure.
const FUND = (income: string, spending = '38,426.50', trailer = '') =>
  [
    '东湖县2025年政府性基金预算收支执行情况表',
    '',
    '单位：万元',
    '',
    '| 项目 | 上年执行数 | 预算数 | 执行数 |',
    '| --- | --- | --- | --- |',
    `| 收入合计 | 72,316.00 | 68,500.00 | ${income} |`,
    '| 国有土地使用权出让收入 | 68,920.00 | 64,800.00 | 59,614.20 |',
    '| 城市基础设施配套费收入 | 2,486.00 | 2,900.00 | 2,735.60 |',
    '| 污水处理费收入 | 910.00 | 800.00 | 846.30 |',
    `| 支出合计 | 35,210.00 | 41,600.00 | ${spending} |`,
    '| 城乡社区支出 | 31,820.00 | 37,900.00 | 34,952.10 |',
    '| 其他支出 | 1,150.00 | 1,200.00 | 1,102.40 |',
    '| 债务付息支出 | 2,240.00 | 2,500.00 | 2,372.00 |',
    ...(trailer ? [trailer] : []),
    '',
  ].join('\n');

// Income parts with the part's own parts under them, no indent: 税收收入 = 增值税 + 企业所得税.
const NESTED = [
  '单位：万元',
  '',
  '| 项目 | 预算数 | 执行数 |',
  '| --- | --- | --- |',
  '| 收入合计 | 12,600.00 | 12,918.40 |',
  '| 税收收入 | 9,800.00 | 10,046.20 |',
  '| 增值税 | 5,400.00 | 5,612.80 |',
  '| 企业所得税 | 4,400.00 | 4,433.40 |',
  '| 非税收入 | 2,800.00 | 2,872.20 |',
  '',
].join('\n');

ruleTester(rule, {
  valid: [
    { why: '59,614.20 + 2,735.60 + 846.30 = 63,196.10; 34,952.10 + 1,102.40 + 2,372.00 = 38,426.50', code: FUND('63,196.10') },
    {
      why: 'a part’s own parts listed under it: no column adds up (9,800 + 5,400 + 4,400 + 2,800 is not 12,600), so no column is read',
      code: NESTED,
    },
    {
      why: 'a trailing row with no figure (the next sheet’s name and the office printed under the table) is not a part',
      code: FUND('63,196.10', '38,426.50', '| 说明 |  |  | 东湖县财政局 |'),
    },
  ],
  invalid: [
    {
      why: 'the income rows add up in 上年执行数 and 预算数 (they are all of it), not in 执行数: 63,196.10 stated 63,916.10',
      code: FUND('63,916.10'),
      errors: [{ message: '表中收入合计行“执行数”列63,916.10万元，但分项之和为63196.10万元（59614.20 + 2735.60 + 846.30），相差720.00万元', line: 7, column: 34 }],
    },
    {
      why: 'the spending side, after a trailing row with no figure: 38,426.50 stated 38,246.50',
      code: FUND('63,196.10', '38,246.50', '| 国资执行表 |  |  | 东湖县财政局 |'),
      errors: [{ message: '表中支出合计行“执行数”列38,246.50万元，但分项之和为38426.50万元（34952.10 + 1102.40 + 2372.00），相差180.00万元', line: 11, column: 34 }],
    },
  ],
});

// Totals last, a trailing row with no figure after the last total: the last total still closes the rows above it.
const STATE = (spending: string) =>
  [
    '单位：万元',
    '',
    '| 项目 | 预算数 | 执行数 |',
    '| --- | --- | --- |',
    '| 利润收入 | 1,200.00 | 1,046.52 |',
    '| 股利、股息收入 | 300.00 | 318.40 |',
    '| 其他国有资本经营预算收入 | 80.00 | 92.10 |',
    '| 收入合计 | 1,580.00 | 1,457.02 |',
    '| 改革成本支出 | 360.00 | 352.00 |',
    '| 国有企业资本金注入 | 820.00 | 760.00 |',
    '| 国有企业政策性补贴 | 100.00 | 98.60 |',
    `| 支出合计 | 1,280.00 | ${spending} |`,
    '| 附注 |  | 西林县财政局 |',
    '',
  ].join('\n');
ruleTester(rule, {
  valid: [{ why: '352.00 + 760.00 + 98.60 = 1,210.60, as stated', code: STATE('1,210.60') }],
  invalid: [
    {
      why: '1,046.52 + 318.40 + 92.10 = 1,457.02; 352.00 + 760.00 + 98.60 = 1,210.60, stated 1,310.60',
      code: STATE('1,310.60'),
      errors: [{ message: '表中支出合计行“执行数”列1,310.60万元，但分项之和为1210.60万元（352.00 + 760.00 + 98.60），相差100.00万元', line: 12, column: 21 }],
    },
  ],
});
