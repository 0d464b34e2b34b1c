import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A 决算's year-end balance is what its year's income and spending leave: a balance dated the year before, which the paragraph
// says is the difference of two totals the text gives only under the title's year, is the title year's balance.
// Snippets written for these tests; none is copied from a real disclosure.
const ACCOUNTS = (balance: string) =>
  `石泉镇2025年财政决算情况说明\n\n一、收入决算\n\n2025年全镇财政总收入2,864.50万元，比上年增长3.2%。\n\n二、支出决算\n\n2025年全镇财政总支出2,710.30万元，为调整预算的96.8%。\n\n三、收支平衡情况\n\n${balance}\n`;

ruleTester(rule, {
  valid: [
    { why: 'the title’s year', code: ACCOUNTS('2025年全镇财政收支相抵后，年末结转结余154.20万元。该结余即全镇财政总收入2,864.50万元与财政总支出2,710.30万元相抵后的余额。') },
    { why: 'not the difference of the two', code: ACCOUNTS('2024年全镇财政收支相抵后，年末结转结余126.80万元。该结余即当年总收入2,701.40万元与总支出2,574.60万元相抵后的余额。') },
    { why: 'compared with another year', code: ACCOUNTS('2024年全镇财政收支相抵后，年末结转结余154.20万元，比上年增加。该结余即全镇财政总收入2,864.50万元与财政总支出2,710.30万元相抵后的余额。') },
  ],
  invalid: [
    {
      why: 'the balance of the title year’s totals, dated a year early',
      code: ACCOUNTS('2024年全镇财政收支相抵后，年末结转结余154.20万元。该结余即全镇财政总收入2,864.50万元与财政总支出2,710.30万元相抵后的余额。'),
      errors: [{ message: '标题为2025年决算，正文此处却写作2024年决算', line: 13, column: 1 }],
    },
    {
      why: '收支相抵，结余 with the totals named in one sentence',
      code: ACCOUNTS('2024年全镇收支相抵，结余154.20万元，即总收入2,864.50万元减去总支出2,710.30万元。'),
      errors: [{ message: '标题为2025年决算，正文此处却写作2024年决算', line: 13, column: 1 }],
    },
  ],
});
