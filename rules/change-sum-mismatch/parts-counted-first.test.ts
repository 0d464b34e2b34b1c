import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// The parts' changes first, counted and netted (两项相抵, 以上三项合计), then the whole's change: the count says the parts
// are all of it. Snippets written for these tests; none is copied from a real disclosure.
ruleTester(rule, {
  valid: [
    { why: '−1,629 + 2,042 = +413', code: '税收收入比上年减少1,629万元，非税收入比上年增加2,042万元，两项相抵，一般公共预算收入比上年增加413万元。\n' },
    { why: 'three parts, 以上三项合计: 120 + 80 − 50 = 150', code: '分项看，基本支出增加120.00万元，项目支出增加80.00万元，上缴上级支出减少50.00万元，以上三项合计，本年支出比上年增加150.00万元。\n' },
    { why: 'a count other than the parts: which it counts is unknown', code: '税收收入比上年增加1,629万元，非税收入比上年增加2,042万元，三项相抵，一般公共预算收入比上年增加3,761万元。\n' },
  ],
  invalid: [
    {
      why: '1,629 + 2,042 = 3,671, stated 3,761',
      code: '从收入增减变动看，税收收入比上年增加1,629万元，非税收入比上年增加2,042万元，两项相抵，一般公共预算收入比上年增加3,761万元。\n',
      errors: [{ message: '一般公共预算收入比上年增加3761万元，但各分项增减之和为增加3671万元（1,629 + 2,042），相差90万元', line: 1, column: 62 }],
    },
  ],
});
