import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// An amount of change stated alone (较上年决算数减少0.86万元, 比2024年度决算增加2.10万元), of an item whose row in a table of
// level columns (预算数 | 决算数 | 上年决算数, 2025年度决算数 | 2024年度决算数) holds the level stated: the row's cell of the
// year before, of the measure the base names, is the prior the direction word is checked against.
// Snippets written for these tests; none is copied from a real disclosure.
const THREE = '表6　2025年度“三公”经费财政拨款支出情况表\n\n单位：万元\n\n| 项目 | 预算数 | 决算数 | 上年决算数 |\n| --- | --- | --- | --- |\n| 合计 | 42.00 | 37.16 | 35.90 |\n| 因公出国（境）费 | 3.00 | 2.46 | 3.32 |\n| 公务用车购置及运行维护费 | 26.00 | 23.80 | 22.18 |\n| 公务接待费 | 13.00 | 10.90 | 10.40 |\n\n';
const BY_YEAR = '单位：万元\n\n| 项目 | 2025年度预算数 | 2025年度决算数 | 2024年度决算数 |\n| --- | --- | --- | --- |\n| 公务接待费 | 9.60 | 8.74 | 7.92 |\n| 公务用车运行维护费 | 21.00 | 19.36 | 20.48 |\n\n';
// A plain-text table laid out with spaces, the way a PDF's text comes out.
const SPACED = '表5                 2025年度“三公”经费支出决算表\n                                                单位：万元\n项目                              预算数       决算数     上年决算数\n合计                               10.00         8.24         7.82\n1.因公出国（境）费                  4.00         3.16         2.20\n2.公务接待费                        6.00         5.08         5.62\n';

ruleTester(rule, {
  valid: [
    { why: 'a fall, as the row says', format: 'markdown', code: `${THREE}因公出国（境）费支出2.46万元，较上年决算数减少0.86万元。\n` },
    { why: 'a rise, as the 2024年度 column says', format: 'markdown', code: `${BY_YEAR}公务接待费决算数为8.74万元，比2024年度决算数增加0.82万元。\n` },
    {
      why: 'against the budget: the 预算数 column is another measure, and the text is right against it',
      format: 'markdown',
      code: `${THREE}公务接待费10.90万元，比预算数减少2.10万元。\n`,
    },
    {
      why: 'a 2024年度预算 named: the table has no budget of 2024, so no base is read',
      format: 'markdown',
      code: `${BY_YEAR}公务接待费决算数为8.74万元，比2024年度预算数减少0.86万元。\n`,
    },
    { why: 'another item’s figure: no row is the sentence’s', format: 'markdown', code: `${THREE}会议费10.90万元，较上年决算数减少0.50万元。\n` },
    { why: 'a fall, as the spaced row says', code: `${SPACED}    2.公务接待费支出5.08万元，较上年决算数减少0.54万元。\n` },
  ],
  invalid: [
    {
      why: '减少 while the row’s last year is lower',
      format: 'markdown',
      code: `${THREE}公务接待费支出10.90万元，较上年决算数减少0.50万元，主要是接待批次调整。\n`,
      errors: [{ message: '公务接待费支出10.90万元大于上年决算数10.40万元，却写作“减少”', line: 12, column: 22 }],
    },
    {
      why: '增加 while the 2024年度 column is higher',
      format: 'markdown',
      code: `${BY_YEAR}公务用车运行维护费决算数为19.36万元，比2024年度决算数增加1.12万元。\n`,
      errors: [{ message: '公务用车运行维护费决算数19.36万元小于2024年度决算数20.48万元，却写作“增加”', line: 8, column: 32 }],
    },
    {
      why: '减少 while the spaced row’s last year is lower',
      code: `${SPACED}    1.因公出国（境）费支出3.16万元，比上年决算减少0.96万元，用于一个团组。\n`,
      errors: [{ message: '因公出国（境）费支出3.16万元大于上年决算数2.20万元，却写作“减少”', line: 7, column: 29 }],
    },
  ],
});
