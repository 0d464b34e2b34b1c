import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A share of 支出总额 (全部支出, 总支出) inside a 其中 list is of the whole of spending, not of the class the list breaks
// down (项目支出…，其中…): the list's total is its base only when it is the measure itself, a book's or a
// jurisdiction's. Snippets written for these tests; none is copied from a real disclosure.
const UNDER_PROJECTS = (base: string, share: string) =>
  `青川县民政局2026年部门预算说明\n\n2026年本部门项目支出预算1,200.00万元，主要用于社会救助和养老服务。\n\n其中养老服务补助605.00万元，占${base}的${share}。`;
const UNDER_A_CLASS = (base: string, share: string) =>
  `2025年，全县一般公共预算支出完成86,420万元。民生类支出52,360万元，其中：教育支出18,240万元，占${base}的${share}；卫生健康支出9,860万元。`;
const UNDER_THE_BOOK = (base: string, share: string) =>
  `2025年，一般公共预算支出完成86,420万元，其中：教育支出18,240万元，占${base}的${share}；卫生健康支出9,860万元。`;
ruleTester(rule, {
  valid: [
    { why: '支出总额 is not the 项目支出 the 其中 opens on (605 / 1,200 = 50.4%)', code: UNDER_PROJECTS('支出总额', '15.0%') },
    { why: '全部支出 likewise', code: UNDER_PROJECTS('全部支出', '15.0%') },
    { why: '总支出 likewise', code: UNDER_PROJECTS('总支出', '15.0%') },
    { why: '支出总额 under 民生类支出: the whole of spending, stated before (18,240 / 86,420 = 21.1%), is another total', code: UNDER_A_CLASS('支出总额', '21.1%') },
    { why: 'the book’s own list: 18,240 / 86,420 = 21.11%', code: UNDER_THE_BOOK('支出总额', '21.1%') },
  ],
  invalid: [
    {
      why: '支出总额 of the book’s own 其中 list, the share wrong',
      code: UNDER_THE_BOOK('支出总额', '23.1%'),
      errors: [{ message: '教育支出18,240万元占一般公共预算支出86,420万元的21.1%，而非所写的23.1%', line: 1, column: 48 }],
    },
    {
      why: '全部支出 likewise',
      code: UNDER_THE_BOOK('全部支出', '22.4%'),
      errors: [{ message: '教育支出18,240万元占一般公共预算支出86,420万元的21.1%，而非所写的22.4%', line: 1, column: 48 }],
    },
    {
      why: 'a bare 支出 inside the 项目支出 list is still that list’s total',
      code: UNDER_PROJECTS('支出', '15.0%'),
      errors: [{ message: '养老服务补助605.00万元占项目支出预算1,200.00万元的50.4%，而非所写的15.0%', line: 5, column: 22 }],
    },
  ],
});

// A fund's own list: its 收入 is a whole, the fund's (全部收入, 收入总额 of the fund).
const FUND = (base: string, share: string) =>
  `2025年全市社会保险基金收入294.70亿元，其中：社会保险费收入204.50亿元，占${base}的${share}；财政补贴收入55.50亿元；利息收入34.70亿元。`;
ruleTester(rule, {
  valid: [{ why: 'a fund’s 全部收入: 204.50 / 294.70 = 69.39%', code: FUND('全部收入', '69.4%') }],
  invalid: [
    {
      why: 'a fund’s 收入总额, the share wrong',
      code: FUND('收入总额', '72.4%'),
      errors: [{ message: '社会保险费收入204.50亿元占社会保险基金收入294.70亿元的69.4%，而非所写的72.4%', line: 1, column: 50 }],
    },
  ],
});
