import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// The document named by its issuer with both sides' totals (X街道办事处2025年部门预算收入、支出总额均为…), or by the owner who
// drew it up (本局编制的2025年度部门预算，收支总计均为…): a year other than the title's is this document's year mistyped. A
// comparison's base (比2025年部门预算收支总额) or another document's topic says nothing of it. Snippets written for these
// tests; none is copied from a real disclosure.
const BUDGET = (s: string) => `江宁市南湖区枫林街道办事处2026年部门预算\n\n一、部门预算收支总体情况\n\n${s}\n`;

ruleTester(rule, {
  valid: [
    { why: 'the title’s year', code: BUDGET('南湖区枫林街道办事处2026年部门预算收入、支出总额均为12,486.30万元，比上年预算增加612.40万元，增长5.2%。') },
    { why: 'a comparison’s base', code: BUDGET('2026年收支总额12,486.30万元，比南湖区枫林街道办事处2025年部门预算收支总额增加612.40万元。') },
    { why: 'drawn up by the owner, the title’s year', code: BUDGET('本办编制的2026年部门预算，收支总计均为12,486.30万元，较上年预算增加612.40万元。') },
    { why: 'the owner’s last year’s execution', code: BUDGET('本办编制的2025年部门预算执行情况良好，全年支出进度符合要求。') },
  ],
  invalid: [
    {
      why: 'the issuer, 收入、支出总额',
      code: BUDGET('南湖区枫林街道办事处2025年部门预算收入、支出总额均为12,486.30万元，比上年预算增加612.40万元，增长5.2%。'),
      errors: [{ message: '标题为2026年部门预算，正文此处却写作2025年部门预算', line: 5, column: 11 }],
    },
    {
      why: 'the issuer, 收支总额',
      code: BUDGET('按照综合预算的原则，南湖区枫林街道办事处2025年部门预算收支总额为12,486.30万元。'),
      errors: [{ message: '标题为2026年部门预算，正文此处却写作2025年部门预算', line: 5, column: 21 }],
    },
    {
      why: '本办编制的, 收支总计',
      code: BUDGET('本办编制的2025年度部门预算，收支总计均为12,486.30万元，较上年预算11,873.90万元增加612.40万元，增长5.2%。'),
      errors: [{ message: '标题为2026年部门预算，正文此处却写作2025年部门预算', line: 5, column: 6 }],
    },
  ],
});
