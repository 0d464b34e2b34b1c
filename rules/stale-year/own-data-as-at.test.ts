import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A report dating its own figures (本报告数据截至…, 本说明所列各项数据均截止到…) dates them at the close of its own period: the
// same close of another year was kept from an earlier text, whether or not the issuer follows the date. A close compared with
// something, or of another body, says nothing of it. Snippets written for these tests; none is copied from a real disclosure.
const HALF = (dated: string) =>
  `青州市2025年上半年财政预算执行情况\n\n一、总体情况\n\n${dated}\n\n二、一般公共预算收入\n\n1-6月，全市一般公共预算收入完成146.20亿元，同比增长3.6%。\n`;
const ACCOUNTS = (dated: string) =>
  `松岗镇2025年财政决算公开说明\n\n一、一般公共预算收支决算情况\n\n2025年，全镇一般公共预算收入完成1,682.40万元，为调整预算的101.3%。\n\n二、其他需要说明的事项\n\n${dated}\n`;

ruleTester(rule, {
  valid: [
    { why: 'the title’s close', code: HALF('2025年上半年，全市财政运行总体平稳。本报告数据截至2025年6月30日，由财政国库支付系统汇总生成。') },
    { why: 'last year’s close compared with', code: HALF('本报告数据截至2024年6月30日的部分仅作同比之用，其余均为本年数。') },
    { why: 'a 决算 dated at its own close', code: ACCOUNTS('本说明所列数据均截至2025年12月31日，以县财政局批复为准。') },
    { why: 'another body’s figures dated, not the document’s', code: HALF('省级财政数据截至2024年6月30日，由省财政厅另行发布。') },
  ],
  invalid: [
    {
      why: '本报告数据截至, 6月30日 of the year before, no owner after',
      code: HALF('2025年上半年，全市财政运行总体平稳。本报告数据截至2024年6月30日，由财政国库支付系统汇总生成。'),
      errors: [{ message: '标题为2025年上半年预算执行，截至日期应为2025年，此处却写作2024年', line: 5, column: 28 }],
    },
    {
      why: '本报告所列各项数据均截止到, 6月末',
      code: HALF('本报告所列各项数据均截止到2024年6月末，以人民银行国库对账数为准。'),
      errors: [{ message: '标题为2025年上半年预算执行，截至日期应为2025年，此处却写作2024年', line: 5, column: 14 }],
    },
    {
      why: 'a 决算 dating its figures at the close of the year before',
      code: ACCOUNTS('本说明所列数据均截至2024年12月31日，以县财政局批复为准。'),
      errors: [{ message: '标题为2025年决算，正文此处却写作2024年决算', line: 9, column: 11 }],
    },
  ],
});
