import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A total stated at two measures (调整预算为…，支出决算为…) and then, after 其中：, numbered items that each state both
// measures in turn: each item's part of the total is its amount at the total's measure, not the first it states. The
// way 部门决算 set out 一般公共预算财政拨款支出决算具体情况 by 类、款、项. Snippets written for these tests; none is copied from
// a real disclosure.

const items = (adjusted: string, outturn: string, first: [string, string], second: [string, string], third: [string, string]) =>
  [
    '（三）一般公共预算财政拨款支出决算具体情况',
    `2025年度一般公共预算财政拨款支出调整预算为${adjusted}万元，支出决算为${outturn}万元，完成调整预算的97.4%。其中：`,
    `1.文化旅游体育与传媒支出（类）文化和旅游（款）群众文化（项）。调整预算为${first[0]}万元，支出决算为${first[1]}万元，完成调整预算的96.9%。决算数小于调整预算数的主要原因是：部分文化惠民演出场次因天气原因调减。`,
    `2.社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）。调整预算为${second[0]}万元，支出决算为${second[1]}万元，完成调整预算的100%。`,
    `3.住房保障支出（类）住房改革支出（款）住房公积金（项）。调整预算为${third[0]}万元，支出决算为${third[1]}万元，完成调整预算的100%。`,
    '七、一般公共预算财政拨款基本支出决算情况说明',
  ].join('\n');

ruleTester(rule, {
  valid: [
    {
      why: 'the 决算 add to the 决算 (1,860.40 + 212.60 + 96.00 = 2,169.00) and the 调整预算 to the 调整预算 (2,227.00)',
      code: items('2,227.00', '2,169.00', ['1,918.40', '1,860.40'], ['212.60', '212.60'], ['96.00', '96.00']),
    },
    {
      why: 'the items’ 调整预算 add to more than the total’s 决算, as they may: each part of the 决算 is its item’s 决算',
      code: items('2,227.00', '2,150.00', ['1,918.40', '1,841.40'], ['212.60', '212.60'], ['96.00', '96.00']),
    },
  ],
  invalid: [
    {
      why: 'the items’ 决算 overshoot the total’s 决算: 1,880.40 + 212.60 + 96.00 = 2,189.00 against 2,169.00',
      code: items('2,227.00', '2,169.00', ['1,918.40', '1,880.40'], ['212.60', '212.60'], ['96.00', '96.00']),
      errors: [{ message: '支出决算合计2,169.00万元，但其中所列分项之和已达2189.00万元（1880.40 + 212.60 + 96.00），超出20.00万元', line: 2, column: 40 }],
    },
  ],
});
