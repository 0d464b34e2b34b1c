import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A report of one year on a subject that is no budget or final account (转移支付情况说明, 政府采购工作情况报告) closing on what
// its own figures are (以上为X州2024年度转移支付执行数, 以上数据为2024年政府采购统计数据): its figures are of its title's year;
// another year was kept from an earlier text. Figures of a plan (计划数), of another issuer, or a statement naming last
// year's too say nothing of it. Snippets written for these tests; none is copied from a real disclosure.
const TRANSFERS = (note: string) =>
  `雪峰州2025年转移支付情况说明\n\n雪峰州财政局\n\n一、转移支付总体情况\n\n2025年全州共获得上级转移支付986,200万元。\n\n${note}\n`;
const PROCUREMENT = (note: string) => `秦川市2025年政府采购工作情况报告\n\n秦川市财政局\n\n一、总体情况\n\n全市政府采购规模814,260万元。\n\n${note}\n`;

ruleTester(rule, {
  valid: [
    { why: 'the title’s year', code: TRANSFERS('以上为雪峰州2025年度转移支付执行数，个别数据因四舍五入略有尾差。') },
    { why: 'another issuer', code: TRANSFERS('以上为省财政厅2024年度转移支付执行数。') },
    { why: 'last year’s figures named too', code: PROCUREMENT('以上数据为2024年政府采购统计数据，与上年数据口径一致。') },
    { why: 'a plan’s figures', code: PROCUREMENT('以上为秦川市2026年政府采购计划数。') },
    { why: 'a budget title is read by its class', code: '柳溪县2026年部门预算公开说明\n\n以上数据为2025年部门预算执行数。\n' },
  ],
  invalid: [
    {
      why: '以上为 + the issuer + 年度 + 执行数',
      code: TRANSFERS('以上为雪峰州2024年度转移支付执行数，个别数据因四舍五入略有尾差。'),
      errors: [{ message: '标题为2025年转移支付，本文所列数据应为2025年，此处却写作2024年', line: 9, column: 7 }],
    },
    {
      why: '以上数据为 + 统计数据, indented, 工作情况报告',
      code: PROCUREMENT('    以上数据为2024年政府采购统计数据。下一步，我们将继续推进政府采购电子化。'),
      errors: [{ message: '标题为2025年政府采购，本文所列数据应为2025年，此处却写作2024年', line: 9, column: 10 }],
    },
  ],
});
