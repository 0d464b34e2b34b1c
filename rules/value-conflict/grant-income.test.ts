import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A 拨款 is what the unit receives: 政府性基金预算拨款收入 in a sentence and 政府性基金预算拨款 as a row of the revenue
// table name one amount. Snippets written for these tests; none is copied from a real disclosure.
const INCOME = (sentence: string) =>
  `# 松岭区水务局2026年部门预算\n\n单位：万元\n\n| 项目 | 2026年预算数 | 2025年预算数 |\n|---|---:|---:|\n| 一般公共预算拨款 | 6,318.40 | 5,902.10 |\n| 政府性基金预算拨款 | 2,460.00 | 2,105.00 |\n| 其他收入 | 214.60 | 198.30 |\n\n${sentence}\n`;

ruleTester(rule, {
  valid: [
    { why: 'the same amount, once with 收入', format: 'markdown', code: INCOME('2026年政府性基金预算拨款收入2,460.00万元，全部安排用于农村供水管网改造和城区排涝泵站建设。') },
    { why: 'last year’s 拨款 against last year’s column', format: 'markdown', code: INCOME('2025年一般公共预算拨款收入5,902.10万元，主要用于人员工资和日常运转。') },
    { why: '拨款支出 is a spending, no row of the revenue table', format: 'markdown', code: INCOME('2026年一般公共预算拨款支出6,381.40万元，主要用于水利工程运行维护。') },
  ],
  invalid: [
    {
      why: 'a 基金 grant with two digits swapped, the sentence opening on its year',
      format: 'markdown',
      code: INCOME('2026年政府性基金预算拨款收入2,640.00万元，全部安排用于农村供水管网改造和城区排涝泵站建设。'),
      errors: [{ message: '2026年政府性基金预算拨款预算在表中为2,460.00万元，此处却为2,640.00万元', line: 11, column: 17 }],
    },
    {
      why: 'the 一般公共预算 grant stated under no year, the title’s',
      format: 'markdown',
      code: INCOME('本部门一般公共预算拨款收入6,381.40万元，主要用于在职人员工资福利、防汛抗旱物资储备和水利工程日常维护。'),
      errors: [{ message: '2026年一般公共预算拨款预算在表中为6,318.40万元，此处却为6,381.40万元', line: 11, column: 14 }],
    },
    {
      why: 'the grant named with 预算 after it',
      format: 'markdown',
      code: INCOME('2026年政府性基金预算拨款收入预算2,406.00万元，比上年增加355.00万元，主要是排涝泵站建设资金增加。'),
      errors: [{ message: '2026年政府性基金预算拨款预算在表中为2,460.00万元，此处却为2,406.00万元', line: 11, column: 19 }],
    },
  ],
});
