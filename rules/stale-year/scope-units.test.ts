import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// The scope of a document's figures (统计范围为纳入2024年县级部门决算汇总的…单位): the units whose accounts of that year are summed
// into them, so the year is the title's, whatever the title names besides the class (三公经费…决算情况说明). A scope compared
// with last year's, or of another class, says nothing of it. Snippets written for these tests; none is copied from a real
// disclosure.
const NOTE = (scope: string) =>
  `梧川县2025年度县级“三公”经费决算情况说明\n\n梧川县财政局\n\n根据深化预决算公开的有关要求，现将2025年度县级“三公”经费决算情况说明如下。${scope}\n一、“三公”经费总体情况\n2025年度县级“三公”经费支出合计1,286.40万元，比年初预算减少104.20万元。\n`;

ruleTester(rule, {
  valid: [
    { why: 'the scope names the title’s year', code: NOTE('本说明的统计范围为纳入2025年县级部门决算汇总的行政单位、事业单位和其他单位。') },
    { why: 'last year’s scope, compared', code: NOTE('与上年相比，纳入2024年县级部门决算汇总的单位减少3个，主要是机构改革撤并。') },
    { why: 'the units of a budget in a 决算: another class', code: NOTE('本说明的统计范围为纳入2025年县级部门预算编制范围的行政单位和事业单位。') },
  ],
  invalid: [
    {
      why: 'a 三公 决算 note scoped to the units of last year’s 部门决算',
      code: NOTE('本说明的统计范围为纳入2024年县级部门决算汇总的行政单位、事业单位和其他单位。'),
      errors: [{ message: '标题为2025年三公决算，统计范围此处却写作2024年部门决算', line: 5, column: 52 }],
    },
    {
      why: 'a 部门决算 naming the units of its 编报范围',
      code: '白岭县水利局2025年度部门决算公开说明\n一、部门基本情况\n本部门内设股室6个，所属事业单位4个，纳入2024年度部门决算编报范围的二级预算单位共4个，均为财政补助事业单位。\n',
      errors: [{ message: '标题为2025年部门决算，统计范围此处却写作2024年部门决算', line: 3, column: 22 }],
    },
    {
      why: 'a 部门预算 naming the units that report it',
      code: '石门街道办事处2026年部门预算公开说明\n一、机构设置\n街道办事处内设机构5个，下设综合行政执法队等事业单位2个，纳入2025年度部门预算编报的单位共3个，即街道办事处本级和2个事业单位。\n',
      errors: [{ message: '标题为2026年部门预算，统计范围此处却写作2025年部门预算', line: 3, column: 32 }],
    },
  ],
});
