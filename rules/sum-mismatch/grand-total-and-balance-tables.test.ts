import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// Two table shapes where a row's figures are read against the right ones: a 收入总计 below 本年收入合计 and 年初结转和结余
// adds up those two (not the numbered rows again), and a fund table's 合计 row whose one wrong cell also unbalances the
// row (收入 ≠ 支出 + 结余) is reported once, by the column that cell totals. Snippets written for these tests; none is
// copied from a real disclosure.
const INCOME = (prior: string) =>
  `# 某学院2024年度部门决算\n\n| 项目 | 决算数 | 上年决算数 |\n| --- | --- | --- |\n| 一、财政拨款收入 | 2,240.18 | 2,100.00 |\n| 二、事业收入 | 1,186.42 | 1,100.00 |\n| 三、其他收入 | 199.75 | 200.00 |\n| 本年收入合计 | 3,626.35 | 3,400.00 |\n| 年初结转和结余 | 180.65 | 150.00 |\n| 收入总计 | 3,807.00 | ${prior} |\n`;
const FUNDS = (spent: string, left: string) =>
  `# 某市2024年社会保险基金决算\n\n单位：万元\n\n| 险种 | 基金收入 | 基金支出 | 本年收支结余 |\n| --- | ---: | ---: | ---: |\n| 企业职工基本养老保险基金 | 12,860 | 12,140 | 720 |\n| 城乡居民基本养老保险基金 | 3,420 | 2,980 | 440 |\n| 工伤保险基金 | 460 | 510 | -50 |\n| 合计 | 16,740 | ${spent} | ${left} |\n`;
ruleTester(rule, {
  valid: [
    { why: '3,626.35 + 180.65 = 3,807.00 and 3,400 + 150 = 3,550: 总计 is the year’s total and the carry-over', code: INCOME('3,550.00'), format: 'markdown' },
    {
      why: 'laid out with spaces, the same: 3,626.35 + 180.65 = 3,807.00',
      code: '某学院2024年度部门决算\n\n表1 收入决算表\n                                                     单位：万元\n    项目                          决算数          占比\n    一、财政拨款收入             2,240.18        61.78%\n    二、事业收入                 1,186.42        32.72%\n    三、其他收入                   199.75         5.51%\n    本年收入合计                 3,626.35       100.00%\n    年初结转和结余                 180.65\n    收入总计                     3,807.00\n',
    },
    { why: 'every column adds up and every row balances', code: FUNDS('15,630', '1,110'), format: 'markdown' },
  ],
  invalid: [
    {
      why: '3,400 + 150 = 3,550, stated 3,560 in the prior year’s column',
      code: INCOME('3,560.00'),
      format: 'markdown',
      errors: [{ message: '表中收入总计行“上年决算数”列3,560.00，但分项之和为3550.00（3400.00 + 150.00），相差10.00', line: 10, column: 21 }],
    },
    {
      why: 'the 合计 row’s 基金支出 15,730 against 15,630 of its column: said once, at that cell, not again as 收入 ≠ 支出 + 结余',
      code: FUNDS('15,730', '1,110'),
      format: 'markdown',
      errors: [{ message: '表中合计行“基金支出”列15,730万元，但分项之和为15630万元（12140 + 2980 + 510），相差100万元', line: 10, column: 17 }],
    },
    {
      why: 'the 合计 row’s balance 1,210 against 1,110 of its column (and 16,740 − 15,630): said once, at the balance',
      code: FUNDS('15,630', '1,210'),
      format: 'markdown',
      errors: [{ message: '表中合计行“本年收支结余”列1,210万元，但分项之和为1110万元（720 + 440 - 50），相差100万元', line: 10, column: 26 }],
    },
  ],
});
