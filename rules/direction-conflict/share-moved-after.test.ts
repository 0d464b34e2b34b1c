import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A sentence naming a share by its part (…占比, …所占比重) and moving it against last year's, given in brackets, with words
// only (较上年（80.2%）继续走高), stating no figure of its own: the share of a part of that name stated just before (this
// paragraph or the one before) is what moved. Two shares of that name that differ, or none, leave it unread. Snippets
// written for these tests; none is copied from a real disclosure.
const BEFORE = '全市政府采购授予中小企业合同金额518,400万元，占全市政府采购规模的76.2%；其中授予小微企业合同金额362,900万元，占授予中小企业合同金额的70.0%。';

ruleTester(rule, {
  valid: [
    { why: 'a rise, as written', code: `${BEFORE}\n\n授予中小企业合同金额占比较上年（74.8%）继续走高，政策效应持续显现。\n` },
    { why: 'no share of that name before', code: `${BEFORE}\n\n授予大型企业合同金额占比较上年（30.2%）有所上升。\n` },
    {
      why: 'two shares of that name that differ',
      code: `${BEFORE}\n\n上半年授予中小企业合同金额246,800万元，占同期采购规模的79.1%。授予中小企业合同金额占比较上年（78.8%）有所上升。\n`,
    },
    { why: 'a heading between', code: `${BEFORE}\n\n## 三、下一步工作\n\n授予中小企业合同金额占比较上年（78.8%）继续走高。\n`, format: 'markdown' },
  ],
  invalid: [
    {
      why: 'the next paragraph, indented, 继续走高',
      code: `${BEFORE}\n\n    授予中小企业合同金额占比较上年（78.8%）继续走高，政府采购支持中小企业政策效应持续显现。\n`,
      errors: [{ message: '授予中小企业合同金额占比76.2%小于上年78.8%，却写作“走高”', line: 3, column: 29 }],
    },
    {
      why: 'the same paragraph, 比重, 有所下降',
      code: `${BEFORE}授予小微企业合同金额所占比重比上年（66.4%）有所下降。\n`,
      errors: [{ message: '授予小微企业合同金额占比70.0%大于上年66.4%，却写作“下降”', line: 1, column: 109 }],
    },
  ],
});
