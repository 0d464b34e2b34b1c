import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A report on part of a year states its stocks at the close of its own period: 截至2024年6月末，全市政府债务余额… in a report on
// 2025's first half was kept from last year's. A close compared with (比年初, 同比) or another body's stocks say nothing of it.
// Snippets written for these tests; none is copied from a real disclosure.
const HALF = (debt: string) =>
  `青州市2025年上半年财政预算执行情况\n\n一、一般公共预算收入\n\n1-6月，全市一般公共预算收入完成146.20亿元，同比增长3.6%。\n\n二、政府债务情况\n\n${debt}\n`;

ruleTester(rule, {
  valid: [
    { why: 'the title’s year', code: HALF('截至2025年6月末，全市政府债务余额862.40亿元，在省核定限额以内。') },
    { why: 'last year’s close as a base', code: HALF('截至2024年12月末，全市政府债务余额826.10亿元，上半年新增36.30亿元。') },
    { why: 'compared with a year before', code: HALF('截至2024年6月末，全市政府债务余额比上年同期增加42.60亿元。') },
    { why: 'another body’s stocks', code: HALF('截至2024年6月末，省级平台公司存量债务已全部纳入监测。') },
  ],
  invalid: [
    {
      why: '6月末 of the year before, 全市',
      code: HALF('截至2024年6月末，全市政府债务余额862.40亿元，在省核定限额以内。'),
      errors: [{ message: '标题为2025年上半年预算执行，截至日期应为2025年，此处却写作2024年', line: 9, column: 3 }],
    },
    {
      why: '9月30日 in a 1-9月 report, 本级',
      code: '石湾县2025年1-9月财政收支情况\n\n一、收入情况\n\n1-9月，全县一般公共预算收入完成18,642万元。\n\n二、债务情况\n\n截止2024年9月30日，本级政府债务余额48,260万元，其中专项债务31,480万元。\n',
      errors: [{ message: '标题为2025年1-9月财政收支，截至日期应为2025年，此处却写作2024年', line: 9, column: 3 }],
    },
  ],
});
