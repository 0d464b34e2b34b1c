import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A base named by its kind and measure alone (占支出预算的, 占收入预算数的) is the one amount of the sentence, before the part,
// stated under that name, with or without the word for its total (支出预算合计46,820万元). Two such amounts, or none, leave it
// to the other readings. Snippets written for these tests.
ruleTester(rule, {
  valid: [
    { why: '27,540 / 31,200 = 88.27%', code: '抽查的3个部门支出预算合计31,200万元，实际支出27,540万元，占支出预算的88.3%。\n' },
    { why: '收入预算数 as the base: 8,316 / 8,100 = 102.67%', code: '区属5家企业上缴利润收入预算数8,100万元，实际上缴8,316万元，占收入预算数的102.7%。\n' },
    {
      why: 'two amounts under that name in the sentence: which is the base is not said',
      code: '年初支出预算12,000万元，追加后支出预算13,500万元，实际支出11,880万元，占支出预算的95.0%。\n',
    },
  ],
  invalid: [
    {
      why: '27,540 / 31,200 = 88.27%, stated 92.3%',
      code: '抽查的3个部门支出预算合计31,200万元，实际支出27,540万元，占支出预算的92.3%。\n',
      errors: [{ message: '实际支出27,540万元占支出预算31,200万元的88.3%，而非所写的92.3%', line: 1, column: 42 }],
    },
    {
      why: 'hard-wrapped, the full stop on a line of its own: 27,540 / 31,200 = 88.27%, stated 92.3%',
      code: '审计抽查了3个部门。3个部门2025年支出预算合计31,2\n00万元，实际支出27,540万元，占支出预算的92.3%\n。\n',
      errors: [{ message: '实际支出27,540万元占支出预算31,200万元的88.3%，而非所写的92.3%', line: 2, column: 25 }],
    },
    {
      why: '8,316 / 8,100 = 102.67%, stated 97.4%',
      code: '区属5家企业上缴利润收入预算数8,100万元，实际上缴8,316万元，占收入预算数的97.4%。\n',
      errors: [{ message: '实际上缴8,316万元占收入预算数8,100万元的102.7%，而非所写的97.4%', line: 1, column: 43 }],
    },
  ],
});
