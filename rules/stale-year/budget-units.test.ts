import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// The units a department budget covers (部门预算单位构成, 部门预算单位包括…) are the document's own scope, named as
// 编制范围 is: with the issuer or 本部门 before it, a year other than the title's is a slip.
ruleTester(rule, {
  valid: [
    {
      why: 'the title year',
      code: '上海市某区清浦街道办事处2025年部门预算\n\n二、部门预算单位构成\n\n清浦街道2025年部门预算单位包括街道办事处本级及2家事业单位。',
    },
    {
      why: 'last year named on purpose, compared with',
      code: '上海市某区清浦街道办事处2025年部门预算\n\n与2024年部门预算单位构成相比，新增社区文化活动中心1家。',
    },
  ],
  invalid: [
    {
      why: 'the issuer’s short name, then last year’s budget units',
      code: '上海市某区清浦街道办事处2025年部门预算\n\n二、部门预算单位构成\n\n清浦街道2024年部门预算单位包括街道办事处本级及2家事业单位。',
      errors: [{ message: '标题为2025年部门预算，正文此处却写作2024年部门预算', line: 5, column: 5 }],
    },
    {
      why: '本部门, with 共 after 单位',
      code: '某县农业农村局2025年部门预算\n\n本部门2024年部门预算单位共4个，包括局本级和3个所属事业单位。',
      errors: [{ message: '标题为2025年部门预算，正文此处却写作2024年部门预算', line: 3, column: 4 }],
    },
  ],
});
