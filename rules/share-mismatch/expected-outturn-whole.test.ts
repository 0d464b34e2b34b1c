import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A whole stated as an expected outturn (一般公共预算收入预计27.60亿元, 支出预计完成…): 预计 is the verb that states it, no
// part of its name; a share of it names it without (占一般公共预算收入的). Snippets written for these tests.
ruleTester(rule, {
  valid: [
    { why: '19.52 of 27.60 is 70.7%', code: '2026年全区一般公共预算收入预计27.60亿元，比上年增长4.2%。其中税收收入19.52亿元，占一般公共预算收入的70.7%。' },
  ],
  invalid: [
    {
      why: '19.52 of 27.60 is 70.7%, not 72.6%',
      code: '2026年全区一般公共预算收入预计27.60亿元，比上年增长4.2%。其中税收收入19.52亿元，占一般公共预算收入的72.6%。',
      errors: [{ message: '税收收入19.52亿元占一般公共预算收入27.60亿元的70.7%，而非所写的72.6%', line: 1, column: 60 }],
    },
    {
      why: '预计完成: 8.64 of 31.20 is 27.7%, not 29.7%',
      code: '2025年全县一般公共预算支出预计完成31.20亿元。教育支出8.64亿元，占一般公共预算支出的29.7%。',
      errors: [{ message: '教育支出8.64亿元占一般公共预算支出31.20亿元的27.7%，而非所写的29.7%', line: 1, column: 49 }],
    },
    {
      why: 'the expected outturn of a fund: 1.26 of 5.18 is 24.3%, not 34.3%',
      code: '2025年政府性基金预算收入预计5.18亿元。其中彩票公益金收入1.26亿元，占政府性基金预算收入的34.3%。',
      errors: [{ message: '彩票公益金收入1.26亿元占政府性基金预算收入5.18亿元的24.3%，而非所写的34.3%', line: 1, column: 51 }],
    },
  ],
});
