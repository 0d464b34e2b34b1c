import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 本部门/本单位 + a year + 收入预算 or 支出预算 + its amount, in a sentence that compares nothing and names no other year, when the
// document states that amount under the title's year (and under no other): the owner's whole of this document, its year
// mistyped. Snippets written for these tests; none is copied from a real disclosure.
const DOC = (own: string, elsewhere = '2025年部门收入预算8,642.30万元，比上年预算增加312.50万元，增长3.8%。') =>
  `石埠区水务局2025年部门预算\n一、收入预算情况\n${elsewhere}\n二、支出预算情况\n${own}\n`;

ruleTester(rule, {
  valid: [
    { why: 'the title’s year', code: DOC('本部门2025年支出预算8,642.30万元，与收入预算相等，收支平衡。') },
    { why: 'a comparison in the sentence: last year’s budget, quoted', code: DOC('本部门2024年支出预算8,642.30万元，比上年有所增加。') },
    { why: 'an amount the document gives under no year', code: DOC('本部门2024年支出预算8,329.80万元，主要用于防汛抗旱和水利工程维护。') },
    {
      why: 'the amount also stated as last year’s',
      code: DOC('本部门2024年支出预算8,642.30万元，与收入预算相等。', '2025年部门收入预算8,642.30万元，2024年为8,642.30万元。'),
    },
  ],
  invalid: [
    {
      why: '本部门, 支出预算, stated as 2025’s in 一、',
      code: DOC('本部门2024年支出预算8,642.30万元，与收入预算相等，收支平衡。'),
      errors: [{ message: '标题为2025年部门预算，正文此处却写作2024年部门预算', line: 5, column: 4 }],
    },
    {
      why: '本单位, 收入预算总额为',
      code: DOC('本单位2024年收入预算总额为8,642.30万元，全部为财政拨款。'),
      errors: [{ message: '标题为2025年部门预算，正文此处却写作2024年部门预算', line: 5, column: 4 }],
    },
    {
      why: '本局, 收支预算, the title’s year stated in a heading-like line before',
      code: DOC('本局2024年收支预算8,642.30万元，均纳入预算管理。', '2025年收支总预算8,642.30万元，其中一般公共预算拨款7,980.00万元。'),
      errors: [{ message: '标题为2025年部门预算，正文此处却写作2024年部门预算', line: 5, column: 3 }],
    },
  ],
});
