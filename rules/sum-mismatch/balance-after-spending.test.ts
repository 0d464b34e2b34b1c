import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 当年收支结余X opening a sentence right after one opening with a fund's spending: the same fund's income,
// stated by a sentence opening with it shortly before, is the spending and the balance together.
ruleTester(rule, {
  valid: [
    {
      why: '386.52 - 371.26 = 15.26, with a paragraph of sources between',
      code: '2024年全市社会保险基金收入386.52亿元，完成预算的101.3%。\n按收入来源分，保险费收入261.30亿元。\n社会保险基金支出371.26亿元，比上年增长6.3%。当年收支结余15.26亿元，年末滚存结余642.18亿元。',
    },
    {
      why: 'another fund’s income before the spending: not the same fund, nothing to check',
      code: '2024年全市职工基本医疗保险基金收入58.90亿元。\n社会保险基金支出371.26亿元，比上年增长6.3%。当年收支结余16.26亿元。',
    },
    {
      why: 'a sentence between the spending and the balance: the balance may be of something else',
      code: '2025年全区社会保险基金预算收入142,450万元。社会保险基金预算支出134,270万元。其中基本养老金支出98,300万元。当年收支结余9,180万元。',
    },
  ],
  invalid: [
    {
      why: '386.52 - 371.26 = 15.26, stated 16.26',
      code: '2024年全市社会保险基金收入386.52亿元，完成预算的101.3%。\n按收入来源分，保险费收入261.30亿元。\n社会保险基金支出371.26亿元，比上年增长6.3%。当年收支结余16.26亿元，年末滚存结余642.18亿元。',
      errors: [{ message: '社会保险基金收入合计386.52亿元，但分项之和为387.52亿元（371.26 + 16.26），相差1.00亿元', line: 1, column: 16 }],
    },
    {
      why: 'one paragraph, 预算 in the names: 142,450 - 134,270 = 8,180, stated 9,180',
      code: '2025年全区社会保险基金预算收入142,450万元，比上年执行数增长4.6%。社会保险基金预算支出134,270万元，比上年执行数增长5.2%。当年收支结余9,180万元。',
      errors: [{ message: '社会保险基金收入合计142,450万元，但分项之和为143450万元（134270 + 9180），相差1000万元', line: 1, column: 18 }],
    },
    {
      why: '本年结余 after 收支相抵, a named fund: 24.35 - 19.87 = 4.48, stated 4.84',
      code: '城乡居民基本养老保险基金收入24.35亿元。城乡居民基本养老保险基金支出19.87亿元。收支相抵，本年结余4.84亿元。',
      errors: [{ message: '城乡居民基本养老保险基金收入合计24.35亿元，但分项之和为24.71亿元（19.87 + 4.84），相差0.36亿元', line: 1, column: 15 }],
    },
  ],
});
