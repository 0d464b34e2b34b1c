import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// The owner may follow the year (2025年本部门项目支出预算…) and the total be one of its parts (基本支出, 项目支出): stated as the
// title's year elsewhere, in a sentence opening on it (2026年本部门支出预算合计…，其中：…；项目支出24,000.00万元), the amount is this
// document's and its year mistyped. A base of a comparison (比2025年本部门…) or an amount given as last year's too say nothing
// of it. Snippets written for these tests; none is copied from a real disclosure.
const BUDGET = (own: string, total = '2026年本部门支出预算合计18,460.50万元，其中：基本支出12,318.70万元；项目支出6,141.80万元，主要用于智慧交通建设。') =>
  `青岚市交通运输局2026年部门预算公开说明\n\n一、收支预算总体情况\n\n${total}\n\n二、项目支出情况\n\n${own}\n`;

ruleTester(rule, {
  valid: [
    { why: 'the title’s year', code: BUDGET('2026年本部门项目支出预算6,141.80万元，主要用于智慧交通建设。') },
    { why: 'an amount given under no year', code: BUDGET('2025年本部门项目支出预算5,860.20万元，主要用于智慧交通建设。') },
    {
      why: 'the amount given as last year’s too',
      code: BUDGET('2025年本部门项目支出预算6,141.80万元，主要用于智慧交通建设。', '2026年本部门支出预算合计18,460.50万元，项目支出6,141.80万元，与2025年项目支出6,141.80万元持平。'),
    },
    { why: 'the comparison’s base', code: BUDGET('项目支出比2025年本部门项目支出预算6,141.80万元有所增加。') },
  ],
  invalid: [
    {
      why: 'the year, then 本部门, 项目支出预算',
      code: BUDGET('2025年本部门项目支出预算6,141.80万元，主要用于智慧交通建设。'),
      errors: [{ message: '标题为2026年部门预算，正文此处却写作2025年部门预算', line: 9, column: 1 }],
    },
    {
      why: '本局 first, 基本支出预算为',
      code: BUDGET('本局2025年基本支出预算为12,318.70万元，主要用于人员工资和日常运转。'),
      errors: [{ message: '标题为2026年部门预算，正文此处却写作2025年部门预算', line: 9, column: 3 }],
    },
  ],
});
