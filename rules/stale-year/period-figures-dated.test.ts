import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A report on part of a year may say what its own figures are as of the close of its period (以上数据均为…月末财政快报数): the
// same close of another year was kept from an earlier text. Figures of another time named as such (上年同期数), a close
// of another month, or a statement comparing say nothing of it. Snippets written for these tests; none is copied from a
// real disclosure.
const REPORT = (note: string) =>
  `石梁县2025年1-9月财政收支执行情况\n\n一、收入情况\n\n1-9月，全县一般公共预算收入完成46,820万元，同比增长3.2%。\n\n二、支出情况\n\n1-9月，全县一般公共预算支出完成98,460万元。\n\n${note}\n`;

ruleTester(rule, {
  valid: [
    { why: 'the title’s year', code: REPORT('以上数据均为2025年9月末财政快报数，最终以年度决算为准。') },
    { why: 'another month’s close', code: REPORT('以上数据均为2024年12月末决算数，供对照参考。') },
    { why: 'last year’s figures named with a comparison', code: REPORT('以上数据均为2024年9月末数，与上年同期对比使用。') },
    { why: 'a date inside the sentence, not the figures’', code: REPORT('全县财政收支情况详见2024年9月末公布的快报数。') },
  ],
  invalid: [
    {
      why: '以上数据均为…月末快报数',
      code: REPORT('以上数据均为2024年9月末财政快报数，最终以年度决算为准。'),
      errors: [{ message: '标题为2025年1-9月财政收支，截至日期应为2025年，此处却写作2024年', line: 11, column: 7 }],
    },
    {
      why: '本报告数据系…月30日统计数',
      code: REPORT('本报告数据系2024年9月30日统计数据，最终以年度决算为准。'),
      errors: [{ message: '标题为2025年1-9月财政收支，截至日期应为2025年，此处却写作2024年', line: 11, column: 7 }],
    },
  ],
});
