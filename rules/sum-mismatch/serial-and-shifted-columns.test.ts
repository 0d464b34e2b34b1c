import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// Columns whose figures are no amounts: a 行次 column numbers the rows (本年收入合计 is row 4, not 4万元), and a rate
// column whose head a PDF set one column off is still a rate column. Snippets written for these tests; none is copied
// from a real disclosure.
const TWO_SIDED = (income: string) =>
  `# 某局2024年度收入支出决算总表\n\n单位：万元\n\n| 收入 项目 | 行次 | 金额 | 支出 项目 | 行次 | 金额 |\n| --- | --- | --- | --- | --- | --- |\n| 一、一般公共预算财政拨款收入 | 1 | 4,260.00 | 一、社会保障和就业支出 | 6 | 380.00 |\n| 二、事业收入 | 2 | 640.00 | 二、卫生健康支出 | 7 | 4,400.00 |\n| 三、其他收入 | 3 | 100.00 |  |  |  |\n| 本年收入合计 | 4 | ${income} | 本年支出合计 | 8 | 4,780.00 |\n| 年初结转和结余 | 5 | 120.00 | 年末结转和结余 | 9 | 340.00 |\n| 总计 | 10 | 5,120.00 | 总计 | 11 | 5,120.00 |\n`;
const RATES = `# 某镇2025年一般公共预算收入预算表\n\n单位：万元\n\n| 项目 | 2024年预算数 | 2025年预算数 | 比上年增减 金额 | % |  |\n| --- | --- | --- | --- | --- | --- |\n| 一、税收收入 | 3,360 | 3,520 | 160 |  | 4.8 |\n| 增值税 | 1,680 | 1,760 | 80 |  | 4.8 |\n| 企业所得税 | 960 | 1,000 | 40 |  | 4.2 |\n| 其他税收收入 | 720 | 760 | 40 |  | 5.6 |\n| 二、非税收入 | 640 | 680 | 40 |  | 6.3 |\n| 收入合计 | 4,000 | 4,200 | 200 |  | 5.0 |\n`;
ruleTester(rule, {
  valid: [
    { why: 'the 行次 column numbers the rows (本年收入合计 is row 4): it is not added up; every 金额 adds up', code: TWO_SIDED('5,000.00'), format: 'markdown' },
    { why: 'the rates under a head set one column off are not added up as 万元 (4.8 ≠ 4.8 + 4.2 + 5.6)', code: RATES, format: 'markdown' },
  ],
  invalid: [
    {
      why: '4,260 + 640 + 100 = 5,000, stated 本年收入合计 5,100 (and the 行次 column still says nothing)',
      code: TWO_SIDED('5,100.00'),
      format: 'markdown',
      errors: [{ message: '表中本年收入合计行“金额”列5,100.00万元，但分项之和为5000.00万元（4260.00 + 640.00 + 100.00），相差100.00万元', line: 10, column: 16 }],
    },
  ],
});
