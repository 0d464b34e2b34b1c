import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A total's change, then its parts each in a paragraph of its own: after a classifier (按经费类别分：), numbered with
// a number skipped (（一）（二）（四）: the numbering's slip is heading-sequence's), with an aside between a part's level
// and its change (…，均为运行维护费，…), or the first part in a 其中 sentence closing the total's paragraph and the
// rest in the paragraphs after it. Snippets written for these tests; none is copied from a real disclosure.
const p = (...paras: string[]) => paras.join('\n\n') + '\n';
const total = (delta: string) => `2025年度“三公”经费财政拨款支出预算56.80万元，比上年预算减少${delta}万元，下降10.0%。`;

ruleTester(rule, {
  valid: [
    {
      why: '2.00 + 1.30 + 4.00 = 7.30',
      code: p(total('7.30'), '按经费类别分：', '（一）因公出国（境）费8.00万元，比上年预算减少2.00万元，下降20.0%。', '（二）公务用车购置及运行维护费36.40万元，比上年预算减少1.30万元，下降3.4%。', '（三）公务接待费12.40万元，比上年预算减少4.00万元，下降24.4%。'),
    },
    {
      why: '0 + 1.30 + 4.00 = 5.30',
      code: p(`${total('5.30')}其中：因公出国（境）费8.00万元，与上年预算相同。`, '公务用车购置及运行维护费36.40万元，均为运行维护费，比上年预算减少1.30万元，下降3.4%。', '公务接待费12.40万元，比上年预算减少4.00万元，下降24.4%。'),
    },
    {
      why: 'the paragraphs after are of another total (their levels do not make 56.80): not its parts',
      code: p(total('6.30'), '机关运行经费120.00万元，比上年预算减少2.00万元。', '会议费8.00万元，比上年预算减少1.00万元。'),
    },
  ],
  invalid: [
    {
      why: '2.00 + 1.30 + 4.00 = 7.30, the total fell 6.30',
      code: p(total('6.30'), '按经费类别分：', '（一）因公出国（境）费8.00万元，比上年预算减少2.00万元，下降20.0%。', '（二）公务用车购置及运行维护费36.40万元，比上年预算减少1.30万元，下降3.4%。', '（四）公务接待费12.40万元，比上年预算减少4.00万元，下降24.4%。'),
      errors: [{ message: '“三公”经费财政拨款支出预算比上年预算减少6.30万元，但各分项增减之和为减少7.30万元（- 2.00 - 1.30 - 4.00），相差1.00万元', line: 1, column: 36 }],
    },
    {
      why: '0 + 1.30 + 4.00 = 5.30, the total fell 6.30',
      code: p(`${total('6.30')}其中：因公出国（境）费8.00万元，与上年预算相同。`, '公务用车购置及运行维护费36.40万元，均为运行维护费，比上年预算减少1.30万元，下降3.4%。', '公务接待费12.40万元，比上年预算减少4.00万元，下降24.4%。'),
      errors: [{ message: '“三公”经费财政拨款支出预算比上年预算减少6.30万元，但各分项增减之和为减少5.30万元（0（持平） - 1.30 - 4.00），相差1.00万元', line: 1, column: 36 }],
    },
  ],
});
