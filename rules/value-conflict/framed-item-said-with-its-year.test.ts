import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A report on last year's execution and this year's draft lists last year's spending by function (分科目看：…), then, in
// the draft's section, says one item's outturn again in a clause naming its own year and measure (2025年…执行数为…).
// A comparison with last year in an earlier clause of the list does not make the later items last year's. Snippets
// written for these tests.
const HEAD = '关于青河县2025年预算执行情况和2026年预算草案的报告\n\n一、2025年预算执行情况\n\n（二）一般公共预算支出执行情况\n\n';
const LIST =
  '2025年，全县一般公共预算支出完成286,420万元，为调整预算的96.1%。分科目看：教育支出52,680万元，占18.4%，比上年50,120万元增长5.1%；社会保障和就业支出61,460万元，占21.5%，比上年58,300万元增长5.4%；卫生健康支出30,260万元；农林水支出41,380万元。';
const DRAFT = '\n\n二、2026年预算草案\n\n（二）一般公共预算支出预算\n\n';

ruleTester(rule, {
  valid: [
    { why: 'said again as the list has it', code: `${HEAD}${LIST}${DRAFT}2026年全县一般公共预算支出安排278,600万元。其中，社会保障和就业支出安排63,200万元，2025年社会保障和就业支出执行数为61,460万元，增加部分用于提高低保标准。` },
    {
      why: 'a section of another fund between: its items are that fund’s',
      code: `${HEAD}${LIST}\n\n二、2026年政府性基金预算草案\n\n政府性基金预算支出安排86,400万元。其中，农林水支出安排12,600万元，2025年农林水支出执行数为14,180万元。`,
    },
    {
      why: 'a clause after a frame (按同口径计算，), not after another amount, is that frame’s',
      code: `${HEAD}${LIST}${DRAFT}社会保障和就业支出安排63,200万元。剔除一次性因素并按同口径计算，2025年社会保障和就业支出执行数为60,180万元。`,
    },
    {
      why: 'after a reckoning’s steps (加上…，减去…)',
      code: `${HEAD}${LIST}${DRAFT}上年结转加上追加数3,600万元，减去收回2,200万元，2025年社会保障和就业支出执行数为62,860万元。`,
    },
  ],
  invalid: [
    {
      why: 'the outturn said again in the draft’s section, after the next year’s budget',
      code: `${HEAD}${LIST}${DRAFT}2026年全县一般公共预算支出安排278,600万元。其中，社会保障和就业支出安排63,200万元，2025年社会保障和就业支出执行数为61,640万元，增加部分用于提高低保标准。`,
      errors: [{ message: '2025年社会保障和就业支出在前文为61,460万元，此处却为61,640万元', line: 13, column: 69 }],
    },
    {
      why: '执行数 named without 为, the item last in its list',
      code: `${HEAD}${LIST}${DRAFT}农林水支出安排39,800万元，2025年农林水支出执行数43,180万元，减少部分主要是一次性项目完成。`,
      errors: [{ message: '2025年农林水支出在前文为41,380万元，此处却为43,180万元', line: 13, column: 30 }],
    },
  ],
});
