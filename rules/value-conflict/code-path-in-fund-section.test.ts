import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A department's notes explain its 一般公共预算 spending 科目 by 科目 in a section of their own (五、一般公共预算财政拨款支出
// 预算情况), each named by its path and followed by its budget (…（项）：预算X万元, …（项）2025年预算数为X万元); the
// 功能分类 table of that fund is printed after the notes, in 元, its code split over 类 | 款 | 项 with the class printed once.
// The path restates that table's row. Snippets written for these tests.
const TITLE = '东溪县民政局2025年部门预算公开说明\n\n';
const TABLE =
  '\n\n## 附表\n\n表五 一般公共预算支出功能分类预算表\n\n单位：元\n\n| 科目编码 类 | 款 | 项 | 科目名称 | 合计 | 基本支出 | 项目支出 |\n|---|---|---|---|---:|---:|---:|\n| 208 | | | 社会保障和就业支出 | 9,164,300.00 | 2,034,300.00 | 7,130,000.00 |\n| | 02 | 01 | 行政运行 | 2,034,300.00 | 2,034,300.00 | |\n| | 10 | 04 | 儿童福利 | 3,260,000.00 | | 3,260,000.00 |\n| | 10 | 06 | 养老服务 | 3,870,000.00 | | 3,870,000.00 |\n';
const NOTES = (a: string, b: string) =>
  `${TITLE}## 五、一般公共预算财政拨款支出预算情况\n\n（1）社会福利（款）儿童福利（项）：预算${a}万元，较上年预算增加12.00万元，主要是孤儿基本生活费标准提高。\n\n（2）社会福利（款）养老服务（项）2025年预算数为${b}万元，比2024年预算数增加40.00万元，主要用于社区养老服务站运营补助。${TABLE}`;
ruleTester(rule, {
  valid: [
    { why: 'both paths agree with their rows (326.00, 387.00 万元)', format: 'markdown', code: NOTES('326.00', '387.00') },
    {
      why: 'last year’s figure in the same words (2024年预算数为…) is not this year’s row',
      format: 'markdown',
      code: `${TITLE}## 五、一般公共预算财政拨款支出预算情况\n\n社会福利（款）养老服务（项）2024年预算数为347.00万元，2025年预算数为387.00万元。${TABLE}`,
    },
    {
      why: 'a section on all the department’s spending (三、支出预算情况) names no fund: its path is not read against the 一般公共预算 table',
      format: 'markdown',
      code: `${TITLE}## 三、支出预算情况\n\n社会福利（款）儿童福利（项）：预算362.00万元，含上级专项转移支付。${TABLE}`,
    },
  ],
  invalid: [
    {
      why: '（项）：预算X万元 in the fund’s section, against the row in 元 (3,260,000.00元 = 326.00万元)',
      format: 'markdown',
      code: NOTES('362.00', '387.00'),
      errors: [{ message: '儿童福利（项）在表中为3,260,000.00元（即326.00万元），此处却为362.00万元', line: 5, column: 21 }],
    },
    {
      why: '（项）2025年预算数为X万元, the title’s year and measure',
      format: 'markdown',
      code: NOTES('326.00', '378.00'),
      errors: [{ message: '养老服务（项）在表中为3,870,000.00元（即387.00万元），此处却为378.00万元', line: 7, column: 27 }],
    },
  ],
});
