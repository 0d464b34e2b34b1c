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

// The spending clause may name the income's fund again (…基金收入X，…基金支出Y，当年收支结余Z); another fund named there is
// another subject.
ruleTester(rule, {
  valid: [
    {
      why: 'the fund named again: 168,420 - 152,680 = 15,740',
      code: '全县社会保险基金收入168,420万元，社会保险基金支出152,680万元，当年收支结余15,740万元，年末滚存结余186,340万元。',
    },
    {
      why: 'another fund in the spending clause: one of the parts, not the whole fund’s spending',
      code: '全县社会保险基金收入168,420万元，职工基本养老保险基金支出98,200万元，当年收支结余15,470万元。',
    },
  ],
  invalid: [
    {
      why: '168,420 - 152,680 = 15,740, stated 15,470',
      code: '全县社会保险基金收入168,420万元，社会保险基金支出152,680万元，当年收支结余15,470万元，年末滚存结余186,340万元。',
      errors: [{ message: '社会保险基金收入合计168,420万元，但分项之和为168150万元（152680 + 15470），相差270万元', line: 1, column: 11 }],
    },
    {
      why: 'a long fund name twice, 收支相抵 before 当年结余: 42.36 - 39.18 = 3.18, stated 3.81',
      code: '机关事业单位基本养老保险基金收入42.36亿元，机关事业单位基本养老保险基金支出39.18亿元，收支相抵，当年结余3.81亿元。',
      errors: [{ message: '机关事业单位基本养老保险基金收入合计42.36亿元，但分项之和为42.99亿元（39.18 + 3.81），相差0.63亿元', line: 1, column: 17 }],
    },
    {
      why: 'semicolons, 收入合计 and 支出合计: 8,640 - 8,120 = 520, stated 560',
      code: '城乡居民基本医疗保险基金收入合计8,640万元；城乡居民基本医疗保险基金支出合计8,120万元；本年收支结余560万元。',
      errors: [{ message: '城乡居民基本医疗保险基金收入合计8,640万元，但分项之和为8680万元（8120 + 560），相差40万元', line: 1, column: 17 }],
    },
  ],
});
