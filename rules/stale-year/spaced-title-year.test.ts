import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A PDF's title set in wide letter-spacing comes out one character a piece, the year's digits too (2 0 2 5年 部 门 预 算):
// the year is still the title's. Snippets written for these tests; none is copied from a real disclosure.
ruleTester(rule, {
  valid: [
    {
      why: 'the spaced title and the body name one year',
      code: '某区统计局\n\n2 0 2 5年 部 门 预 算\n\n第 二 部 分 2 0 2 5 年部门预算情况说明\n\n现将某区统计局2025年部门预算情况说明如下。\n',
    },
    {
      why: 'a row of column numbers is no year, and a spaced heading beside it says nothing of one',
      code: '某区统计局2025年部门预算\n\n项 目 名 称 1 2 3 4\n\n现将某区统计局2025年部门预算情况说明如下。\n',
    },
  ],
  invalid: [
    {
      why: '2024 in the body under a title whose year a PDF spaced out digit by digit',
      code: '某区统计局\n\n2 0 2 5年 部 门 预 算\n\n现将某区统计局2024年部门预算情况说明如下。\n',
      errors: [{ message: '标题为2025年部门预算，正文此处却写作2024年部门预算', line: 5, column: 8 }],
    },
    {
      why: 'the same with 年度 and a title on one line',
      code: '某 县 水 利 局 2 0 2 4 年 度 部 门 决 算\n\n根据本单位2023年度部门决算，现将有关情况说明如下。\n',
      errors: [{ message: '标题为2024年部门决算，正文此处却写作2023年部门决算', line: 3, column: 6 }],
    },
  ],
});
