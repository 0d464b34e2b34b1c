import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A department's income lists each book's grant twice: under its whole 收入 (with 其他收入, 上年结转) and under its 财政拨款收入
// in the 财政拨款 part. 一般公共预算拨款收入 names its whole itself: the two statements are one figure, in whatever unit.
// Snippets written for these tests; none is copied from a real disclosure.
const BUDGET = (income: string, grants: string, title = '石门区水利局2026年部门预算情况说明') =>
  `${title}\n\n二、收入预算情况\n\n${income}\n\n五、财政拨款收支预算情况\n\n${grants}\n`;
const INCOME = '2026年本部门收入预算8,426.30万元，其中：一般公共预算拨款收入7,684.50万元，政府性基金预算拨款收入412.00万元，其他收入96.80万元，上年结转233.00万元。';
const LIST = '本年收入合计8,193.30万元，其中一般公共预算拨款7,684.50万元、政府性基金预算拨款412.00万元、其他收入96.80万元。';
ruleTester(rule, {
  valid: [
    { why: 'the same figure in 亿元', code: BUDGET(INCOME, '2026年本部门财政拨款收入预算8,096.50万元，其中一般公共预算拨款收入0.77亿元，政府性基金预算拨款收入412.00万元。') },
    { why: 'the same figure in 万元, 拨款 without 收入', code: BUDGET(LIST, '2026年本部门财政拨款收入8,096.50万元，其中一般公共预算拨款7,684.50万元、政府性基金预算拨款412.00万元。') },
    { why: 'last year’s grant is another figure', code: BUDGET(INCOME, '2025年本部门财政拨款收入7,806.20万元，其中一般公共预算拨款收入7,394.20万元，政府性基金预算拨款收入412.00万元。') },
    {
      why: 'a jurisdiction’s book income is no department’s grant',
      code: BUDGET(INCOME, '2026年全区收入预算86,000.00万元，其中一般公共预算拨款收入76,800.00万元，其他收入9,200.00万元。', '石门区2026年区级预算草案的说明'),
    },
  ],
  invalid: [
    {
      why: 'in 亿元 under 财政拨款收入, the interval [7,850, 7,950]万元 missing 7,684.50',
      code: BUDGET(INCOME, '2026年本部门财政拨款收入预算8,096.50万元，其中一般公共预算拨款收入0.79亿元，政府性基金预算拨款收入412.00万元。'),
      errors: [{ message: '2026年一般公共预算拨款收入在前文为7,684.50万元，此处却为0.79亿元', line: 9, column: 40 }],
    },
    {
      why: '拨款 without 收入, two digits swapped',
      code: BUDGET(LIST, '2026年本部门财政拨款收入8,096.50万元，其中一般公共预算拨款7,648.50万元、政府性基金预算拨款412.00万元。'),
      errors: [{ message: '2026年一般公共预算拨款收入在前文为7,684.50万元，此处却为7,648.50万元', line: 9, column: 36 }],
    },
  ],
});
