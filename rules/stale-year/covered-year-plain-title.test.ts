import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A title of one year whose kind no document name reads (a fund's 运行情况报告, a 使用情况公告), and the body saying which
// year this document covers with the title's own subject before the year (本报告反映的是…基金2024年度的…, 本公告涵盖…): the
// year is the title's. A place alone before the year, months after it, a comparison, or an audit report dated by its work
// year prove nothing. Snippets written for these tests; none is copied from a real disclosure.
const FUND = '澄江市产业引导基金2025年度运行情况报告\n\n澄江市财政局\n2026年3月\n\n';
ruleTester(rule, {
  valid: [
    { why: 'the title’s year', code: `${FUND}本报告反映的是澄江市产业引导基金2025年度的募资、投资和退出情况，数据未经审计。\n` },
    { why: 'a comparison in the statement', code: `${FUND}本报告反映的是澄江市产业引导基金2024年度与本年度相比的投资结构变化。\n` },
    { why: 'no subject of the title before the year', code: `${FUND}本报告反映的是2024年度设立的子基金的运行情况。\n` },
    { why: 'part of a year by months', code: `${FUND}本报告反映澄江市产业引导基金2024年12月设立以来的运行情况。\n` },
    {
      why: 'an audit report is dated by the year of its work',
      code: '澄江市产业引导基金2025年度审计情况报告\n\n本报告反映的是澄江市产业引导基金2024年度的财务收支审计情况。\n',
    },
  ],
  invalid: [
    {
      why: '本报告反映的是 another year',
      code: `${FUND}本报告反映的是澄江市产业引导基金2024年度的募资、投资和退出情况，数据未经审计。\n`,
      errors: [{ message: '标题为2025年运行情况报告，本文所反映的年度应为2025年，此处却写作2024年', line: 6, column: 17 }],
    },
    {
      why: '本公告涵盖, a bulletin, Markdown',
      format: 'markdown',
      code: '# 临川省福利彩票公益金2025年度使用情况公告\n\n本公告涵盖临川省福利彩票公益金2024年度的筹集、分配和使用情况。\n',
      errors: [{ message: '标题为2025年使用情况公告，本文所反映的年度应为2025年，此处却写作2024年', line: 3, column: 16 }],
    },
  ],
});
