import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A section's title printed again, word for word, over a later page (a running head a converter kept) is the same
// title, not a second one numbered alike or out of turn; a list item said twice with its clauses is a list pasted
// twice, and a later part (第二部分) may repeat the first part's titles. Snippets written for these tests; none is copied
// from a real disclosure.
ruleTester(rule, {
  valid: [
    {
      why: '二、分配方法 printed again after a page break',
      code: '一、资金安排情况\n\n专项资金共安排2,400万元。\n\n二、分配方法\n\n资金按因素法分配。\n\n- 2 -\n\n二、分配方法\n\n基础因素权重30%。\n\n三、分配结果\n\n各地分配情况见下表。\n',
    },
    {
      why: '（一）增值税 printed again after （三）: still the same title',
      code: '一、分税种情况\n\n（一）增值税\n\n完成16.84亿元。\n\n（二）企业所得税\n\n完成7.68亿元。\n\n（三）个人所得税\n\n完成2.49亿元。\n\n- 3 -\n\n（一）增值税\n\n（四）契税\n\n完成2.18亿元。\n',
    },
    {
      why: 'a second part repeats the first part’s titles, each part numbered on its own',
      code: '第一部分 2024年决算情况\n\n一、一般公共预算\n\n收入5.43亿元。\n\n二、政府性基金预算\n\n收入3.19亿元。\n\n第二部分 2025年上半年执行情况\n\n一、一般公共预算\n\n收入2.86亿元。\n\n二、政府性基金预算\n\n收入1.24亿元。\n',
    },
  ],
  invalid: [
    {
      why: 'a title numbered like the one before it but not the same words: numbered twice',
      code: '一、资金安排情况\n\n专项资金共安排2,400万元。\n\n二、分配方法\n\n资金按因素法分配。\n\n二、分配结果\n\n各地分配情况见下表。\n',
      errors: [{ message: '标题“二、分配结果”序号“二、”与上一个同级标题重复，应为“三、”', line: 9, column: 1 }],
    },
  ],
});
