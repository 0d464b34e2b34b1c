import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A sentence and a table row that state one amount differently are one finding, though two readings find them (the
// text's statement against the row's fact, and the sentence read as a restatement of the row's cell). Snippets written
// for these tests; none is copied from a real disclosure.
const ACCOUNTS = (stated: string) =>
  [
    '北川区水务局2025年度部门决算说明',
    '',
    '七、“三公”经费财政拨款支出决算情况说明',
    '',
    `公务接待费支出决算${stated}万元，完成预算的55.3%，全部为国内公务接待。`,
    '',
    '“三公”经费财政拨款支出决算表',
    '部门：北川区水务局                                        金额单位：万元',
    '项  目                                   预算数            决算数',
    '合  计                                    38.00             31.26',
    '1.因公出国（境）费                          0.00              0.00',
    '2.公务用车购置及运行维护费                 30.00             26.84',
    '3.公务接待费                                8.00              4.42',
  ].join('\n');

ruleTester(rule, {
  valid: [{ why: 'the text restates the 决算数 cell', code: ACCOUNTS('4.42') }],
  invalid: [
    {
      why: '4.24 in the text, 4.42 in the table: one finding',
      code: ACCOUNTS('4.24'),
      errors: [{ message: '2025年公务接待费决算在表中为4.42万元，此处却为4.24万元', line: 5, column: 10 }],
    },
  ],
});
