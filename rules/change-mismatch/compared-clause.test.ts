import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 项目支出与上年相比，增加45.00万元: the subject stands before a clause that only names what is compared
// with, and the change's own clause names nothing. Its level is then found by that subject, as with
// 项目支出比上年增加45.00万元. Found by the wording probe (bench/reword.mjs).
ruleTester(rule, {
  valid: [
    {
      why: '45.00 / 767.50 = 5.86%, as written',
      code: '支出预算2,640.00万元，其中基本支出1,827.50万元，项目支出812.50万元。项目支出与上年相比，增加45.00万元，增长5.9%。',
    },
  ],
  invalid: [
    {
      why: 'X与上年相比，增加D，增长R: 45.00 / 767.50 = 5.86%, written 6.9%',
      code: '支出预算2,640.00万元，其中基本支出1,827.50万元，项目支出812.50万元。项目支出与上年相比，增加45.00万元，增长6.9%。',
      errors: [{ message: '项目支出812.50万元，按增加45.00万元计，上年为767.50万元，增幅应为5.86%，而非所写的6.9%', line: 1, column: 68 }],
    },
    {
      why: 'X和上年相比，: 180 / 3,800 = 4.74%, written 5.2%',
      code: '2025年部门收入预算4,260.00万元，其中财政拨款收入3,980.00万元。财政拨款收入和上年相比，增加180.00万元，增长5.2%。',
      errors: [{ message: '财政拨款收入3,980.00万元，按增加180.00万元计，上年为3800.00万元，增幅应为4.74%，而非所写的5.2%', line: 1, column: 67 }],
    },
    {
      why: 'X和上年同期相比，: 22 / 320 = 6.88%, written 6.2%',
      code: '公用经费支出342.00万元。公用经费支出和上年同期相比，增加22.00万元，增长6.2%。',
      errors: [{ message: '公用经费支出342.00万元，按增加22.00万元计，上年同期为320.00万元，增幅应为6.88%，而非所写的6.2%', line: 1, column: 42 }],
    },
  ],
});
