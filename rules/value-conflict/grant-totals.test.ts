import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// In a budget the 财政拨款收支总额 is what is to be spent; when all of it is one fund's (全部为一般公共预算拨款), that
// fund's spending budget is the total. Snippets written for these tests; none is copied from a real disclosure.
const BUDGET = (total: string, spending: string, title = '云岫区实验小学2026年单位预算') =>
  `${title}\n\n二、财政拨款收支预算总体情况\n\n${total}\n\n三、一般公共预算财政拨款支出预算情况\n\n${spending}\n`;
const TOTAL = '2026年财政拨款收支预算总额3,416.80万元，全部为一般公共预算财政拨款，本单位无政府性基金预算财政拨款。';

ruleTester(rule, {
  valid: [
    { why: 'the fund’s spending is the total', code: BUDGET(TOTAL, '2026年一般公共预算财政拨款支出预算3,416.80万元，比2025年预算增加126.40万元，主要是教师绩效工资调整。') },
    {
      why: 'a total that is not all of one fund says nothing of the fund’s spending',
      code: BUDGET('2026年财政拨款收支预算总额3,416.80万元，其中一般公共预算财政拨款3,016.80万元。', '2026年一般公共预算财政拨款支出预算3,016.80万元，主要用于教学运转。'),
    },
    {
      why: 'in a 决算 the spending side holds the year-end balances too',
      code: BUDGET('2025年度财政拨款收支决算总额3,416.80万元，全部为一般公共预算财政拨款。', '2025年度一般公共预算财政拨款支出决算3,146.80万元，主要用于教学运转。', '云岫区实验小学2025年度单位决算'),
    },
  ],
  invalid: [
    {
      why: 'the fund’s spending with two digits swapped',
      code: BUDGET(TOTAL, '2026年一般公共预算财政拨款支出预算3,461.80万元，比2025年预算增加171.40万元，主要是教师绩效工资调整。'),
      errors: [{ message: '2026年一般公共预算拨款支出预算在前文为3,416.80万元，此处却为3,461.80万元', line: 9, column: 20 }],
    },
    {
      why: '均为一般公共预算拨款, the spending named without 财政 and without 预算',
      code: BUDGET('2026年本单位财政拨款收支总额3,416.80万元，均为一般公共预算拨款。', '2026年一般公共预算拨款支出3,146.80万元，其中基本支出2,904.10万元。'),
      errors: [{ message: '2026年一般公共预算拨款支出预算在前文为3,416.80万元，此处却为3,146.80万元', line: 9, column: 16 }],
    },
    {
      why: 'the spending stated first, the total after',
      code: `云岫区实验小学2026年单位预算\n\n一、收支预算总体情况\n\n2026年一般公共预算财政拨款支出预算3,461.80万元，主要用于教学运转和校舍维修。\n\n二、财政拨款收支预算总体情况\n\n${TOTAL}\n`,
      errors: [{ message: '2026年一般公共预算拨款支出预算在前文为3,461.80万元，此处却为3,416.80万元', line: 9, column: 16 }],
    },
  ],
});
