import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// Two figures that are no total and no part: a maximum in brackets after a score (决策指标18.5分（满分20分）), and last
// year's amount stated to compare with, right before a 其中 list of this year's parts. Snippets written for these tests;
// none is copied from a real disclosure.
const SCORES = (total: string) =>
  `自评得分情况：决策指标17.5分（满分20分）、过程指标18.0分（满分20分）、产出指标35.5分（满分40分）、效益指标17.25分（满分20分），合计${total}分。\n`;
const REVENUE = (nontax: string) =>
  `全县一般公共预算收入年初预算15.40亿元，实际完成15.62亿元，为预算的101.4%；上年完成14.90亿元，同比增长4.8%。\n\n其中：税收收入完成10.35亿元，增长3.6%；非税收入完成${nontax}亿元，增长7.4%。\n`;
ruleTester(rule, {
  valid: [
    { why: '17.5 + 18.0 + 35.5 + 17.25 = 88.25: the maxima in brackets are no parts', code: SCORES('88.25') },
    { why: '10.35 + 5.27 = 15.62, this year\'s outturn: the 其中 is not of last year\'s 14.90', code: REVENUE('5.27') },
    {
      why: 'a list of last year\'s parts is of last year\'s amount (8.40 + 6.50 = 14.90)',
      code: '全县一般公共预算收入实际完成15.62亿元；上年完成14.90亿元，其中上年税收收入8.40亿元、上年非税收入6.50亿元。\n',
    },
  ],
  invalid: [
    {
      why: '17.5 + 18.0 + 35.5 + 17.25 = 88.25, stated 89.25',
      code: SCORES('89.25'),
      errors: [{ message: '合计89.25分，但分项之和为88.25分（17.5 + 18.0 + 35.5 + 17.25），相差1.00分', line: 1, column: 79 }],
    },
    {
      why: '10.35 + 5.37 = 15.72 against the outturn 15.62 (not against last year\'s 14.90)',
      code: REVENUE('5.37'),
      errors: [{ message: '实际合计15.62亿元，但其中所列分项之和已达15.72亿元（10.35 + 5.37），超出0.10亿元', line: 1, column: 27 }],
    },
  ],
});
