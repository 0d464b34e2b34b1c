import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// The Shanghai 项目说明 paragraph names a 科目 by its path with its budget, then gives that budget again beside
// last year's outturn (当年预算执行数为P，预算安排C): one fact printed twice. Snippets written for these tests.
ruleTester(rule, {
  valid: [
    {
      why: 'the two printings agree',
      code: '1. “教育支出（类）普通教育（款）小学教育（项）”2,630.00万元，主要用于学校运转。2024年当年预算执行数为2,512.40万元，2025年预算安排2,630.00万元，比2024年预算执行数增加4.68%。',
    },
    {
      why: 'the 预算安排 is last year’s, the paragraph going on to another year',
      code: '1. “教育支出（类）普通教育（款）小学教育（项）”2,630.00万元，主要用于学校运转。2024年预算安排2,512.40万元，2025年执行数预计2,600.00万元。',
    },
    {
      why: 'two 科目 in one paragraph: which one the budget clause is of is not read',
      code: '1. “教育支出（类）普通教育（款）小学教育（项）”2,630.00万元；“教育支出（类）普通教育（款）初中教育（项）”1,210.00万元。2025年预算安排1,210.00万元。',
    },
    {
      why: 'no path opens the paragraph',
      code: '本部门小学教育支出2,630.00万元，主要用于学校运转。2025年预算安排2,360.00万元。',
    },
    {
      why: 'the next paragraph opens with a list number: another 科目’s',
      code: '1. “教育支出（类）普通教育（款）小学教育（项）”2,630.00万元，主要用于学校运转。\n2. 2025年预算安排2,360.00万元，用于初中教育。',
    },
  ],
  invalid: [
    {
      why: 'the line the PDF broke after a full stop: the budget clause is the next block',
      code: '12. “社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项）”36.20万元，主要用于离退休人员。\n2024年当年预算执行数为30.10万元，2025年预算安排32.60万元，比2024年预算执行数增加8.31%。',
      errors: [{ message: '2025年行政单位离退休（项）预算在前文为36.20万元，此处却为32.60万元', line: 2, column: 31 }],
    },
    {
      why: 'a numbered, quoted path; the budget clause on the line the PDF broke to',
      code: '1. “教育支出（类）普通教育（款）小学教育（项）”2,630.00万元，主要用于学校运转。2024年当年预算执行数为\n2,512.40万元，2025年预算安排2,360.00万元，比2024年预算执行数减少6.07%。',
      errors: [{ message: '2025年小学教育（项）预算在前文为2,630.00万元，此处却为2,360.00万元', line: 2, column: 21 }],
    },
    {
      why: 'codes in the brackets, no quotes, a full stop after the figure',
      code: '3、公共安全支出（204类）司法（06款）普法宣传（05项）128.40万元。主要用于：法治宣传。2025年当年预算执行数为118.50万元，2026年预算安排124.80万元，比2025年预算执行数增加5.32%。',
      errors: [{ message: '2026年普法宣传（项）预算在前文为128.40万元，此处却为124.80万元', line: 1, column: 81 }],
    },
    {
      why: '科目 between the quote and the figure; 本年 for the year',
      code: '（二）“城乡社区支出（类）城乡社区管理事务（款）城管执法（项）”科目604.30万元，主要用于街面执法。上年当年预算执行数为676.60万元，本年预算安排640.30万元。',
      errors: [{ message: '城管执法（项）预算在前文为604.30万元，此处却为640.30万元', line: 1, column: 78 }],
    },
  ],
});
