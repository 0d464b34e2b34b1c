import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A department's report on its budget's execution, titled only 预算执行情况, that names its 部门预算执行 of the title's year in
// its body: a paragraph under the title year's heading opening on the year before (全年 and all) with the 部门预算 spending
// executed and its own comparison to the year before is this report's outturn, its year kept from last year's text. A body
// naming last year's 部门预算执行 as its subject, a look back naming both years, or a section headed by last year say nothing
// of it. Snippets written for these tests; none is copied from a real disclosure.
const REPORT = (presents: string, heading: string, opening: string) =>
  `关于岚溪市卫生健康委员会2025年预算执行情况的报告\n\n主任、各位委员：\n受市人民政府委托，${presents}请予审议。\n\n${heading}\n${opening}\n`;
const PRESENTS = '现就市卫生健康委员会2025年部门预算执行情况报告如下，';
const OPENING = '2024年全年，市卫生健康系统部门预算支出执行86,420.50万元，完成调整后预算的96.8%，比上年执行数81,930.20万元增长5.5%。';

ruleTester(rule, {
  valid: [
    { why: 'the title’s year', code: REPORT(PRESENTS, '一、2025年预算执行情况', OPENING.replace('2024年', '2025年')) },
    { why: 'a section headed by last year', code: REPORT(PRESENTS, '三、2024年支出情况回顾', OPENING) },
    { why: 'the body presents no 部门预算 of the title’s year', code: REPORT('现将有关情况报告如下，', '一、2025年预算执行情况', OPENING) },
    {
      why: 'a look back naming both years',
      code: REPORT(PRESENTS, '一、2025年预算执行情况', '2024年全年，市卫生健康系统部门预算支出执行81,930.20万元，比上年增长3.1%；2025年执行86,420.50万元。'),
    },
    { why: 'no comparison of its own', code: REPORT(PRESENTS, '一、2025年预算执行情况', '2024年全年，市卫生健康系统部门预算支出执行81,930.20万元。') },
  ],
  invalid: [
    {
      why: '全年, 执行 right before the amount, 比上年执行数',
      code: REPORT(PRESENTS, '一、2025年预算执行情况', OPENING),
      errors: [{ message: '标题为2025年预算执行，正文此处却写作2024年预算执行', line: 7, column: 1 }],
    },
    {
      why: 'a comma-less opening, 同比',
      code: REPORT(PRESENTS, '（二）2025年支出预算执行情况', '2024年本委部门预算支出完成79,260.00万元，同比增长4.2%，主要是公共卫生项目支出增加。'),
      errors: [{ message: '标题为2025年预算执行，正文此处却写作2024年预算执行', line: 7, column: 1 }],
    },
  ],
});
