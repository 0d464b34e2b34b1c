import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 占该险种收入的, 占该项目支出的: 该 points at the item the paragraph is about (its run-in title's), stated by a bare 收入 or
// 支出 before the part in the same paragraph. Snippets written for these tests.
ruleTester(rule, {
  valid: [
    { why: '19,860 of 28,400 is 69.9%', code: '4．城乡居民基本医疗保险基金。收入28,400万元，其中保险费收入8,420万元、财政补贴收入19,860万元，财政补贴收入占该险种收入的69.9%。' },
    { why: 'two bare 收入 in the paragraph: which one is unknown', code: '（二）甲基金。收入1,200万元。（三）乙基金。收入2,400万元，其中财政补贴收入960万元，财政补贴收入占该基金收入的50.0%。' },
  ],
  invalid: [
    {
      why: '19,860 of 28,400 is 69.9%, not 72.9%',
      code: '4．城乡居民基本医疗保险基金。收入28,400万元，其中保险费收入8,420万元、财政补贴收入19,860万元，财政补贴收入占该险种收入的72.9%。',
      errors: [{ message: '财政补贴收入19,860万元占该险种收入28,400万元的69.9%，而非所写的72.9%', line: 1, column: 70 }],
    },
    {
      why: '该项目支出: 312 of 480 is 65.0%, not 56.0%',
      code: '（三）乡村道路养护项目。全年支出480.00万元，其中路面修补312.00万元，占该项目支出的56.0%。',
      errors: [{ message: '路面修补312.00万元占该项目支出480.00万元的65.0%，而非所写的56.0%', line: 1, column: 48 }],
    },
    {
      why: '该基金收入',
      code: '2．彩票公益金。收入1,260万元，其中福利彩票公益金收入720万元，占该基金收入的67.1%。',
      errors: [{ message: '福利彩票公益金收入720万元占该基金收入1,260万元的57.1%，而非所写的67.1%', line: 1, column: 43 }],
    },
  ],
});
