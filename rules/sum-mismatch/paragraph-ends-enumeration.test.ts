import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 主要用于：A 1,200万元、B 420万元、C 86万元等。⏎其中，B 420万元…: a paragraph that ends with a 、 enumeration of
// amounts ends on one item of it, not on a total a 其中 paragraph after it could break down.
ruleTester(rule, {
  valid: [
    {
      why: '其中 restating the second fund of the list the paragraph before ends with',
      code: '2025年项目支出1,878.00万元，主要用于：少数民族发展资金1,200.00万元、民族团结进步示范创建经费420.00万元、民族古籍抢救保护经费86.00万元等。\n\n其中，民族团结进步示范创建经费420.00万元，占项目支出的23.4%。',
    },
    {
      why: '重点保障 … 、 … 、 …; then 其中 one of them again',
      code: '全年安排民生支出6,240万元，重点保障义务教育经费2,860万元、基本医疗保障经费1,420万元、困难群众救助资金316万元。\n\n其中，义务教育经费2,860万元，比上年增加120万元。',
    },
    {
      why: '用于 … 、 …; 其中 a part of the first item in the paragraph after',
      code: '本年项目支出资金主要用于道路养护1,260万元、桥梁维修380万元。\n\n其中，道路养护资金中的日常养护960万元，由县级财政安排。',
    },
  ],
  invalid: [
    {
      why: 'a paragraph that ends on a total in a clause of its own: its 其中 paragraph still breaks it down',
      code: '本年度项目支出共计1,878.00万元。\n\n其中，少数民族发展资金1,200.00万元，民族团结进步示范创建经费820.00万元。',
      errors: [{ message: '本年度项目支出合计1,878.00万元，但其中所列分项之和已达2020.00万元（1200.00 + 820.00），超出142.00万元', line: 1, column: 10 }],
    },
  ],
});
